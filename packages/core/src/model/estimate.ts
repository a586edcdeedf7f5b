/** The emissions estimate of a job: device energy × PUE × grid intensity, plus embodied share, offsets, range and provenance. */
import { InvalidInputError, isCoreError } from '../errors.ts';
import { builtinTables, type Tables } from '../tables.ts';
import { findAlternatives } from './alternatives.ts';
import { embodiedFor } from './embodied.ts';
import { equivalentsFor } from './equivalents.ts';
import { findHardware } from './hardware-lookup.ts';
import { checkInput } from './input-ranges.ts';
import { resolveLocation } from './location.ts';
import { priceEnergy } from './pricing.ts';
import { pueFor } from './pue.ts';
import type { HardwareRow } from '../data/schema.ts';
import type { DeviceGroupInput, DeviceResult, Estimate, EstimateInput, Method } from './types.ts';
import { combine, spreads, type Spread } from './uncertainty.ts';

/** The spread and label of a device group's energy: from how it was given, and what the row's power figure is. */
function energyBasis(g: DeviceGroupInput, row: HardwareRow): { spread: Spread; method: Method; what: string; note?: string } {
  if (g.measuredKwh !== undefined) return { spread: spreads.measured, method: 'measured', what: 'energy measured and given by the user' };
  if (g.powerW !== undefined) return { spread: spreads.powerOverride, method: 'given', what: 'power given by the user' };
  const basis = row.powerBasis ?? 'datasheet';
  const load = g.load !== undefined ? spreads.userLoad : basis === 'measured-average' ? spreads.measuredAverage : spreads.tdpDefaultLoad;
  const parts: Spread[] = basis === 'estimate' ? [load, spreads.estimatedPower] : [load];
  const c = combine(...parts);
  const spread = { low: c.low, high: c.high, why: parts.map((p) => p.why).join('; ') };
  const power = basis === 'measured-average' ? `measured average ${row.tdpW} W` : basis === 'estimate' ? `estimated power ${row.tdpW} W` : `TDP ${row.tdpW} W`;
  const what = g.load !== undefined ? `${power} × load ${g.load}` : power;
  const method: Method = basis === 'datasheet' ? 'datasheet' : basis === 'measured-average' ? 'measured' : 'estimated';
  return { spread, method, what, ...(row.note && basis !== 'datasheet' ? { note: row.note } : {}) };
}

function deviceResult(g: DeviceGroupInput, index: number, hours: number, tables: Tables): Omit<DeviceResult, 'embodiedKg' | 'embodiedProvenance'> {
  let row;
  try {
    row = findHardware(g.hardware, tables);
  } catch (err) {
    if (isCoreError(err)) err.index = index;
    throw err;
  }
  const count = checkInput('count', g.count ?? 1, index);
  const load = g.load === undefined ? 1 : checkInput('load', g.load, index);
  if (g.powerW !== undefined) checkInput('power', g.powerW, index);
  const energyKwh = g.measuredKwh !== undefined ? checkInput('energy', g.measuredKwh, index) : (count * (g.powerW ?? row.tdpW * load) * hours) / 1000;
  const { spread, method, what, note } = energyBasis(g, row);
  return {
    name: row.name, id: row.id, type: row.type, count, tdpW: row.tdpW,
    powerW: g.powerW ?? row.tdpW * load, load,
    energyKwh, energyLowKwh: energyKwh * spread.low, energyHighKwh: energyKwh * spread.high, spread,
    source: row.source, year: row.year,
    provenance: { method, row: `hardware: ${row.name} (${what})`, source: row.source, year: row.year, ...(note ? { note } : {}) },
    row,
  };
}

/** Life-cycle figures are published studies; a class row that is our own extrapolation says so in its source. */
function embodiedMethod(source: string): Method {
  return /carbontrail estimate/i.test(source) ? 'estimated' : 'published';
}

/** Estimates the energy and emissions of a job; throws CoreError subclasses (with the field at fault) for bad input. */
export function estimate(input: EstimateInput, tables: Tables = builtinTables): Estimate {
  if (input.devices.length === 0) throw new InvalidInputError('hardware', 'no hardware given: name at least one device');
  const hours = input.devices.every((d) => d.measuredKwh !== undefined) && input.hours === 0 ? 0 : checkInput('hours', input.hours);
  const withEmbodied = input.embodied !== false;
  const location = resolveLocation(input, tables);
  const pue = pueFor(location, input.pue, tables);
  const groups = input.devices.map((g, i) => deviceResult(g, i, hours, tables));
  const priced = priceEnergy(groups.map((d) => ({ kwh: d.energyKwh, spread: d.spread })), location, pue);
  const { intensity } = priced;
  const emb = withEmbodied ? embodiedFor(groups.map((d) => ({ row: d.row, count: d.count })), hours, tables) : undefined;
  const devices: DeviceResult[] = groups.map((d, i) => {
    const e = emb?.groups[i];
    return {
      ...d,
      embodiedKg: e?.kg ?? 0,
      embodiedProvenance: !e
        ? { method: 'default' as const, row: 'embodied emissions left out', source: 'user option' }
        : e.classId
          ? { method: embodiedMethod(e.source), row: `embodied: ${e.classId}${e.hostKg > 0 ? ' with its host-server share' : ''}`, source: e.source, ...(e.year ? { year: e.year } : {}) }
          : { method: 'default' as const, row: e.kg === 0 && e.source.startsWith('counted in') ? e.source : 'no embodied row for this device: 0', source: e.source },
    };
  });

  const notes: string[] = [];
  if (emb) {
    notes.push(...emb.notes);
  } else {
    notes.push('embodied emissions left out (--no-embodied)');
  }
  const offset = location.offset;
  const providerOffsetKg = (priced.emissionsKg * offset.percent) / 100;
  const userPct = input.offsetPercent === undefined ? 0 : checkInput('offset', input.offsetPercent);
  const userOffsetKg = (priced.emissionsKg * userPct) / 100;
  if (providerOffsetKg + userOffsetKg > 0) {
    notes.push('offsets are reported beside the location-based emissions and never subtracted from them');
  }
  if (intensity.note) notes.push(intensity.note);
  if (pue.provenance.method === 'default') {
    notes.push(`no PUE known for this location: used the default ${pue.value} (${pue.source})`);
  }
  if (intensity.rule === 'world') notes.push('no location given: priced at the world-average grid intensity');
  if (intensity.providerFigure) {
    const f = intensity.providerFigure;
    notes.push(`${f.providerName} publishes ${f.gPerKwh} gCO2eq/kWh for this region (${f.year}, ${f.basis === 'direct' ? 'direct/operational' : 'life-cycle'} basis): the provider's own figure, shown beside the location-based one, not priced with`);
  }
  input.devices.forEach((g, i) => {
    const d = devices[i]!;
    if (d.provenance.method === 'datasheet' && g.load === undefined) {
      notes.push(`${d.name}: power taken as its TDP (${d.tdpW} W), an upper-end figure; the average draw is often lower, as the low bound allows`);
    }
    if (d.provenance.note) notes.push(`${d.name}: ${d.provenance.method === 'estimated' ? 'estimated power' : 'measured average power'}: ${d.provenance.note}`);
  });

  const embodiedKg = emb?.kg ?? 0;
  const embodiedLowKg = emb?.lowKg ?? 0;
  const embodiedHighKg = emb?.highKg ?? 0;
  return {
    input, location, devices, hours,
    energyKwh: priced.energyKwh, energyLowKwh: priced.energyLowKwh, energyHighKwh: priced.energyHighKwh,
    pue, facilityEnergyKwh: priced.facilityKwh, intensity,
    emissionsKg: priced.emissionsKg, emissionsLowKg: priced.emissionsLowKg, emissionsHighKg: priced.emissionsHighKg,
    embodiedKg, embodiedLowKg, embodiedHighKg,
    totalKg: priced.emissionsKg + embodiedKg,
    totalLowKg: priced.emissionsLowKg + embodiedLowKg,
    totalHighKg: priced.emissionsHighKg + embodiedHighKg,
    providerOffsetKg, providerOffsetPercent: offset.percent, ...(offset.source ? { providerOffsetSource: offset.source } : {}),
    userOffsetKg,
    offsetKg: Math.min(priced.emissionsKg, providerOffsetKg + userOffsetKg),
    alternatives: findAlternatives(location, priced.energyKwh, priced.emissionsKg, pue.value, tables),
    equivalents: equivalentsFor(priced.emissionsKg, tables),
    notes: [...new Set(notes)],
  };
}
