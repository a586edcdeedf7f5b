/**
 * The outbox of an output folder: runs waiting for the hub (`<out>/outbox/<id>.json`, each the run as uploaded) and runs
 * the hub refused, kept aside with the reason and never retried on their own (`<out>/outbox/rejected/<id>.json`).
 * Every file is written whole (a temporary file renamed into place), so a reader never sees half a run.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutboxError } from '../errors.ts';
import { describeFsError } from '../tracker/run-files.ts';
import type { UploadRun } from './client.ts';

/** The outbox's folders under an output folder. */
export function outboxPaths(out: string): { dir: string; rejectedDir: string } {
  const dir = join(out, 'outbox');
  return { dir, rejectedDir: join(dir, 'rejected') };
}

/** Run ids that can be file names: letters, digits, ".", "_" and "-" (a tracker's ids are UUIDs). */
const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

function fileOf(dir: string, id: string): string {
  if (!SAFE_ID.test(id)) throw new OutboxError(`run id "${id.slice(0, 60)}" cannot name a file of the outbox`);
  return join(dir, `${id}.json`);
}

/** The path a run waits at. */
export function queuedPath(out: string, id: string): string {
  return fileOf(outboxPaths(out).dir, id);
}

/** The path a refused run is kept at. */
export function rejectedPath(out: string, id: string): string {
  return fileOf(outboxPaths(out).rejectedDir, id);
}

/** Writes `text` to `path` whole: a temporary file beside it, renamed over it. */
function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Puts a run in the outbox (replacing an earlier copy of it); returns its path. Throws OutboxError when the disk refuses. */
export function queueRun(out: string, run: UploadRun): string {
  const path = queuedPath(out, run.id);
  try {
    mkdirSync(outboxPaths(out).dir, { recursive: true });
    writeWhole(path, `${JSON.stringify(run)}\n`);
    return path;
  } catch (err) {
    throw new OutboxError(`cannot put run ${run.id} in the outbox ${path}: ${describeFsError(err)}`);
  }
}

/** The runs waiting in the outbox, oldest first, by id and path. */
export function listQueued(out: string): { id: string; path: string }[] {
  return listRuns(outboxPaths(out).dir);
}

/** The runs the hub refused, kept aside, oldest first, by id and path. */
export function listRejected(out: string): { id: string; path: string }[] {
  return listRuns(outboxPaths(out).rejectedDir);
}

function listRuns(dir: string): { id: string; path: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new OutboxError(`cannot read the outbox ${dir}: ${describeFsError(err)}`);
  }
  const entries: { id: string; path: string; mtimeMs: number }[] = [];
  for (const name of names) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
    if (!SAFE_ID.test(id)) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isFile()) entries.push({ id, path, mtimeMs: st.mtimeMs });
    } catch {
      // taken by another process meanwhile
    }
  }
  return entries.sort((a, b) => a.mtimeMs - b.mtimeMs || a.id.localeCompare(b.id)).map(({ id, path }) => ({ id, path }));
}

/** What a file of the outbox holds: the run, nothing (another process took it), or why it is not a run. */
export function readQueued(path: string): { run?: UploadRun; text?: string; problem?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: `cannot be read: ${describeFsError(err)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { text, problem: `is not valid JSON (${(err as Error).message})` };
  }
  const v = value as Partial<UploadRun> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof v.id !== 'string' || typeof v.schemaVersion !== 'number') {
    return { text, problem: 'is not a run record' };
  }
  // the hub checks the rest, and says what it refuses
  return { run: v as UploadRun };
}

/** Removes a run from the outbox and from the refused ones (it reached the hub); a file already gone is fine. */
export function settleSent(out: string, id: string): void {
  for (const path of [queuedPath(out, id), rejectedPath(out, id)]) {
    try {
      rmSync(path, { force: true });
    } catch (err) {
      throw new OutboxError(`cannot remove ${path}: ${describeFsError(err)}`);
    }
  }
}

/** Why the hub refused a run, kept beside it. */
export interface Rejection {
  /** When the hub refused it (ISO time). */
  at: string;
  /** The hub, as it may be shown (no credentials). */
  hub: string;
  status: number;
  code: string;
  message: string;
  field?: string;
}

/**
 * Keeps a refused run aside with the reason (`rejected/<id>.json`: {rejected, run}) and takes it out of the outbox, so
 * that no later run sends it again. `run` is the run, or the text of a file that is not one.
 */
export function rejectRun(out: string, id: string, run: UploadRun | string, rejection: Rejection): string {
  const { rejectedDir } = outboxPaths(out);
  const path = rejectedPath(out, id);
  try {
    mkdirSync(rejectedDir, { recursive: true });
    writeWhole(path, `${JSON.stringify(typeof run === 'string' ? { rejected: rejection, text: run } : { rejected: rejection, run })}\n`);
    rmSync(queuedPath(out, id), { force: true });
    return path;
  } catch (err) {
    throw new OutboxError(`cannot keep the refused run ${id} aside in ${path}: ${describeFsError(err)}`);
  }
}
