/** Parsing requests at the boundary: JSON bodies and queries through zod, every problem named with its field. */
import type { Context } from 'hono';
import * as z from 'zod';
import { BadRequestError, TooLargeError, UnsupportedTypeError } from '../errors.ts';

/** The first issue of a zod error as "field: message", and all of them as details. */
function describe(err: z.ZodError): { message: string; field?: string; details: { field: string; message: string }[] } {
  const details = err.issues.slice(0, 20).map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  const first = details[0];
  return { message: first ? `${first.field}: ${first.message}` : 'invalid request', ...(first ? { field: first.field } : {}), details };
}

/** A query string against a schema; 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) {
    const d = describe(r.error);
    throw new BadRequestError(`invalid query: ${d.message}`, d.field, d.details);
  }
  return r.data;
}

/** Bytes a JSON body may have. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The request body as text, refusing what is too large (413) before reading it whole when the length is declared. */
export async function bodyText(c: Context, max: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > max) throw new TooLargeError(`the body is ${declared} bytes; at most ${max} are taken`);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > max) throw new TooLargeError(`the body is larger than ${max} bytes`);
  return text;
}

/**
 * A JSON body against a schema: 415 for another content type, 400 for bad JSON or a field that breaks the schema.
 * `quick`, when given, is tried first: a cheaper schema that accepts only what `schema` accepts.
 */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S, quick?: z.ZodType<z.infer<S>>): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new UnsupportedTypeError(`send JSON with "Content-Type: application/json" (got "${type.slice(0, 80)}")`);
  const text = await bodyText(c, MAX_JSON_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(`the body is not valid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
  const fast = quick?.safeParse(value);
  if (fast?.success) return fast.data;
  const r = schema.safeParse(value);
  if (!r.success) {
    const d = describe(r.error);
    throw new BadRequestError(`invalid body: ${d.message}`, d.field, d.details);
  }
  return r.data;
}
