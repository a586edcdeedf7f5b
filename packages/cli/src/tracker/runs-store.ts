/** Reading recorded runs back from an output folder: finished records, and journals of running or interrupted runs. */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isCoreError } from '@carbontrail/core';
import { parseJournal, runRecord, type JournalLine, type RunRecord } from '@carbontrail/core/schemas';
import { buildRunRecord, priceContextOf } from './record-builder.ts';
import { listDir } from './sys-files.ts';

/** Reads a journal file; a torn last line and foreign lines are skipped (core's parseJournal). */
function readJournal(path: string): JournalLine[] {
  return parseJournal(readFileSync(path, 'utf8'));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A run file that could not be read as it is, and what was done about it. */
export interface RunProblem {
  id: string;
  problem: string;
}

function readRecord(path: string): { record?: RunRecord; problem?: string } {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { problem: `not valid JSON (${(err as Error).message})` };
  }
  const parsed = runRecord.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `not a run record (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'schema mismatch'})` };
}

/**
 * The run of one id: its record file when it finished, else rebuilt from its journal (running or interrupted).
 * A record file that cannot be read is reported in `problems` (and the run rebuilt from its journal when there is one);
 * nothing is deleted or rewritten.
 */
export function loadRun(dir: string, id: string, problems?: RunProblem[]): RunRecord | undefined {
  const runs = join(dir, 'runs');
  const recordPath = join(runs, `${id}.json`);
  const journalPath = join(runs, `${id}.jsonl`);
  const hasJournal = existsSync(journalPath);
  if (existsSync(recordPath)) {
    const { record, problem } = readRecord(recordPath);
    if (record) return record;
    problems?.push({ id, problem: `${recordPath} is ${problem}; ${hasJournal ? 'rebuilt from its journal' : 'skipped (no journal to rebuild it from)'}` });
  }
  if (!hasJournal) return undefined;
  const lines = readJournal(journalPath);
  const start = lines.find((l) => l.t === 'start');
  if (!start || start.t !== 'start') {
    problems?.push({ id, problem: `${journalPath} has no start line; skipped` });
    return undefined;
  }
  const running = start.host.hostname === hostname() && alive(start.trackerPid) && start.trackerPid !== process.pid;
  let context;
  try {
    context = priceContextOf(start);
  } catch (err) {
    if (!isCoreError(err)) throw err;
    problems?.push({ id, problem: `${journalPath} names a place that cannot be priced (${err.message}); skipped` });
    return undefined;
  }
  return buildRunRecord(lines, context, { status: running ? 'running' : 'interrupted' });
}

/** The ids of the runs in `<dir>/runs`. */
export function runIds(dir: string): string[] {
  const ids = new Set<string>();
  for (const name of listDir(join(dir, 'runs'))) {
    const m = /^(.+?)\.(json|jsonl)$/.exec(name);
    if (m?.[1]) ids.add(m[1]);
  }
  return [...ids];
}

/** Every run in the folder, newest first. */
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
