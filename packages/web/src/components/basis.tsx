/** How a hub answer's figures were obtained (its `basis`), shown beside the figure. */
export function Basis({ basis, scope }: { basis: Record<string, string>; scope?: { project: string | null; projects: number } }) {
  return (
    <details class="basis">
      <summary>How these figures were obtained{scope ? ` (${scopeText(scope)})` : ''}</summary>
      <dl>
        {Object.entries(basis).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function scopeText(scope: { project: string | null; projects: number }): string {
  return scope.project ? `project ${scope.project}` : `${scope.projects} public project${scope.projects === 1 ? '' : 's'}`;
}
