/** `carbontrail where`: the cloud regions ranked by the emissions a job would have there, per provider. */
import { builtinTables, estimate, findProvider, formatMass, rankRegions, sig } from '@carbontrail/core';
import type { Command } from '../command.ts';
import { jobInput, jobOptions, jobUsage } from './job-flags.ts';
import { choiceFlag, numberFlag, parseFlags } from './parse-flags.ts';

export const whereCommand: Command = {
  name: 'where',
  summary: 'Rank cloud regions by the emissions a job would have there',
  usage: `Usage: carbontrail where --hardware NAME[:COUNT] (--hours H | --duration D) [--provider P] [--limit N] [--format text|json]

Ranks every cloud region of the data tables by the emissions the same job would cause there
(device energy × the region's PUE × its grid intensity), lowest first, grouped by provider.

${jobUsage}
Output:
  --limit N          regions shown per provider in text (default 5; JSON lists all)
  --format F         text | json (default text)
`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { ...jobOptions, format: { type: 'string', short: 'f' }, limit: { type: 'string' } });
    const format = choiceFlag('format', values.format, ['text', 'json'] as const, 'text');
    const limit = numberFlag('limit', values.limit, { min: 1, integer: true }) ?? 5;
    const input = jobInput(values);
    const only = input.provider !== undefined ? findProvider(input.provider).id : undefined;
    // device energy comes from the model, so names, loads and counts resolve exactly as in `estimate`
    const base = estimate({ ...input, provider: undefined, region: undefined, intensityGPerKwh: 0, pue: 1, embodied: false });
    const ranked = rankRegions(base.energyKwh, builtinTables, only);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ energyKwh: base.energyKwh, regions: ranked }, null, 2)}\n`);
      return 0;
    }
    const L: string[] = [`Device energy: ${sig(base.energyKwh, 4)} kWh. Emissions by region (region PUE × grid intensity), lowest first:`];
    const byProvider = new Map<string, typeof ranked>();
    for (const r of ranked) byProvider.set(r.provider ?? '?', [...(byProvider.get(r.provider ?? '?') ?? []), r]);
    const order = [...byProvider.entries()].sort((a, b) => a[1][0]!.emissionsKg - b[1][0]!.emissionsKg);
    for (const [provider, rows] of order) {
      L.push('', `${provider} (${rows.length} regions)`);
      for (const r of rows.slice(0, limit)) {
        L.push(`  ${(r.region ?? '').padEnd(26)} ${(r.country ?? '').padEnd(3)} ${formatMass(r.emissionsKg).padStart(10)}  ${sig(r.intensityGPerKwh).padStart(5)} g/kWh  PUE ${sig(r.pue)}`);
      }
      if (rows.length > limit) {
        const worst = rows[rows.length - 1]!;
        L.push(`  … ${rows.length - limit} more, up to ${formatMass(worst.emissionsKg)} in ${worst.region}`);
      }
    }
    io.stdout.write(`${L.join('\n')}\n`);
    return 0;
  },
};
