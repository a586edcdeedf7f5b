/** Read tokens of private projects, kept in this browser only (localStorage), by project name. */
const KEY = 'carbontrail.read-tokens';

function all(): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function readToken(project: string): string | undefined {
  const t = all()[project];
  return typeof t === 'string' && t ? t : undefined;
}

export function saveToken(project: string, token: string): void {
  localStorage.setItem(KEY, JSON.stringify({ ...all(), [project]: token }));
}

export function forgetToken(project: string): void {
  const { [project]: _gone, ...rest } = all();
  localStorage.setItem(KEY, JSON.stringify(rest));
}

/** The projects with a saved token. */
export function savedProjects(): string[] {
  return Object.keys(all()).sort();
}
