/**
 * The uploader: sends runs to the hub one by one and settles each in the outbox: a run the hub took leaves it, a run that
 * could not be sent waits there for the next try, a run the hub refused (4xx) is kept aside with the reason, never
 * retried on its own. The outbox is sent oldest first and stops at the first failure to reach the hub.
 */
import { OutboxError } from '../errors.ts';
import { displayUrl, postRuns, type HubTarget, type UploadRun } from './client.ts';
import { listQueued, queueRun, queuedPath, readQueued, rejectRun, settleSent } from './outbox.ts';

/** What became of one run. `problem`: what the outbox could not record about it (a full disk). */
export type Delivery = { id: string; problem?: string } & (
  | { result: 'sent' | 'duplicate'; project: string }
  /** Not sent; it waits at `waitsAt` (absent when it could not be queued). */
  | { result: 'failed'; reason: string; waitsAt?: string }
  /** Refused by the hub (or unreadable in the outbox, status 0); kept aside at `keptAt`. */
  | { result: 'rejected'; status: number; code: string; message: string; field?: string; keptAt?: string }
  /** Not sent on purpose (a run still running). */
  | { result: 'skipped'; reason: string }
);

export interface UploadOptions {
  /** The output folder whose outbox the runs settle in. */
  out: string;
  target: HubTarget;
  /** The hub project to send to; default each run's own `project`, else the project of the token. */
  project?: string;
  /** Milliseconds one request may take. */
  timeoutMs: number;
  /** Stops sending (a run's time for uploading is over); what is not sent waits in the outbox. */
  signal?: AbortSignal;
}

/**
 * Where the run is while it is sent: `queued` (it is in the outbox already), `queue-first` (it is written to the outbox
 * before it is sent, so a tracker killed meanwhile loses nothing) or `queue-on-failure`.
 */
export type QueueMode = 'queued' | 'queue-first' | 'queue-on-failure';

function outboxProblem(err: unknown): string {
  if (err instanceof OutboxError) return err.message;
  throw err;
}

/** Sends one run and settles it in the outbox. Never throws for the network, the hub or the disk. */
export async function deliver(run: UploadRun, options: UploadOptions, mode: QueueMode): Promise<Delivery> {
  const { out, target } = options;
  const id = run.id;
  let waitsAt: string | undefined = mode === 'queued' ? queuedPath(out, id) : undefined;
  let problem: string | undefined;
  if (mode === 'queue-first') {
    try {
      waitsAt = queueRun(out, run);
    } catch (err) {
      problem = outboxProblem(err);
    }
  }
  const project = options.project ?? run.project ?? undefined;
  const outcome = await postRuns(target, { ...(project ? { project } : {}), runs: [run] }, { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) });
  const withProblem = <D extends Delivery>(d: D): D => (problem ? { ...d, problem } : d);
  if (outcome.kind === 'sent' && (outcome.accepted.includes(id) || outcome.duplicates.includes(id))) {
    try {
      settleSent(out, id);
    } catch (err) {
      problem = outboxProblem(err);
    }
    return withProblem({ id, result: outcome.accepted.includes(id) ? 'sent' : 'duplicate', project: outcome.project });
  }
  if (outcome.kind === 'rejected') {
    const { status, code, message, field } = outcome;
    let keptAt: string | undefined;
    try {
      keptAt = rejectRun(out, id, run, { at: new Date().toISOString(), hub: displayUrl(target.url), status, code, message, ...(field ? { field } : {}) });
    } catch (err) {
      problem = outboxProblem(err);
    }
    return withProblem({ id, result: 'rejected', status, code, message, ...(field ? { field } : {}), ...(keptAt ? { keptAt } : {}) });
  }
  const reason = outcome.kind === 'failed' ? outcome.reason : `the hub's answer does not name run ${id}`;
  if (mode === 'queue-on-failure') {
    try {
      waitsAt = queueRun(out, run);
    } catch (err) {
      problem = outboxProblem(err);
    }
  }
  return withProblem({ id, result: 'failed', reason, ...(waitsAt ? { waitsAt } : {}) });
}

/** What sending the outbox did, and why it stopped early (the hub could not be reached), if it did. */
export interface OutboxReport {
  deliveries: Delivery[];
  stopped?: string;
}

/**
 * Sends the runs waiting in the outbox, oldest first. After the first failure to reach the hub the others are not tried
 * (they are reported as waiting, with that reason); a file of the outbox that is not a run is kept aside.
 */
export async function sendOutbox(options: UploadOptions): Promise<OutboxReport> {
  const done: Delivery[] = [];
  let queued: { id: string; path: string }[];
  try {
    queued = listQueued(options.out);
  } catch (err) {
    return { deliveries: [{ id: '(outbox)', result: 'failed', reason: outboxProblem(err) }] };
  }
  let stopped: string | undefined;
  for (const { id, path } of queued) {
    if (stopped) {
      done.push({ id, result: 'failed', reason: `not tried: ${stopped}`, waitsAt: path });
      continue;
    }
    const file = readQueued(path);
    if (!file.run && !file.problem) continue; // another process took it meanwhile
    const problem = file.problem ?? (file.run && file.run.id !== id ? `holds run "${file.run.id.slice(0, 60)}", not ${id}` : undefined);
    if (problem || !file.run) {
      const rejected = { status: 0, code: 'unreadable', message: `${path} ${problem}` };
      const content = file.run ?? file.text;
      if (content === undefined) {
        done.push({ id, result: 'failed', reason: rejected.message, waitsAt: path });
        continue;
      }
      try {
        const keptAt = rejectRun(options.out, id, content, { at: new Date().toISOString(), hub: displayUrl(options.target.url), ...rejected });
        done.push({ id, result: 'rejected', ...rejected, keptAt });
      } catch (err) {
        done.push({ id, result: 'rejected', ...rejected, problem: outboxProblem(err) });
      }
      continue;
    }
    const d = await deliver(file.run, options, 'queued');
    done.push(d);
    if (d.result === 'failed') stopped = d.reason;
  }
  return { deliveries: done, ...(stopped ? { stopped } : {}) };
}
