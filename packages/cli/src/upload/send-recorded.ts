/**
 * Sending runs of an output folder by id, read back with the tracker's runs-store (record, else rebuilt from the
 * journal) with the samples of their journal. A run still running is skipped; after the first failure to reach the hub
 * the others are not tried and wait in the outbox, like the one that failed.
 */
import { runPaths } from '../tracker/run-files.ts';
import { loadRun, type RunProblem } from '../tracker/runs-store.ts';
import { queueRun } from './outbox.ts';
import { uploadRunOf } from './upload-run.ts';
import { deliver, type Delivery, type UploadOptions } from './uploader.ts';
import { OutboxError } from '../errors.ts';

/**
 * Sends the runs `ids` of the folder `options.out`; files that cannot be read are reported in `problems`. With
 * `stoppedBecause` (the hub already failed), none is tried: each is queued with that reason.
 */
export async function sendRecorded(ids: readonly string[], options: UploadOptions, problems: RunProblem[], stoppedBecause?: string): Promise<Delivery[]> {
  const done: Delivery[] = [];
  let stopped = stoppedBecause;
  for (const id of ids) {
    const record = loadRun(options.out, id, problems);
    if (!record) {
      done.push({ id, result: 'failed', reason: `run ${id} has no readable record or journal in ${options.out}` });
      continue;
    }
    if (record.status === 'running') {
      done.push({ id, result: 'skipped', reason: 'still running (its tracker uploads it when it ends, if it has a hub)' });
      continue;
    }
    const run = uploadRunOf(record, runPaths(options.out, id).journalPath);
    if (stopped) {
      try {
        done.push({ id, result: 'failed', reason: `not tried: ${stopped}`, waitsAt: queueRun(options.out, run) });
      } catch (err) {
        if (!(err instanceof OutboxError)) throw err;
        done.push({ id, result: 'failed', reason: `not tried: ${stopped}`, problem: err.message });
      }
      continue;
    }
    const d = await deliver(run, options, 'queue-on-failure');
    done.push(d);
    if (d.result === 'failed') stopped = d.reason;
  }
  return done;
}
