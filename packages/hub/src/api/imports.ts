/**
 * Imports: a CodeCarbon emissions.csv (any 2.x/3.x layout) or a file of the survey's format into a project. A file with
 * a bad row is refused whole, with each bad line and why; nothing of it is stored.
 */
import { Hono } from 'hono';
import { parse } from 'csv-parse/sync';
import { ImportRowError, missingCodeCarbonColumns, missingSurveyColumns, runFromCodeCarbonRow, runFromSurveyRow } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import { requireWrite, type HubEnv } from '../auth/principal.ts';
import { BadRequestError, UnprocessableError, UnsupportedTypeError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import type { Store } from '../store/store.ts';
import { bodyText, parseQuery } from './parse.ts';
import { projectOr404 } from './projects.ts';
import { importQuery } from './schemas.ts';

const MAX_CSV_BYTES = 64 * 1024 * 1024;

/** The rows of a CSV text keyed by its header, and the header; 400 for text that is not CSV. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (err) {
    throw new BadRequestError(`the body is not CSV: ${(err as Error).message.slice(0, 300)}`);
  }
  const [header, ...lines] = records;
  if (!header) throw new BadRequestError('the file is empty: it needs a header row and at least one row');
  const keys = header.map((h) => h.trim());
  return { header: keys, rows: lines.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']))) };
}

export function importRoutes(store: Store, metrics: Metrics): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.post('/projects/:project/import', async (c) => {
    const { format } = parseQuery(c, importQuery);
    const project = await projectOr404(store, c, c.req.param('project'));
    requireWrite(c, project);
    const type = c.req.header('content-type') ?? '';
    if (!/^(text\/csv|text\/plain|application\/octet-stream)\b/i.test(type)) {
      throw new UnsupportedTypeError(`send the file with "Content-Type: text/csv" (got "${type.slice(0, 80)}")`);
    }
    const { header, rows } = parseCsv(await bodyText(c, MAX_CSV_BYTES));
    const missing = format === 'codecarbon' ? missingCodeCarbonColumns(header) : missingSurveyColumns(header);
    if (missing.length) throw new UnprocessableError('not-this-format', `not a ${format} file: no column ${missing.map((m) => `"${m}"`).join(', ')}`, 'header');
    if (rows.length === 0) throw new UnprocessableError('no-rows', 'the file has a header but no row');
    const records: RunRecord[] = [];
    const bad: { line: number; column: string; message: string }[] = [];
    rows.forEach((row, i) => {
      try {
        const r = format === 'codecarbon' ? runFromCodeCarbonRow(row, i + 2) : runFromSurveyRow(row, i + 2);
        records.push({ ...r, project: r.project ?? project.name });
      } catch (err) {
        if (!(err instanceof ImportRowError)) throw err;
        bad.push({ line: err.line, column: err.column, message: err.message });
      }
    });
    if (bad.length) {
      throw new UnprocessableError('bad-rows', `${bad.length} row(s) cannot be imported (first: ${bad[0]!.message}); nothing was stored`, `line ${bad[0]!.line}`, bad.slice(0, 1000));
    }
    const seen = new Set<string>();
    const unique = records.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
    const result = await store.ingest(project.id, unique.map((record) => ({ record })));
    metrics.runsIngested.inc(result.accepted.length);
    return c.json({ project: project.name, format, imported: result.accepted.length, duplicates: result.duplicates.length + (records.length - unique.length) }, 201);
  });
  return app;
}
