/** A figure's data as an accessible table with a caption, and a "Copy CSV" of the same rows (raw numbers, not rounded). */
import type { ComponentChildren } from 'preact';
import { toCsv, type CsvCell } from '../csv.ts';
import { CopyButton } from './copy-button.tsx';

export interface FigureColumn<T> {
  label: string;
  numeric?: boolean;
  /** The value as it goes into the CSV. */
  value: (row: T) => CsvCell;
  /** What the table shows (default: the value). */
  cell?: (row: T) => ComponentChildren;
}

export function FigureTable<T>({ id, caption, columns, rows }: { id: string; caption: string; columns: FigureColumn<T>[]; rows: readonly T[] }) {
  const csv = toCsv(columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.value(r))));
  return (
    <div class="figure-table">
      <div class="data-table">
        <table class="stack" data-testid={`table-${id}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col" class={c.numeric ? 'num' : undefined} key={c.label}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td class={c.numeric ? 'num' : undefined} key={c.label} data-label={c.label}>
                    {c.cell ? c.cell(r) : String(c.value(r) ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="actions">
        <CopyButton text={csv} label={`${caption} as CSV`} caption="Copy CSV" /> <span class="muted small-text">CSV of the {rows.length} rows above</span>
      </p>
    </div>
  );
}
