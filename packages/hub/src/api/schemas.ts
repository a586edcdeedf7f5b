/** The request bodies and queries of the hub's API, as zod schemas built from core's wire formats. */
import * as z from 'zod';
import { isoDate, journalSample, runRecord, runStatus, type RunRecord } from '@carbontrail/core/schemas';
import { MAX_SAMPLES, sampleList } from './sample-list.ts';
import { RUN_SORTS } from '../store/store.ts';

/** Shaped like a project or token id (a UUID). */
export const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const projectName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'letters, digits, spaces, ".", "_" and "-", starting with a letter or digit');

export const createProjectBody = z.object({
  // a name shaped like an id would make the routes that take "id or name" ambiguous
  name: projectName.refine((n) => !ID_SHAPE.test(n), 'a name not shaped like a project id (a UUID)'),
  visibility: z.enum(['public', 'private']),
}).strict();

/** A string with no control characters (NUL cannot be stored in PostgreSQL; none belongs in a name or key). */
export const plain = (max: number) => z.string().min(1).max(max).regex(/^[^\p{Cc}]+$/u, 'no control characters');

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]+$/u, 'no control characters'),
  scope: z.enum(['read', 'write']),
}).strict();

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/** Whether an ISO 8601 date or date-time names a moment that exists, in the years 1970–2999: month 1–12, a day of that month, 00:00–23:59:59. */
export function isRealDate(s: string): boolean {
  const m = ISO_PARTS.exec(s);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0, sec = 0, oh = 0, om = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const days = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return y! >= 1970 && y! <= 2999 && mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= days && h <= 23 && mi <= 59 && sec <= 59 && oh <= 23 && om <= 59 && Number.isFinite(Date.parse(s));
}

const REAL_DATE = 'a date and time that exists, in the years 1970–2999 (month 01–12, a day of that month, 00:00:00–23:59:59)';

/** A run's date-time: ISO 8601 with a zone, a moment that exists, kept in UTC ("…Z") so that runs sort and group by it. */
const instant = isoDate.refine(isRealDate, REAL_DATE).transform((s) => new Date(s).toISOString());

/** The most a figure of one run is believed to be; beyond, the figure is refused rather than summed into every total. */
export const RUN_LIMITS = { kwh: 1e10, kg: 1e10, durationS: 1e10 } as const;

/** The figures of a record that the limits bound, by path. */
function boundedFigures(r: RunRecord): [(string | number)[], number, 'kwh' | 'kg' | 'durationS'][] {
  const out: [(string | number)[], number, 'kwh' | 'kg' | 'durationS'][] = [[['durationS'], r.durationS, 'durationS']];
  for (const k of ['gpuKwh', 'cpuKwh', 'ramKwh', 'totalKwh', 'facilityKwh'] as const) out.push([['energy', k], r.energy[k], 'kwh']);
  r.hardware.gpus.forEach((g, i) => out.push([['hardware', 'gpus', i, 'energyKwh'], g.energyKwh, 'kwh']));
  out.push([['hardware', 'cpu', 'energyKwh'], r.hardware.cpu.energyKwh, 'kwh'], [['hardware', 'ram', 'energyKwh'], r.hardware.ram.energyKwh, 'kwh']);
  r.intensity.byYear.forEach((y, i) => out.push([['intensity', 'byYear', i, 'facilityKwh'], y.facilityKwh, 'kwh']));
  for (const k of ['emissionsKg', 'emissionsLowKg', 'emissionsHighKg', 'embodiedKg', 'embodiedLowKg', 'embodiedHighKg'] as const) out.push([[k], r[k], 'kg']);
  if (r.offsets) out.push([['offsets', 'providerKg'], r.offsets.providerKg, 'kg']);
  return out;
}

const UNIT = { kwh: 'kWh', kg: 'kg CO2eq', durationS: 's' } as const;

/** A sample as a run's journal has it (only what the hub keeps: time in epoch ms, interval, joules by component). */
export const uploadSample = journalSample.pick({ d: true, e: true }).extend({
  at: z.number().int('whole epoch milliseconds').min(0).max(8.64e15),
});

/** A run id: what the tracker makes (a UUID) or an importer derives; no control characters. */
export const runId = plain(200);

/** A job id: shared by the runs of every node of a job. */
export const jobId = plain(200);

/** The checks of a run record's figures and keys beyond its schema. */
function checkRun(r: RunRecord, ctx: z.RefinementCtx): void {
  for (const [path, v, kind] of boundedFigures(r)) {
    const max = RUN_LIMITS[kind];
    if (v > max) ctx.addIssue({ code: 'custom', path, message: `${v} ${UNIT[kind]} is beyond what one run is believed to reach (at most ${max} ${UNIT[kind]})` });
  }
  // the keys the hub totals by (stored in indexed columns): short
  for (const k of ['country', 'zone'] as const) {
    const v = r.intensity[k];
    if (v !== undefined && v.length > 100) ctx.addIssue({ code: 'custom', path: ['intensity', k], message: `a ${k} of ${v.length} characters is not a ${k} (at most 100)` });
  }
}

const uploadRecord = runRecord.extend({
  id: runId,
  startedAt: instant,
  endedAt: instant.nullable(),
  node: z.string().max(200).regex(/^[^\p{Cc}]*$/u, 'no control characters'),
  jobId: jobId.nullable(),
  project: z.string().max(200).nullable(),
});

/** A run record as uploaded, optionally with its samples: core's run record, with dates that exist and figures within reason. */
export const uploadRun = uploadRecord
  .extend({ samples: z.array(uploadSample).max(MAX_SAMPLES).optional() })
  .superRefine((r, ctx) => checkRun(r as RunRecord, ctx));
export type UploadRun = z.infer<typeof uploadRun>;

/**
 * The same, its samples checked by a plain loop (sample-list.ts: zod costs more per sample than storing it). Tried
 * first; a body it refuses goes through {@link uploadRun}, whose errors name the bad field.
 */
export const uploadRunQuick = uploadRecord
  .extend({ samples: sampleList.optional() })
  .superRefine((r, ctx) => checkRun(r as RunRecord, ctx));

const batchOf = <R extends z.ZodType>(run: R) => z.object({ project: z.string().min(1).max(100).optional(), runs: z.array(run).min(1).max(10_000) }).strict();

/** A batch of runs, with the project they go to (else the token's). */
export const uploadBatch = batchOf(uploadRun);
export type UploadBatch = z.infer<typeof uploadBatch>;
export const uploadBatchQuick = batchOf(uploadRunQuick);

/** Whether an upload body is a batch (`{runs: [...]}`) rather than one record: decides which schema names its problems. */
export function isBatch(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'runs' in value;
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO date such as 2025-03-01')
  .refine(isRealDate, REAL_DATE)
  .transform((s) => (s.length === 10 ? s : new Date(/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}Z`).toISOString()));

/** Whether a cursor is one the listing gives in `next` (base64url JSON of [startedAt, id]). */
function isCursor(s: string): boolean {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(v) && v.length === 4 && v.every((x) => (typeof x === 'string' && x.length <= 200 && !/\p{Cc}/u.test(x)) || (typeof x === 'number' && Number.isFinite(x)));
  } catch {
    return false;
  }
}

export const listRunsQuery = z.object({
  project: z.string().min(1).max(100).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  status: runStatus.optional(),
  job: jobId.optional(),
  hardware: z.string().min(1).max(200).optional(),
  country: z.string().regex(/^([A-Z]{2}|unknown)$/, 'an ISO 3166-1 alpha-2 code such as "FR", or "unknown"').optional(),
  sort: z.enum(RUN_SORTS).default('started'),
  order: z.enum(['asc', 'desc']).default('desc'),
  cursor: z.string().min(1).max(500).refine(isCursor, 'a cursor as given in "next" by the previous page').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
}).strict();

export const statsQuery = z.object({
  project: z.string().min(1).max(100).optional(),
  by: z.enum(['month', 'country', 'source', 'hardware']),
}).strict();

export const jobQuery = z.object({ project: z.string().min(1).max(100).optional() }).strict();
export const importQuery = z.object({ format: z.enum(['codecarbon', 'survey']) }).strict();
export const exportQuery = z.object({ format: z.enum(['csv', 'json']).default('json') }).strict();
