/** A Markdown summary of a job's emissions, for a README or a model card's prose. */
import { formatEnergy, formatMass, formatMassRange, sig } from './format.ts';
import type { ReportInput } from './report-input.ts';

/** A short Markdown section: a table of the figures and the sentence stating the method. */
export function toMarkdown(r: ReportInput): string {
  const hw = r.devices.map((d) => `${d.count} × ${d.name}${d.tdpW !== undefined ? ` (${sig(d.tdpW)} W)` : ''}`).join(', ');
  const rows: [string, string][] = [
    ['Emissions (location-based)', `${formatMass(r.emissionsKg)} CO2eq (range ${formatMassRange(r.emissionsLowKg, r.emissionsHighKg, r.emissionsKg)})`],
    ['Energy', `${formatEnergy(r.energyKwh)} at the devices, ${formatEnergy(r.facilityEnergyKwh)} with PUE ${sig(r.pue)}`],
    ['Hardware', hw],
    ['Compute time', `${sig(r.hours, 4)} h`],
    ['Location', r.location],
    ['Grid carbon intensity', `${sig(r.intensityGPerKwh)} gCO2eq/kWh (${r.intensitySource}${r.intensityYear ? `, ${r.intensityYear}` : ''})`],
    ['PUE', `${sig(r.pue)} (${r.pueSource})`],
  ];
  if (r.embodiedKg > 0) rows.push(['Embodied (manufacturing share)', formatMass(r.embodiedKg)]);
  if (r.providerOffsetPercent > 0) {
    rows.push(['Provider offsets (reported, not subtracted)', `${sig(r.providerOffsetPercent)} % = ${formatMass(r.providerOffsetKg)}`]);
  }
  return [
    '## Environmental impact',
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`),
    '',
    `${r.method === 'measured' ? 'Measured' : 'Estimated'} with ${r.tool}, following Lacoste et al. (2019), "Quantifying the Carbon Emissions of Machine Learning".`,
    '',
  ].join('\n');
}
