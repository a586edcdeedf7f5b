/** Appends a run's row to `emissions.csv` in CodeCarbon's layout (the row itself is core's codeCarbonCsvLine). */
import { appendFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CODECARBON_CSV_HEADER, codeCarbonCsvLine } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';

/** `path`, or `path.1`, `path.2`, … : the first name not taken, so that no earlier backup is overwritten. */
function freeName(path: string): string {
  if (!existsSync(path)) return path;
  for (let i = 1; ; i++) if (!existsSync(`${path}.${i}`)) return `${path}.${i}`;
}

/**
 * Appends the run's row to `<dir>/emissions.csv`, writing the header first when the file is new. A file with
 * another header (an older CodeCarbon layout) is moved aside to emissions.csv.bak (or .bak.1, … when taken), as CodeCarbon does.
 */
export function appendEmissionsCsv(dir: string, r: RunRecord): string {
  const path = join(dir, 'emissions.csv');
  if (existsSync(path)) {
    const first = readFileSync(path, 'utf8').split('\n', 1)[0];
    if (first !== CODECARBON_CSV_HEADER) renameSync(path, freeName(`${path}.bak`));
  }
  const line = codeCarbonCsvLine(r);
  appendFileSync(path, existsSync(path) ? `${line}\n` : `${CODECARBON_CSV_HEADER}\n${line}\n`);
  return path;
}
