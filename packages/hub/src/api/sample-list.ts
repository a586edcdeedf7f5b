/**
 * The samples of an upload checked by a plain loop: uploads carry hundreds of thousands of samples, and zod takes about
 * 2 µs for each (plus a copy of it), more than storing it costs. The loop accepts exactly what the schema accepts.
 */
import * as z from 'zod';

/** The most samples one run may carry. */
export const MAX_SAMPLES = 2_000_000;

const JOULES_MAX = 1e12;
/** Epoch milliseconds: whole, up to the last instant a JavaScript date can hold. */
const AT_MAX = 8.64e15;
const D_MAX = 86_400;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Whether `v` is a list of at most MAX_SAMPLES samples `{at: whole ms in 0–8.64e15, 0 ≤ d ≤ 86400, e: [gpu, cpu, ram] joules in 0–1e12}`,
 * as `z.array(uploadSample).max(MAX_SAMPLES)` checks them. Other keys of a sample are allowed (the schema drops them,
 * the store never reads them).
 */
export function isSampleList(v: unknown): v is { at: number; d: number; e: [number, number, number] }[] {
  if (!Array.isArray(v) || v.length > MAX_SAMPLES) return false;
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return false;
    const { at, d, e } = s as Record<string, unknown>;
    if (!finite(at) || at < 0 || at > AT_MAX || !Number.isInteger(at) || !finite(d) || d < 0 || d > D_MAX || !Array.isArray(e) || e.length !== 3) return false;
    for (let k = 0; k < 3; k++) {
      const j: unknown = e[k];
      if (!finite(j) || j < 0 || j > JOULES_MAX) return false;
    }
  }
  return true;
}

/** A zod schema of the same samples, checked by {@link isSampleList} (it keeps the list as it came). */
export const sampleList = z.custom<{ at: number; d: number; e: [number, number, number] }[]>(isSampleList, 'invalid samples');
