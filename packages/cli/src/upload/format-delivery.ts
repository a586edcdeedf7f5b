/** Uploads in words: one line per run for `carbontrail upload`, and the lines `carbontrail run` adds to its summary. */
import type { RunUploadReport } from './run-upload.ts';
import type { Delivery } from './uploader.ts';

const LABELS: Record<Delivery['result'], string> = { sent: 'sent', duplicate: 'duplicate', failed: 'not sent', rejected: 'refused', skipped: 'skipped' };

/** What became of a run, after its id: "sent to project demo", "refused: 403 forbidden: …; kept aside in …". */
export function describeDelivery(d: Delivery): string {
  const extra = d.problem ? ` (${d.problem})` : '';
  switch (d.result) {
    case 'sent':
      return `sent to project ${d.project}${extra}`;
    case 'duplicate':
      return `already in the hub (project ${d.project})${extra}`;
    case 'failed':
      return `${d.reason}; ${d.waitsAt ? `waits in ${d.waitsAt}` : 'not queued'}${extra}`;
    case 'rejected': {
      const why = d.status === 0 ? d.message : `the hub answered ${d.status} ${d.code}: ${d.message}${d.field ? ` (field ${d.field})` : ''}`;
      return `${why}; ${d.keptAt ? `kept aside in ${d.keptAt}, not retried` : 'not kept'}${extra}`;
    }
    case 'skipped':
      return d.reason;
  }
}

/** The table of `carbontrail upload`: "sent       ID  sent to project demo". */
export function formatDeliveries(list: readonly Delivery[]): string {
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  return list.map((d) => `${LABELS[d.result].padEnd(width)}  ${d.id}  ${describeDelivery(d)}\n`).join('');
}

/** Counts by result: "2 sent, 1 duplicate, 1 not sent". */
export function summarizeDeliveries(list: readonly Delivery[]): string {
  const order: Delivery['result'][] = ['sent', 'duplicate', 'failed', 'rejected', 'skipped'];
  return order
    .map((r) => [r, list.filter((d) => d.result === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${LABELS[r]}`)
    .join(', ');
}

/** The lines `carbontrail run` prints about uploading (without a prefix). */
export function describeRunUpload(report: RunUploadReport, hub: string): string[] {
  const lines: string[] = [];
  const own = report.own;
  if (own) {
    if (own.result === 'sent') lines.push(`uploaded to ${hub} (project ${own.project})${own.problem ? ` (${own.problem})` : ''}`);
    else if (own.result === 'duplicate') lines.push(`uploaded: ${describeDelivery(own)}`);
    else if (own.result === 'failed') {
      lines.push(`not uploaded: ${own.reason}; ${own.waitsAt ? `the run waits in ${own.waitsAt} (the next run or \`carbontrail upload\` sends it)` : `${own.problem ?? 'it could not be queued'}; \`carbontrail upload ${own.id}\` sends it`}`);
    } else if (own.result === 'rejected') lines.push(`not uploaded: ${describeDelivery(own)} (\`carbontrail upload ${own.id}\` sends it again)`);
  }
  const sent = report.earlier.filter((d) => d.result === 'sent' || d.result === 'duplicate').length;
  if (sent) lines.push(`sent ${sent} earlier run(s) from the outbox`);
  for (const d of report.earlier) if (d.result === 'rejected') lines.push(`earlier run ${d.id} not uploaded: ${describeDelivery(d)}`);
  const waiting = report.earlier.filter((d) => d.result === 'failed');
  if (waiting.length) lines.push(`${waiting.length} earlier run(s) still wait in the outbox (${waiting[0]!.reason})`);
  return lines;
}
