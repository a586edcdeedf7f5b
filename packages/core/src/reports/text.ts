/** The readable terminal summary of an estimate: formula with numbers, result with range, sources, alternatives, equivalents. */
import type { Estimate } from '../model/types.ts';
import { formatEnergy, formatMass, formatMassRange, provenanceLabel, sig } from './format.ts';

const KIND_LABEL = { 'same-provider': 'same provider', 'any-provider': 'any provider', 'same-country': 'same country' } as const;

/** A multi-line plain-text summary of an estimate. */
export function toText(e: Estimate): string {
  const L: string[] = [];
  L.push(`Emissions: ${formatMass(e.emissionsKg)} CO2eq  (range ${formatMassRange(e.emissionsLowKg, e.emissionsHighKg, e.emissionsKg)}), location-based`);
  if (e.embodiedKg > 0) {
    L.push(`Embodied:  ${formatMass(e.embodiedKg)} CO2eq  (manufacturing share of the hardware for ${sig(e.hours, 4)} h)`);
    L.push(`Total:     ${formatMass(e.totalKg)} CO2eq  (range ${formatMassRange(e.totalLowKg, e.totalHighKg, e.totalKg)})`);
  }
  L.push('');
  L.push('Formula:');
  for (const d of e.devices) {
    if (d.provenance.method === 'measured') L.push(`  ${d.count} × ${d.name}: measured ${formatEnergy(d.energyKwh)}`);
    else {
      L.push(
        `  ${d.count} × ${d.name}: ${d.count} × ${sig(d.tdpW)} W × ${sig(e.hours, 4)} h × load ${sig(d.load)} / 1000 = ${sig(d.energyKwh, 4)} kWh`,
      );
    }
  }
  L.push(`  facility energy = ${sig(e.energyKwh, 4)} kWh × PUE ${sig(e.pue.value)} = ${sig(e.facilityEnergyKwh, 4)} kWh`);
  L.push(
    `  emissions = ${sig(e.facilityEnergyKwh, 4)} kWh × ${sig(e.intensity.gPerKwh)} gCO2eq/kWh / 1000 = ${sig(e.emissionsKg, 4)} kg`,
  );
  L.push('');
  L.push('Where each input came from:');
  for (const d of e.devices) {
    const p = d.provenance;
    const what = p.method === 'measured' && d.row.powerBasis !== 'measured-average' ? `measured ${formatEnergy(d.energyKwh)}` : p.method === 'given' ? `power ${sig(d.powerW)} W` : p.method === 'measured' ? `measured average ${sig(d.tdpW)} W` : p.method === 'estimated' ? `estimated power ${sig(d.tdpW)} W` : `TDP ${sig(d.tdpW)} W`;
    L.push(`  hardware   ${d.name}: ${what} [${provenanceLabel(p.method)}] ${d.source} (${d.year})`);
    if (p.note) L.push(`             ${p.note}`);
  }
  const i = e.intensity;
  L.push(`  intensity  ${sig(i.gPerKwh)} gCO2eq/kWh${i.basis ? ` (${i.basis})` : ''} [${provenanceLabel(i.provenance.method)}] ${i.provenance.row}; ${i.source}`);
  if (i.note) L.push(`             ${i.note}`);
  if (i.providerFigure) {
    const f = i.providerFigure;
    L.push(`             beside it, ${f.providerName}'s own figure for the region: ${sig(f.gPerKwh)} gCO2eq/kWh (${f.year}, ${f.basis === 'direct' ? 'direct/operational' : 'life-cycle'} basis; not priced with)`);
  }
  for (const d of e.devices) {
    if (d.embodiedKg > 0) L.push(`  embodied   ${d.name}: ${formatMass(d.embodiedKg)} [${provenanceLabel(d.embodiedProvenance.method)}] ${d.embodiedProvenance.row}; ${d.embodiedProvenance.source}${d.embodiedProvenance.year ? ` (${d.embodiedProvenance.year})` : ''}`);
  }
  L.push(`  PUE        ${sig(e.pue.value)} [${provenanceLabel(e.pue.provenance.method)}] ${e.pue.provenance.row}; ${e.pue.source}${e.pue.year ? ` (${e.pue.year})` : ''}`);
  if (e.providerOffsetPercent > 0 || e.userOffsetKg > 0) {
    L.push('');
    L.push('Offsets (reported beside, not subtracted):');
    if (e.providerOffsetPercent > 0) L.push(`  provider: ${sig(e.providerOffsetPercent)} % = ${formatMass(e.providerOffsetKg)}`);
    if (e.userOffsetKg > 0) L.push(`  yours:    ${formatMass(e.userOffsetKg)}`);
  }
  if (e.alternatives.length) {
    L.push('');
    L.push('Greener alternatives:');
    for (const a of e.alternatives) {
      const where = a.region ? `${a.provider}/${a.region}` : `zone ${a.zone}`;
      L.push(
        `  ${KIND_LABEL[a.kind].padEnd(14)} ${where.padEnd(28)} ${formatMass(a.emissionsKg).padStart(9)}  (${sig(a.intensityGPerKwh)} g/kWh, PUE ${sig(a.pue)}; saves ${formatMass(a.savedKg)})`,
      );
    }
  }
  if (e.equivalents.length) {
    L.push('');
    L.push('Equivalent to:');
    for (const q of e.equivalents) L.push(`  ${sig(q.value)} ${q.label}  (${q.source})`);
  }
  if (e.notes.length) {
    L.push('');
    L.push('Notes:');
    for (const n of e.notes) L.push(`  - ${n}`);
  }
  return `${L.join('\n')}\n`;
}
