/** CSV text of a table for "Copy CSV": core's cells (quoted as CSV needs, spreadsheet-safe); no value, or not a finite number, is an empty cell. */
import { csvCell } from '@carbontrail/core/format';

export type CsvCell = string | number | boolean | null | undefined;

const cell = (v: CsvCell): string =>
  v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : csvCell(typeof v === 'boolean' ? String(v) : v, true);

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
