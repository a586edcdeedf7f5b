/**
 * Imports: a CodeCarbon emissions.csv (any 2.x/3.x layout) or a file of the survey's format into a project. A file with
 * a bad row is refused whole, with each bad line and why; nothing of it is stored.
 */
import { Hono } from 'hono';
import { parse } from 'csv-parse/sync';
import { ImportRowError, missingCodeCarbonColumns, missingSurveyColumns, recordProblems, runFromCodeCarbonRow, runFromSurveyRow } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import { requireWrite, requireWriter, type HubEnv } from '../auth/principal.ts';
import { BadRequestError, UnprocessableError, UnsupportedTypeError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import type { Store } from '../store/store.ts';
import { bodyText, describe, isMediaType, parseQuery } from './parse.ts';
import { projectOr404 } from './projects.ts';
import { importQuery, uploadRun } from './schemas.ts';

const MAX_CSV_BYTES = 64 * 1024 * 1024;

/** A row of a CSV file: its cells by column, and the line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A line of a file that cannot be imported: where, which column, and why. */
export interface BadLine {
  line: number;
  column: string;
  message: string;
}

/**
 * The rows of a CSV text keyed by its header, each with the line it starts on (blank lines and quoted line breaks
 * counted), and the rows whose number of cells is not the header's; 400 for text that is not CSV.
 */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[]; ragged: BadLine[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (err) {
    throw new BadRequestError(`the body is not CSV: ${(err as Error).message.slice(0, 300)}`);
  }
  const [head, ...lines] = records;
  if (!head) throw new BadRequestError('the file is empty: it needs a header row and at least one row');
  const keys = head.record.map((h) => h.trim());
  const rows: CsvRow[] = [];
  const ragged: BadLine[] = [];
  for (const { record, info } of lines) {
    // info.lines is the line the record ends on; it starts as many lines earlier as its cells hold line breaks
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (record.length !== keys.length) {
      ragged.push({ line, column: '(row)', message: `line ${line}: ${record.length} cells, but the header has ${keys.length} columns` });
    } else rows.push({ line, cells: Object.fromEntries(keys.map((k, i) => [k, record[i]!])) });
  }
  return { header: keys, rows, ragged };
}

/**
 * The id an imported run is stored under: the importer's id (derived from the row) with the project's, so that one
 * file imported into two projects gives each its own runs, and imported twice into one project stores nothing new.
 */
export function importedRunId(recordId: string, projectId: string): string {
  return `${recordId}.${projectId.slice(0, 8)}`;
}

/** The problems of an imported record as the hub would refuse it on upload: its schema (dates, limits) and its figures. */
function recordCheck(r: RunRecord, line: number): BadLine[] {
  const parsed = uploadRun.safeParse(r, { reportInput: true });
  if (!parsed.success) {
    return describe(parsed.error).details.map((d) => ({ line, column: d.field, message: `line ${line}, ${d.field}: ${d.message}` }));
  }
  return recordProblems(r).map((problem) => ({ line, column: '(figures)', message: `line ${line}: ${problem}` }));
}

export function importRoutes(store: Store, metrics: Metrics): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.post('/projects/:project/import', async (c) => {
    requireWriter(c);
    const project = await projectOr404(store, c, c.req.param('project'));
    requireWrite(c, project);
    const { format } = parseQuery(c, importQuery);
    const type = c.req.header('content-type') ?? '';
    if (!isMediaType(type, ['text/csv', 'text/plain', 'application/octet-stream'])) {
      throw new UnsupportedTypeError(`send the file with "Content-Type: text/csv" (got "${type.slice(0, 80)}")`);
    }
    const text = await bodyText(c, MAX_CSV_BYTES);
    const nul = text.indexOf('\0');
    if (nul >= 0) throw new BadRequestError(`line ${text.slice(0, nul).split(/\r\n|\n|\r/).length} holds a NUL character: the file is not text CSV`);
    const { header, rows, ragged } = parseCsv(text);
    const missing = format === 'codecarbon' ? missingCodeCarbonColumns(header) : missingSurveyColumns(header);
    if (missing.length) throw new UnprocessableError('not-this-format', `not a ${format} file: no column ${missing.map((m) => `"${m}"`).join(', ')}`, 'header');
    if (rows.length === 0 && ragged.length === 0) throw new UnprocessableError('no-rows', 'the file has a header but no row');
    const records: RunRecord[] = [];
    const bad: BadLine[] = [...ragged];
    for (const { line, cells } of rows) {
      try {
        const r = format === 'codecarbon' ? runFromCodeCarbonRow(cells, line) : runFromSurveyRow(cells, line);
        const problems = recordCheck(r, line);
        if (problems.length) bad.push(...problems);
        else records.push({ ...r, id: importedRunId(r.id, project.id), project: r.project ?? project.name });
      } catch (err) {
        if (!(err instanceof ImportRowError)) throw err;
        bad.push({ line: err.line, column: err.column, message: err.message });
      }
    }
    if (bad.length) {
      bad.sort((a, b) => a.line - b.line);
      throw new UnprocessableError('bad-rows', `${bad.length} row(s) cannot be imported (first: ${bad[0]!.message}); nothing was stored`, `line ${bad[0]!.line}`, bad.slice(0, 1000));
    }
    const seen = new Set<string>();
    const unique = records.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
    const result = await store.ingest(project.id, unique.map((record) => ({ record })));
    metrics.runsIngested.inc(result.accepted.length);
    return c.json({ project: project.name, format, imported: result.accepted.length, duplicates: result.duplicates.length + (records.length - unique.length), ids: result.accepted }, 201);
  });
  return app;
}
