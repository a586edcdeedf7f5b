/**
 * Reading recorded runs back from an output folder: finished records, and journals of running or interrupted runs.
 * One unreadable file never hides the others: it is reported with its path and why, and the listing goes on. Only
 * regular files are read (a folder or a FIFO in place of a run file is reported, never opened).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isCoreError } from '@carbontrail/core';
import { parseJournalText, runRecord, type RunRecord } from '@carbontrail/core/schemas';
import { CliError } from '../errors.ts';
import { buildRunRecord, priceContextOf } from './record-builder.ts';
import { describeFsError } from './run-files.ts';
import { listDir, readText } from './sys-files.ts';

/** A run file that could not be read as it is, and what was done about it. */
export interface RunProblem {
  id: string;
  problem: string;
}

/** Run files larger than this are not read (a record is a few kB; a journal of a week at 1 s is ~60 MB). */
const MAX_BYTES = 512 * 1024 * 1024;

/** A regular file's text and modification time, or why it is not read. Never blocks on a FIFO or a device. */
function readRegular(path: string): { text?: string; mtimeMs?: number; problem?: string; missing?: boolean } {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { problem: `cannot be read: ${describeFsError(err)}` };
  }
  if (!st.isFile()) return { problem: `is ${st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : st.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}, not a run file` };
  if (st.size > MAX_BYTES) return { problem: `is ${Math.round(st.size / 1024 ** 2)} MB, larger than a run file can be` };
  try {
    return { text: readFileSync(path, 'utf8'), mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: `cannot be read: ${describeFsError(err)}` };
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started (epoch ms), from /proc; undefined where /proc does not say. */
function processStartMs(pid: number): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  const btime = /^btime (\d+)$/m.exec(readText('/proc/stat') ?? '')?.[1];
  if (!stat || !btime) return undefined;
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[22 - 3]);
  return Number.isFinite(ticks) ? Number(btime) * 1000 + ticks * 10 : undefined;
}

/**
 * Whether the tracker of a journal still runs: on this host, its process alive and started before the run (a recycled
 * PID belongs to a younger process), and the journal written to recently (a tracker flushes every interval).
 */
function stillRunning(start: { host: { hostname: string }; trackerPid: number; at: number; intervalS: number }, mtimeMs: number | undefined): boolean {
  if (start.host.hostname !== hostname() || start.trackerPid === process.pid || !alive(start.trackerPid)) return false;
  const began = processStartMs(start.trackerPid);
  if (began !== undefined && began > start.at + 5_000) return false;
  return mtimeMs === undefined || Date.now() - mtimeMs < Math.max(120_000, start.intervalS * 20_000);
}

function readRecord(path: string): { record?: RunRecord; problem?: string; missing?: boolean } {
  const file = readRegular(path);
  if (file.text === undefined) return file;
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (err) {
    return { problem: `is not valid JSON (${(err as Error).message})` };
  }
  const parsed = runRecord.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `is not a run record (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'schema mismatch'})` };
}

/**
 * The run of one id: its record file when it finished, else rebuilt from its journal (running or interrupted).
 * A file that cannot be used is reported in `problems`, with its path and why; nothing is deleted or rewritten.
 */
export function loadRun(dir: string, id: string, problems?: RunProblem[]): RunRecord | undefined {
  const runs = join(dir, 'runs');
  const recordPath = join(runs, `${id}.json`);
  const journalPath = join(runs, `${id}.jsonl`);
  const rec = readRecord(recordPath);
  if (rec.record) return rec.record;
  const journal = readRegular(journalPath);
  if (rec.problem) {
    problems?.push({ id, problem: `${recordPath} ${rec.problem}; ${journal.text !== undefined ? 'rebuilt from its journal' : 'skipped'}` });
  }
  if (journal.missing) return undefined;
  if (journal.text === undefined) {
    problems?.push({ id, problem: `${journalPath} ${journal.problem}; skipped` });
    return undefined;
  }
  const { lines, skipped } = parseJournalText(journal.text);
  if (skipped.length) {
    const first = skipped.slice(0, 3).map((s) => `line ${s.line}: ${s.why}`).join('; ');
    problems?.push({ id, problem: `${journalPath}: ${skipped.length} line(s) left out (${first}${skipped.length > 3 ? '; …' : ''})` });
  }
  const start = lines.find((l) => l.t === 'start');
  if (!start || start.t !== 'start') {
    problems?.push({ id, problem: `${journalPath} has no start line; skipped` });
    return undefined;
  }
  try {
    const context = priceContextOf(start);
    return buildRunRecord(lines, context, { status: stillRunning(start, journal.mtimeMs) ? 'running' : 'interrupted' });
  } catch (err) {
    if (!isCoreError(err) && !(err instanceof CliError)) throw err;
    problems?.push({ id, problem: `${journalPath} cannot be priced (${err.message}); skipped` });
    return undefined;
  }
}

/** The ids of the runs in `<dir>/runs`; a folder that cannot be read is a CliError naming it. */
export function runIds(dir: string): string[] {
  let names: string[];
  try {
    names = listDir(join(dir, 'runs'));
  } catch (err) {
    throw new CliError('runs-folder', `cannot read the runs folder ${join(dir, 'runs')}: ${describeFsError(err)}`, 1);
  }
  const ids = new Set<string>();
  for (const name of names) {
    const m = /^(.+?)\.(json|jsonl)$/.exec(name);
    if (m?.[1]) ids.add(m[1]);
  }
  return [...ids];
}

/** Every readable run in the folder, newest first; the others are reported in `problems`. */
export function listRuns(dir: string, problems?: RunProblem[]): RunRecord[] {
  const out: RunRecord[] = [];
  for (const id of runIds(dir)) {
    const r = loadRun(dir, id, problems);
    if (r) out.push(r);
  }
  return out.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The ids matching a full id or an id prefix. */
export function matchRunIds(dir: string, idOrPrefix: string): string[] {
  const ids = runIds(dir);
  if (ids.includes(idOrPrefix)) return [idOrPrefix];
  return ids.filter((id) => id.startsWith(idOrPrefix));
}
