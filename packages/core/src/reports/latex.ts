/** The paragraph for a paper's compute or environmental-impact section, in LaTeX. */
import { sig } from './format.ts';
import type { ReportInput } from './report-input.ts';

function tex(s: string): string {
  return s.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function hardwareList(r: ReportInput): string {
  return r.devices
    .map((d) => `${d.count} $\\times$ ${tex(d.name)}${d.tdpW !== undefined ? ` (TDP ${sig(d.tdpW)}\\,W)` : ''}`)
    .join(', ');
}

/** LaTeX text stating where and on what the work ran, the grid intensity, the emissions and the provider's offset share. */
export function toLatex(r: ReportInput): string {
  const where = r.providerName
    ? `on ${tex(r.providerName)} in the region ${tex(r.region ?? '')}`
    : r.intensityRule === 'world'
      ? 'at a location we price at the world-average grid intensity'
      : r.intensityRule === 'explicit'
        ? 'on a grid whose intensity we set explicitly'
        : `in ${tex(r.location)}`;
  const how =
    r.method === 'measured'
      ? `Energy was measured during the run with carbontrail \\citep{carbontrail}`
      : `The figure was estimated with carbontrail \\citep{carbontrail}, which follows the method of the Machine Learning Emissions Calculator \\citep{lacoste2019quantifying}`;
  const offset =
    r.providerOffsetPercent > 0
      ? ` The provider states that ${sig(r.providerOffsetPercent)}\\,\\% of this is matched by its renewable-energy purchases or offsets (${sig(r.providerOffsetKg)}\\,kg); we report this beside, not subtracted from, the figure above.`
      : r.providerName
        ? ' The provider states no offset for this region.'
        : '';
  return [
    `The experiments ran ${where}${r.intensityRule === 'world' || r.intensityRule === 'explicit' ? ', taken as' : ', whose electricity grid emits about'} ${sig(r.intensityGPerKwh)}\\,gCO$_2$eq/kWh` +
      `${r.intensityYear ? ` (${r.intensityYear} data` : ' ('}${r.intensityYear ? '; ' : ''}source: ${tex(r.intensitySource)}).`,
    `They used ${sig(r.hours, 4)} hours of computation on ${hardwareList(r)}, ${sig(r.energyKwh)}\\,kWh at the devices and ${sig(r.facilityEnergyKwh)}\\,kWh with a PUE of ${sig(r.pue)}.`,
    `Total emissions are ${r.method === 'measured' ? 'measured at' : 'estimated at'} ${sig(r.emissionsKg)}\\,kgCO$_2$eq (range ${sig(r.emissionsLowKg)}--${sig(r.emissionsHighKg)}\\,kg)` +
      `${r.embodiedKg > 0 ? `, plus ${sig(r.embodiedKg)}\\,kg of the hardware's manufacturing emissions` : ''}.${offset}`,
    `${how}.`,
  ].join('\n');
}
