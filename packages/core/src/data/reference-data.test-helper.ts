/** Test helper: reads the reference data beside the repository (../shared/data) and parses its CSV files. */
import { existsSync, readFileSync } from 'node:fs';

export const sharedRoot = new URL('../../../../../shared/data/', import.meta.url);

/** The reference data folder, or a skip reason; when CI=true a missing folder is an error, not a skip. */
export function sharedData(): { read: (path: string) => string } | { skip: string } {
  if (existsSync(sharedRoot)) return { read: (p) => readFileSync(new URL(p, sharedRoot), 'utf8').replace(/^\uFEFF/, '') };
  const reason = `reference data not found at ${sharedRoot.pathname}`;
  if (process.env.CI === 'true') throw new Error(`${reason} (required when CI=true)`);
  console.log(`# skipped: ${reason}`);
  return { skip: reason };
}

/** Splits one CSV line, honouring double-quoted fields. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { cells.push(cur); cur = ''; }
    else cur += ch;
  }
  cells.push(cur);
  return cells;
}

/** Parses CSV text into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const keys = splitCsvLine(head ?? '');
  return lines.map((l) => Object.fromEntries(splitCsvLine(l).map((v, i) => [keys[i] ?? `col${i}`, v])));
}
