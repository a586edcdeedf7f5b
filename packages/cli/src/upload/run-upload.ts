/**
 * Uploading around one `carbontrail run`: the outbox is sent while the command runs, and the new run is written to the
 * outbox and sent when the command ends. Everything left after RUN_UPLOAD_BUDGET_MS past the command's end is stopped
 * and waits in the outbox, so uploading never delays the command's exit by more than that.
 */
import type { RunRecord } from '@carbontrail/core/schemas';
import type { HubTarget } from './client.ts';
import { uploadRunOf } from './upload-run.ts';
import { deliver, sendOutbox, type Delivery } from './uploader.ts';

/** Milliseconds that uploading may add to a run after its command has ended. */
export const RUN_UPLOAD_BUDGET_MS = 5_000;

/** What was uploaded around a run: its own run, and the runs sent from the outbox. */
export interface RunUploadReport {
  own?: Delivery;
  earlier: Delivery[];
}

export interface RunUpload {
  /**
   * Sends the finished run (with the samples of its journal) and waits for the outbox to be sent, for at most
   * `budgetMs`; without a record (the command never started) it stops the outbox at once.
   */
  finish(record: RunRecord | undefined, journalPath?: string): Promise<RunUploadReport>;
  /** Stops every upload now (Ctrl-C while uploading): what is not sent waits in the outbox. */
  cancel(): void;
}

/** Starts sending the outbox of `out` in the background; call it once the command is started. */
export function startRunUpload(options: { out: string; target: HubTarget; budgetMs?: number }): RunUpload {
  const budgetMs = options.budgetMs ?? RUN_UPLOAD_BUDGET_MS;
  const stop = new AbortController();
  const base = { out: options.out, target: options.target, signal: stop.signal };
  // the run must go on whatever happens here: an unexpected error becomes a failed delivery, never an unhandled rejection
  const earlier = sendOutbox({ ...base, timeoutMs: budgetMs }).then(
    (r) => r.deliveries,
    (err: unknown): Delivery[] => [{ id: '(outbox)', result: 'failed', reason: `internal error: ${err instanceof Error ? err.message : String(err)}` }],
  );
  return {
    async finish(record, journalPath) {
      if (!record) {
        stop.abort();
        return { earlier: await earlier };
      }
      const deadline = setTimeout(() => stop.abort(), budgetMs);
      try {
        const run = journalPath ? uploadRunOf(record, journalPath) : record;
        const [own, before] = await Promise.all([deliver(run, { ...base, timeoutMs: budgetMs }, 'queue-first'), earlier]);
        return { own, earlier: before };
      } finally {
        clearTimeout(deadline);
      }
    },
    cancel: () => stop.abort(),
  };
}
