/**
 * The hub's HTTP client for uploads: POST /api/runs with a bearer token and a time limit, and the hub's answer parsed
 * into sent, failed (worth another try: unreachable, no answer, 5xx) or rejected (a 4xx: the hub will not take it as is).
 * It knows the hub only by its HTTP API, and loads no zod: it is on the path of `carbontrail run`.
 */
import type { JournalSample, RunRecord } from '@carbontrail/core/schemas';

/** Where runs go: the hub's base URL and a write token. The token goes in the Authorization header and nowhere else. */
export interface HubTarget {
  /** The base URL, with a trailing slash: "https://hub.example.org/". */
  url: string;
  token: string;
}

/** A sample as the hub keeps it: time, interval and joules by component (the journal's sample, less the rest). */
export type UploadSample = Pick<JournalSample, 'at' | 'd' | 'e'>;

/** A run as it is uploaded (and as it waits in the outbox): the record and, where the journal has them, its samples. */
export type UploadRun = RunRecord & { samples?: UploadSample[] };

/** What became of an upload. */
export type PostOutcome =
  | { kind: 'sent'; project: string; accepted: string[]; duplicates: string[] }
  /** Not taken this time, worth another try: the hub could not be reached, did not answer in time, or answered 5xx, 408 or 429. */
  | { kind: 'failed'; reason: string }
  /** Refused with a 4xx: the run (or the token, or the project) must change before the hub takes it. */
  | { kind: 'rejected'; status: number; code: string; message: string; field?: string };

/** 4xx statuses that say "later", not "never". */
const RETRY_STATUSES = new Set([408, 425, 429]);

/** The hub URL as it may be shown: without user name, password, query or fragment. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(the hub)';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const stringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The 201 answer of POST /api/runs, or undefined when the answer is not the hub's. */
function parseAccepted(v: unknown): { project: string; accepted: string[]; duplicates: string[] } | undefined {
  if (!isObject(v) || typeof v.project !== 'string' || !stringArray(v.ids) || !stringArray(v.duplicateIds)) return undefined;
  return { project: v.project, accepted: v.ids, duplicates: v.duplicateIds };
}

/** The hub's error body {error: {code, message, field?}}, or undefined. */
function parseError(v: unknown): { code: string; message: string; field?: string } | undefined {
  if (!isObject(v) || !isObject(v.error)) return undefined;
  const { code, message, field } = v.error;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  return { code, message: message.slice(0, 500), ...(typeof field === 'string' ? { field } : {}) };
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Why a request did not get an answer, in words: "the hub cannot be reached (ECONNREFUSED)". */
function describeFailure(err: unknown, timeoutMs: number, timedOut: boolean): string {
  if (timedOut) return `the hub did not answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return 'the time for uploading ran out';
  const code = e?.cause?.code;
  if (code) return `the hub cannot be reached (${code})`;
  return `the hub cannot be reached (${e?.cause?.message ?? e?.message ?? String(err)})`;
}

export interface PostOptions {
  /** Milliseconds the request (sending, waiting, reading the answer) may take. */
  timeoutMs: number;
  /** Stops the request early (a run's time for uploading is over). */
  signal?: AbortSignal;
}

/**
 * POSTs runs to the hub as one batch `{project?, runs}` and says what became of them. Never throws for what the network
 * or the hub does: every outcome is a value.
 */
export async function postRuns(target: HubTarget, body: { project?: string; runs: UploadRun[] }, options: PostOptions): Promise<PostOutcome> {
  const timeout = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort();
  }, options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  try {
    if (options.signal?.aborted) return { kind: 'failed', reason: 'the time for uploading ran out' };
    const res = await fetch(new URL('api/runs', target.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${target.token}` },
      body: JSON.stringify(body),
      // a redirect would drop the token or turn the POST into a GET: it is reported instead of followed
      redirect: 'manual',
      signal,
    });
    const text = await res.text();
    const value = jsonOrUndefined(text);
    if (res.status >= 200 && res.status < 300) {
      const accepted = parseAccepted(value);
      if (accepted) return { kind: 'sent', ...accepted };
      return { kind: 'failed', reason: `the answer (${res.status}) is not a carbontrail hub's; is ${displayUrl(target.url)} the hub's address?` };
    }
    if (res.status >= 300 && res.status < 400) {
      const to = res.headers.get('location');
      return { kind: 'failed', reason: `the hub answered ${res.status}, a redirect${to ? ` to ${displayUrl(new URL(to, target.url).href)}` : ''}; give that address as the hub URL` };
    }
    const error = parseError(value);
    if (res.status >= 400 && res.status < 500 && !RETRY_STATUSES.has(res.status)) {
      return { kind: 'rejected', status: res.status, code: error?.code ?? `http-${res.status}`, message: error?.message ?? (text.trim().slice(0, 200) || res.statusText), ...(error?.field ? { field: error.field } : {}) };
    }
    return { kind: 'failed', reason: `the hub answered ${res.status}${error ? ` ${error.code}: ${error.message}` : res.statusText ? ` ${res.statusText}` : ''}` };
  } catch (err) {
    return { kind: 'failed', reason: describeFailure(err, options.timeoutMs, timedOut) };
  } finally {
    clearTimeout(timer);
  }
}
