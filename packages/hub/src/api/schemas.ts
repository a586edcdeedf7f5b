/** The request bodies and queries of the hub's API, as zod schemas built from core's wire formats. */
import * as z from 'zod';
import { journalSample, runRecord, runStatus } from '@carbontrail/core/schemas';
import { MAX_SAMPLES, sampleList } from './sample-list.ts';

export const projectName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'letters, digits, spaces, ".", "_" and "-", starting with a letter or digit');

export const createProjectBody = z.object({
  name: projectName,
  visibility: z.enum(['public', 'private']),
}).strict();

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['read', 'write']),
}).strict();

/** A sample as a run's journal has it (only what the hub keeps: time, interval, joules by component). */
export const uploadSample = journalSample.pick({ at: true, d: true, e: true });

/** A run record as uploaded, optionally with its samples. */
export const uploadRun = runRecord.extend({ samples: z.array(uploadSample).max(MAX_SAMPLES).optional() });

const batchOf = <R extends z.ZodType>(run: R) => z.object({ project: z.string().min(1).max(100).optional(), runs: z.array(run).min(1).max(10_000) }).strict();

/** A batch of runs, with the project they go to (else the token's). */
export const uploadBatch = batchOf(uploadRun);
export type UploadBatch = z.infer<typeof uploadBatch>;

/** POST /api/runs: one run, or a batch; the project is named in the body or implied by the token. */
export const uploadBody = z.union([uploadBatch, uploadRun]);

/**
 * uploadBody with the samples checked by a plain loop (sample-list.ts): it accepts what uploadBody accepts, many times
 * faster; a body it refuses goes through uploadBody, whose errors are the API's.
 */
const quickRun = runRecord.extend({ samples: sampleList.optional() });
export const uploadBodyQuick = z.union([batchOf(quickRun), quickRun]);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO date such as 2025-03-01');

export const listRunsQuery = z.object({
  project: z.string().min(1).max(100).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  status: runStatus.optional(),
  job: z.string().min(1).max(200).optional(),
  cursor: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
}).strict();

export const statsQuery = z.object({
  project: z.string().min(1).max(100).optional(),
  by: z.enum(['month', 'country', 'source', 'hardware']),
}).strict();

export const importQuery = z.object({ format: z.enum(['codecarbon', 'survey']) }).strict();
export const exportQuery = z.object({ format: z.enum(['csv', 'json']).default('json') }).strict();
