/** Parsing requests at the boundary: JSON bodies and queries through zod, every problem named with its field and value. */
import type { Context } from 'hono';
import * as z from 'zod';
import { BadRequestError, TooLargeError, UnsupportedTypeError } from '../errors.ts';

/** A primitive value as a message shows it (long strings cut short). */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return v === undefined ? 'nothing' : typeof v;
}

/** A zod error as "field: message (got value)" for its first issue, and all of them (up to 20) as details. */
export function describe(err: z.ZodError, root = '(body)'): { message: string; field?: string; details: { field: string; message: string }[] } {
  const details = err.issues.slice(0, 20).map((i) => ({
    // an unknown key is named as the field at fault
    field: [...i.path, ...(i.code === 'unrecognized_keys' ? i.keys.slice(0, 1) : [])].join('.') || root,
    // the value at fault, when it is one (a refinement of a whole object names its value in its message)
    message: 'input' in i && (i.input === null || typeof i.input !== 'object') ? `${i.message} (got ${shown(i.input)})` : i.message,
  }));
  const first = details[0];
  return { message: first ? `${first.field}: ${first.message}` : 'invalid request', ...(first ? { field: first.field } : {}), details };
}

/** A value against a schema; 400 naming the field, what it must be and what it was. `what` prefixes the message. */
export function parseValue<S extends z.ZodType>(schema: S, value: unknown, what = 'invalid body', root = '(body)'): z.infer<S> {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) {
    const d = describe(r.error, root);
    throw new BadRequestError(`${what}: ${d.message}`, d.field, d.details);
  }
  return r.data;
}

/** A query string against a schema; 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseValue(schema, c.req.query(), 'invalid query', '(query)');
}

/** Bytes a JSON body may have. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * The request body as text, refusing what is too large (413): at once when the declared length is over, else as soon
 * as the bytes read pass the limit (a body sent without a length is never held whole beyond it).
 */
export async function bodyText(c: Context, max: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > max) throw new TooLargeError(`the body is ${declared} bytes; at most ${max} are taken`);
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(`the body is larger than ${max} bytes, the most taken`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts, size).toString('utf8');
}

/** Whether a Content-Type header is one of the given media types (parameters such as charset allowed). */
export function isMediaType(header: string, types: readonly string[]): boolean {
  const media = header.split(';')[0]!.trim().toLowerCase();
  return types.includes(media);
}

/** A JSON body, unchecked: 415 for another content type, 413 when too large, 400 for text that is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!isMediaType(type, ['application/json'])) throw new UnsupportedTypeError(`send JSON with "Content-Type: application/json" (got "${type.slice(0, 80)}")`);
  const text = await bodyText(c, MAX_JSON_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    throw new BadRequestError(`the body is not valid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
  // NUL cannot be stored in a PostgreSQL text column: refused in every string, alike for both stores
  if (text.includes('\\u0000')) {
    const at = nulPath(value);
    if (at) throw new BadRequestError(`${at.join('.') || '(body)'}: a string may not hold the NUL character (\\u0000)`, at.join('.') || '(body)');
  }
  return value;
}

/** The path of the first string (or key) holding NUL in a parsed JSON value, if any. */
function nulPath(v: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  const stack: [unknown, (string | number)[]][] = [[v, path]];
  while (stack.length) {
    const [x, p] = stack.pop()!;
    if (typeof x === 'string') {
      if (x.includes('\0')) return p;
    } else if (Array.isArray(x)) x.forEach((y, i) => stack.push([y, [...p, i]]));
    else if (x !== null && typeof x === 'object') {
      for (const [k, y] of Object.entries(x)) {
        if (k.includes('\0')) return [...p, k];
        stack.push([y, [...p, k]]);
      }
    }
  }
  return undefined;
}

/** A JSON body against a schema: 415 for another content type, 400 for bad JSON or a field that breaks the schema. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseValue(schema, await jsonBody(c));
}
