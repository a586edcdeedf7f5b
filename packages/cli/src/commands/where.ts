/** `carbontrail where`: the cloud regions ranked by the emissions a job would have there, beside the job's own place. */
import { estimate, findProvider, formatMass, rankRegions, sig } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { jobFlags, jobInput, jobSections } from './job-flags.ts';

export const whereCommand = defineCommand({
  name: 'where',
  synopsis: '--hardware NAME[:COUNT] (--hours H | --duration D) [place] [--limit N] [--format text|json]',
  description: `Ranks every cloud region of the data tables by the emissions the same job would cause there
(device energy × the region's PUE × its grid intensity, for --year or the latest data), lowest first, grouped by
provider. A place (--region, --country, --zone or --intensity, with --pue) is the job's own site: it is priced first,
and each region shows what moving there would save. --provider alone keeps that provider's regions only.`,
  flags: {
    ...jobFlags,
    limit: { type: 'number', range: { min: 1, max: 1000, integer: true, what: 'regions per provider' }, value: 'N', help: 'regions shown per provider in text (default 5; JSON lists all)' },
    format: { type: 'choice', short: 'f', choices: ['text', 'json'] as const, default: 'text', help: 'output format' },
  },
  sections: [...jobSections, { title: 'Output', flags: ['limit', 'format'] }],
  async run({ flags }, io) {
    const input = jobInput(flags);
    const hasPlace = input.region !== undefined || input.country !== undefined || input.zone !== undefined || input.intensityGPerKwh !== undefined;
    const only = input.provider !== undefined && input.region === undefined ? findProvider(input.provider).id : undefined;
    // device energy comes from the model, so names, loads and counts resolve exactly as in `estimate`
    const base = estimate({ devices: input.devices, hours: input.hours, intensityGPerKwh: 0, pue: 1, embodied: false });
    const here = hasPlace ? estimate({ ...input, embodied: false }) : undefined;
    const ranked = rankRegions(base.energyKwh, undefined, only, input.year).map((r) => ({
      ...r,
      ...(here ? { savedKg: here.emissionsKg - r.emissionsKg } : {}),
    }));
    const baseline = here && {
      place: here.location.label,
      emissionsKg: here.emissionsKg,
      emissionsLowKg: here.emissionsLowKg,
      emissionsHighKg: here.emissionsHighKg,
      intensityGPerKwh: here.intensity.gPerKwh,
      intensityYear: here.intensity.year ?? null,
      pue: here.pue.value,
    };
    if (flags.format === 'json') {
      io.stdout.write(`${JSON.stringify({ energyKwh: base.energyKwh, ...(baseline ? { baseline } : {}), regions: ranked }, null, 2)}\n`);
      return 0;
    }
    const limit = flags.limit ?? 5;
    const L: string[] = [`Device energy: ${sig(base.energyKwh, 4)} kWh. Emissions by region (region PUE × grid intensity), lowest first:`];
    if (baseline) {
      L.push(`Your place: ${baseline.place}: ${formatMass(baseline.emissionsKg)} (${sig(baseline.intensityGPerKwh)} g/kWh${baseline.intensityYear ? `, ${baseline.intensityYear}` : ''}, PUE ${sig(baseline.pue)})`);
    }
    const byProvider = new Map<string, typeof ranked>();
    for (const r of ranked) byProvider.set(r.provider ?? '?', [...(byProvider.get(r.provider ?? '?') ?? []), r]);
    const order = [...byProvider.entries()].sort((a, b) => a[1][0]!.emissionsKg - b[1][0]!.emissionsKg);
    const saving = (r: (typeof ranked)[number]) =>
      r.savedKg === undefined ? '' : r.savedKg > 0 ? `  saves ${formatMass(r.savedKg)}` : `  ${formatMass(-r.savedKg)} more`;
    for (const [provider, rows] of order) {
      L.push('', `${provider} (${rows.length} region${rows.length === 1 ? '' : 's'})`);
      for (const r of rows.slice(0, limit)) {
        L.push(`  ${(r.region ?? '').padEnd(26)} ${(r.country ?? '').padEnd(3)} ${formatMass(r.emissionsKg).padStart(10)}  ${sig(r.intensityGPerKwh).padStart(5)} g/kWh  PUE ${sig(r.pue)}${saving(r)}`);
      }
      if (rows.length > limit) {
        const worst = rows[rows.length - 1]!;
        L.push(`  … ${rows.length - limit} more, up to ${formatMass(worst.emissionsKg)} in ${worst.region}`);
      }
    }
    io.stdout.write(`${L.join('\n')}\n`);
    return 0;
  },
});
