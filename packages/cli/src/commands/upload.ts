/** `carbontrail upload [RUN…] [--all]`: sends the outbox, named runs, or every run of an output folder to the hub. */
import { resolve } from 'node:path';
import { defineCommand } from '../command.ts';
import { UploadIncompleteError, UsageError } from '../errors.ts';
import type { RunProblem } from '../tracker/runs-store.ts';
import { matchRunIds, runIds } from '../tracker/runs-store.ts';
import { displayUrl } from '../upload/client.ts';
import { formatDeliveries, summarizeDeliveries } from '../upload/format-delivery.ts';
import { listRejected, outboxPaths } from '../upload/outbox.ts';
import { sendRecorded } from '../upload/send-recorded.ts';
import { sendOutbox, type Delivery } from '../upload/uploader.ts';
import { hubFlags, hubTargetFrom } from './hub-flags.ts';
import { outFlag } from './out-flag.ts';

/** Seconds one request may take, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT_S = 30;

/** The ids named on the command line: each a run id or a unique prefix of one. */
function namedIds(dir: string, names: readonly string[]): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const found = matchRunIds(dir, name);
    if (found.length === 0) throw new UsageError(`no run "${name}" in ${dir}; \`carbontrail runs\` lists them`);
    if (found.length > 1) throw new UsageError(`run prefix "${name}" matches ${found.length} runs (${found.slice(0, 5).join(', ')}); give more characters`);
    if (!ids.includes(found[0]!)) ids.push(found[0]!);
  }
  return ids;
}

export const uploadCommand = defineCommand({
  name: 'upload',
  synopsis: '[RUN ...] [--all] [--hub URL] [--token TOKEN] [--out DIR] [--project NAME]',
  description: `Sends runs to the hub: the runs waiting in OUT/outbox/ (the hub could not be reached when they ended), or
the runs named (id or unique prefix, see \`carbontrail runs\`), or with --all every run of the folder; the hub keeps
each run once, so a run sent twice is a duplicate, not a second run. A run that cannot be sent now waits in the
outbox; a run the hub refuses (4xx) is kept aside in OUT/outbox/rejected/ with the reason and is not retried unless
named here. Prints what was sent, the duplicates, and what was not.`,
  flags: {
    all: { type: 'boolean', help: 'every run of the folder (finished or interrupted), and the outbox' },
    ...hubFlags,
    ...outFlag,
    project: { type: 'string', value: 'NAME', help: "the hub project to send to (default: each run's own project, else the token's)" },
    timeout: { type: 'number', range: { min: 1, max: 600, what: 'seconds one request may take' }, value: 'SECONDS', help: `seconds one request may take (default ${DEFAULT_TIMEOUT_S})` },
  },
  positionals: true,
  footer: `Exit status: 0 when every run went (sent or already there), 1 when some could not be sent (they wait in the
outbox, or were refused and kept aside), 2 for bad usage (no hub, no token, an unknown run).`,
  examples: [
    'carbontrail upload --hub http://127.0.0.1:8787 --token ct_…',
    'CARBONTRAIL_HUB_URL=https://hub.example.org CARBONTRAIL_TOKEN=ct_… carbontrail upload --all',
    'carbontrail upload 3f2a9c --project llm',
  ],
  async run({ flags, positionals }, io) {
    if (flags.all && positionals.length) throw new UsageError('give run ids or --all, not both');
    const target = hubTargetFrom(flags, io.env, { required: true })!;
    const out = resolve(io.cwd, flags.out ?? '.carbontrail');
    const options = { out, target, ...(flags.project ? { project: flags.project } : {}), timeoutMs: (flags.timeout ?? DEFAULT_TIMEOUT_S) * 1000 };
    const problems: RunProblem[] = [];
    let deliveries: Delivery[];
    if (positionals.length) {
      deliveries = await sendRecorded(namedIds(out, positionals), options, problems);
    } else {
      const outbox = await sendOutbox(options);
      deliveries = outbox.deliveries;
      if (flags.all) {
        const seen = new Set(deliveries.map((d) => d.id));
        const rest = runIds(out).filter((id) => !seen.has(id)).sort();
        // after a failure to reach the hub, the others are not tried: they are queued with the same reason
        deliveries.push(...(await sendRecorded(rest, options, problems, outbox.stopped)));
      }
    }
    for (const p of problems) io.stderr.write(`carbontrail upload: ${p.problem}\n`);
    if (deliveries.length === 0) {
      io.stdout.write(`nothing to send: ${flags.all ? `no runs in ${out}` : `the outbox ${outboxPaths(out).dir} is empty`}\n`);
      const aside = positionals.length ? [] : listRejected(out);
      if (aside.length) {
        io.stdout.write(`${aside.length} run(s) the hub refused are kept aside in ${outboxPaths(out).rejectedDir}; \`carbontrail upload ID\` sends one again\n`);
      }
      return 0;
    }
    io.stdout.write(formatDeliveries(deliveries));
    io.stdout.write(`${summarizeDeliveries(deliveries)} (hub ${displayUrl(target.url)})\n`);
    const waiting = deliveries.filter((d) => d.result === 'failed').length;
    const refused = deliveries.filter((d) => d.result === 'rejected').length;
    if (waiting + refused > 0) {
      const parts = [waiting ? `${waiting} wait in ${outboxPaths(out).dir}` : '', refused ? `${refused} refused, kept aside in ${outboxPaths(out).rejectedDir}` : ''].filter(Boolean);
      throw new UploadIncompleteError(`${waiting + refused} of ${deliveries.length} run(s) could not be sent: ${parts.join('; ')}`);
    }
    return 0;
  },
});
