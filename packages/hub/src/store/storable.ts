/**
 * What the store can keep the same way on both engines, checked before anything is written so that SQLite and
 * PostgreSQL refuse alike (422): PostgreSQL takes no NUL character in a text and no index entry over about 2.7 kB, and
 * fails on a float sum that overflows where SQLite would store Infinity; start times must be real instants.
 */
import { UnprocessableError } from '../errors.ts';
import type { IncomingRun } from './store.ts';

/** Characters of an indexed text (run id, job id, node): well under PostgreSQL's index entry limit, in any script. */
export const MAX_KEY_CHARS = 256;
/** Characters of a text the hub keeps and totals by (country, source, hardware, task, names). */
export const MAX_TEXT_CHARS = 200;
/** The largest figure of one run, kWh or kg: far beyond any run, so that sums of them stay finite on both engines. */
export const MAX_FIGURE = 1e15;
/** The latest epoch millisecond a date can have. */
const MAX_EPOCH_MS = 8.64e15;

function refuse(field: string, message: string): never {
  throw new UnprocessableError('unstorable', `${field}: ${message}`, field);
}

/** A text the store keeps in a column: no NUL character, at most `max` characters (code points). */
export function storableText(value: string, field: string, max = MAX_TEXT_CHARS): string {
  if (value.includes('\u0000')) refuse(field, 'a NUL character cannot be stored');
  if (value.length > max && [...value].length > max) refuse(field, `longer than ${max} characters`);
  return value;
}

/** The first `max` characters of a text (never half a character). */
export function clip(value: string, max = MAX_TEXT_CHARS): string {
  return value.length <= max ? value : [...value].slice(0, max).join('');
}

/** An instant as the store keeps it: UTC, milliseconds, "2025-03-01T10:00:00.000Z", so that text order is time order. */
export function utcInstant(value: string, field: string): string {
  const ms = Date.parse(value);
  const iso = Number.isFinite(ms) ? new Date(ms).toISOString() : '';
  if (iso.length !== 24 || !/^\d{4}-/.test(iso)) refuse(field, `"${value.slice(0, 40)}" is not a date-time between the years 0 and 9999`);
  return iso;
}

function figure(value: number, field: string): void {
  if (!(Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE)) refuse(field, `${value} is beyond what the hub stores (at most ${MAX_FIGURE})`);
}

/** Refuses a run the store could not keep alike on both engines; `index` names it in the batch ("runs.3.node"). */
export function checkStorableRun(run: IncomingRun, index: number): void {
  const r = run.record;
  const at = (f: string) => `runs.${index}.${f}`;
  storableText(r.id, at('id'), MAX_KEY_CHARS);
  storableText(r.node, at('node'), MAX_KEY_CHARS);
  if (r.jobId !== null) storableText(r.jobId, at('jobId'), MAX_KEY_CHARS);
  utcInstant(r.startedAt, at('startedAt'));
  for (const [f, v] of [['intensity.country', r.intensity.country], ['location.country', r.location.country], ['meta.task', r.meta?.task], ['meta.mainSource', r.meta?.mainSource]] as const) {
    if (v !== undefined) storableText(v, at(f));
  }
  for (const g of r.hardware.gpus) storableText(g.name, at('hardware.gpus.name'), Number.MAX_SAFE_INTEGER);
  storableText(r.hardware.cpu.model, at('hardware.cpu.model'), Number.MAX_SAFE_INTEGER);
  figure(r.energy.totalKwh, at('energy.totalKwh'));
  for (const f of ['emissionsKg', 'emissionsLowKg', 'emissionsHighKg', 'embodiedKg'] as const) figure(r[f], at(f));
  run.samples?.forEach((s, i) => {
    if (!(Number.isFinite(s.at) && s.at >= 0 && s.at <= MAX_EPOCH_MS)) refuse(at(`samples.${i}.at`), `${s.at} is not an epoch millisecond`);
    if (!Number.isFinite(s.d)) refuse(at(`samples.${i}.d`), `${s.d} is not a number`);
    s.e.forEach((j, k) => {
      if (!(Number.isFinite(j) && Math.abs(j) <= MAX_FIGURE * 3.6e6)) refuse(at(`samples.${i}.e.${k}`), `${j} joules cannot be stored`);
    });
  });
}
