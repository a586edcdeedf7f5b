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
import type { DeviceGroupInput, DeviceResult, Estimate, EstimateInput } from './types.ts';
import { spreads, type Spread } from './uncertainty.ts';

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
  let energyKwh: number;
  let spread: Spread;
  let method: 'measured' | 'estimated' | 'default';
  let what: string;
  if (g.measuredKwh !== undefined) {
    energyKwh = checkInput('energy', g.measuredKwh, index);
    spread = spreads.measured;
    method = 'measured';
    what = 'measured energy';
  } else {
    const powerW = g.powerW ?? row.tdpW * load;
    energyKwh = (count * powerW * hours) / 1000;
    spread = g.powerW !== undefined ? spreads.powerOverride : g.load !== undefined ? spreads.userLoad : spreads.tdpDefaultLoad;
    method = g.powerW !== undefined ? 'default' : 'estimated';
    what = g.powerW !== undefined ? 'power given by the user' : `TDP ${row.tdpW} W × load ${load}`;
  }
  return {
    name: row.name, id: row.id, type: row.type, count, tdpW: row.tdpW,
    powerW: g.powerW ?? row.tdpW * load, load,
    energyKwh, energyLowKwh: energyKwh * spread.low, energyHighKwh: energyKwh * spread.high, spread,
    source: row.source, year: row.year,
    provenance: { method, row: `hardware: ${row.name} (${what})`, source: row.source, year: row.year },
    row,
  };
}

/** Estimates the energy and emissions of a job; throws CoreError subclasses (with the field at fault) for bad input. */
export function estimate(input: EstimateInput, tables: Tables = builtinTables): Estimate {
  if (input.devices.length === 0) throw new InvalidInputError('hardware', 'no hardware given: name at least one device');
  const hours = input.devices.every((d) => d.measuredKwh !== undefined) && input.hours === 0 ? 0 : checkInput('hours', input.hours);
  const withEmbodied = input.embodied !== false;
  const location = resolveLocation(input, tables);
  const pue = pueFor(location, input.pue, tables);
  const groups = input.devices.map((g, i) => deviceResult(g, i, hours, tables));
  const priced = priceEnergy(groups.map((d) => ({ kwh: d.energyKwh, spread: d.spread })), location, pue, tables);
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
          ? { method: 'estimated' as const, row: `embodied: ${e.classId}`, source: e.source, ...(e.year ? { year: e.year } : {}) }
          : { method: 'default' as const, row: 'no embodied row for this device: 0', source: e.source },
    };
  });

  const notes: string[] = [];
  if (emb) {
    notes.push(...emb.notes);
    notes.push('embodied emissions cover the accelerators and CPUs named, not the rest of the server (chassis, memory, storage, network)');
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
  if (pue.provenance.method === 'default' && input.pue === undefined) {
    notes.push(`no PUE known for this location: used the default ${pue.value} (${pue.source})`);
  }
  if (intensity.rule === 'world') notes.push('no location given: priced at the world-average grid intensity');
  input.devices.forEach((g, i) => {
    const d = devices[i]!;
    if (d.provenance.method === 'estimated' && g.load === undefined) {
      notes.push(`${d.name}: power taken as its TDP (${d.tdpW} W); the average draw is often lower, as the low bound allows`);
    }
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
