/** Query strings of the survey routes (issue 11), checked at the boundary. */
import { z } from 'zod';

const project = z.string().min(1).max(100).optional();
/** A number in a query string, within a range; the error names the value given and what is allowed. */
const number = (min: number, max: number, int = false) =>
  z.string().transform((s, ctx) => {
    const n = /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
    if (!(n >= min && n <= max) || (int && !Number.isInteger(n))) {
      ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 40)}" is not ${int ? 'a whole number' : 'a number'} from ${min} to ${max}` });
      return z.NEVER;
    }
    return n;
  });

export const surveyQuery = z.object({ project }).strict();

export const taskYearQuery = z
  .object({
    project,
    level: number(0.5, 0.999).optional(),
    resamples: number(100, 20_000, true).optional(),
    seed: number(0, 2 ** 32 - 1, true).optional(),
  })
  .strict();

export const paretoQuery = z
  .object({
    project,
    task: z.string().min(1).max(200).optional(),
    metric: z.string().min(1).max(60).optional(),
    dataset: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((q) => (q.metric === undefined && q.dataset === undefined) || q.task !== undefined, { message: 'metric and dataset need a task', path: ['task'] });

export const planeQuery = z.object({ project, max: number(100, 20_000, true).optional() }).strict();
