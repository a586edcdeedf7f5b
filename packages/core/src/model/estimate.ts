/** The emissions estimate of a job: device energy × PUE × grid intensity, plus embodied share, offsets, range and provenance. */
import { InvalidInputError } from '../errors.ts';
import { builtinTables, type Tables } from '../tables.ts';
import { findAlternatives } from './alternatives.ts';
import { embodiedForDevice } from './embodied.ts';
import { equivalentsFor } from './equivalents.ts';
import { findHardware } from './hardware-lookup.ts';
import { resolveIntensity } from './intensity.ts';
import { resolvePue } from './pue.ts';
import type { DeviceGroupInput, DeviceResult, Estimate, EstimateInput } from './types.ts';
import { combine, spreads, type Spread } from './uncertainty.ts';

function positive(name: string, v: number, allowZero = false): number {
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) {
    throw new InvalidInputError(`invalid ${name} ${v}: give a ${allowZero ? 'non-negative' : 'positive'} number`);
  }
  return v;
}

function deviceResult(g: DeviceGroupInput, hours: number, withEmbodied: boolean, tables: Tables): DeviceResult {
  const row = findHardware(g.hardware, tables);
  const count = g.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new InvalidInputError(`invalid count ${count} for "${g.hardware}": give a whole number ≥ 1`);
  const load = g.load ?? 1;
  if (!Number.isFinite(load) || load <= 0 || load > 1) throw new InvalidInputError(`invalid load ${load}: give a fraction of TDP in (0, 1]`);
  if (g.powerW !== undefined) positive('power', g.powerW);
  let energyKwh: number;
  let spread: Spread;
  let method: 'measured' | 'estimated' | 'default';
  let what: string;
  if (g.measuredKwh !== undefined) {
    energyKwh = positive('measured energy', g.measuredKwh, true);
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
  const emb = withEmbodied ? embodiedForDevice(row, hours, tables) : undefined;
  const embodiedProvenance = !emb
    ? { method: 'default' as const, row: 'embodied emissions left out', source: 'user option' }
    : emb.classId
      ? { method: 'estimated' as const, row: `embodied: ${emb.classId}`, source: emb.source, year: emb.year }
      : { method: 'default' as const, row: 'no embodied row for this device: 0', source: emb.source };
  return {
    name: row.name, id: row.id, type: row.type, count, tdpW: row.tdpW,
    powerW: g.powerW ?? row.tdpW * load, load,
    energyKwh, energyLowKwh: energyKwh * spread.low, energyHighKwh: energyKwh * spread.high,
    embodiedKg: (emb?.kg ?? 0) * count,
    embodiedProvenance,
    source: row.source, year: row.year,
    provenance: { method, row: `hardware: ${row.name} (${what})`, source: row.source, year: row.year },
    row,
  };
}

/** Estimates the energy and emissions of a job; throws CoreError subclasses for bad input. */
export function estimate(input: EstimateInput, tables: Tables = builtinTables): Estimate {
  if (input.devices.length === 0) throw new InvalidInputError('no hardware given: name at least one device');
  const hours = input.devices.every((d) => d.measuredKwh !== undefined) && input.hours === 0 ? 0 : positive('hours', input.hours);
  const withEmbodied = input.embodied !== false;
  const devices = input.devices.map((g) => deviceResult(g, hours, withEmbodied, tables));
  const intensity = resolveIntensity(input, tables);
  const pue = resolvePue(input, tables);
  const notes: string[] = [];

  const energyKwh = devices.reduce((s, d) => s + d.energyKwh, 0);
  // device groups share the same method error, so their bounds add (fully correlated)
  const energyLowKwh = devices.reduce((s, d) => s + d.energyLowKwh, 0);
  const energyHighKwh = devices.reduce((s, d) => s + d.energyHighKwh, 0);
  const facilityEnergyKwh = energyKwh * pue.value;
  const emissionsKg = (facilityEnergyKwh * intensity.gPerKwh) / 1000;
  const rel = (lo: number, c: number) => (c > 0 ? lo / c : 1);
  const band = combine(
    { low: rel(energyLowKwh, energyKwh), high: rel(energyHighKwh, energyKwh) },
    { low: rel(pue.low, pue.value), high: rel(pue.high, pue.value) },
    { low: rel(intensity.low, intensity.gPerKwh), high: rel(intensity.high, intensity.gPerKwh) },
  );
  const emissionsLowKg = emissionsKg * band.low;
  const emissionsHighKg = emissionsKg * band.high;

  let embodiedKg = 0;
  let embodiedLowKg = 0;
  let embodiedHighKg = 0;
  if (withEmbodied) {
    for (const d of devices) {
      const e = embodiedForDevice(d.row, hours, tables);
      embodiedKg += e.kg * d.count;
      embodiedLowKg += e.lowKg * d.count;
      embodiedHighKg += e.highKg * d.count;
      if (!e.classId) notes.push(`no embodied-emissions data for ${d.name}: counted as 0`);
    }
    notes.push('embodied emissions cover the accelerators and CPUs named, not the rest of the server (chassis, memory, storage, network)');
  } else {
    notes.push('embodied emissions left out (--no-embodied)');
  }

  const providerId = intensity.region?.provider;
  const provider = providerId ? tables.providers.find((p) => p.id === providerId) : undefined;
  const providerOffsetPercent = intensity.region?.offsetPercent ?? provider?.offsetPercent ?? 0;
  const providerOffsetKg = (emissionsKg * providerOffsetPercent) / 100;
  const userPct = input.offsetPercent ?? 0;
  if (!Number.isFinite(userPct) || userPct < 0 || userPct > 100) {
    throw new InvalidInputError(`invalid offset ${userPct}: give a percentage from 0 to 100`);
  }
  const userOffsetKg = (emissionsKg * userPct) / 100;
  if (providerOffsetKg + userOffsetKg > 0) {
    notes.push('offsets are reported beside the location-based emissions and never subtracted from them');
  }
  if (intensity.note) notes.push(intensity.note);
  if (pue.provenance.method === 'default') {
    if (input.pue === undefined) notes.push(`no PUE known for this location: used the default ${pue.value} (${pue.source})`);
  }
  if (intensity.rule === 'world') notes.push('no location given: priced at the world-average grid intensity');
  input.devices.forEach((g, i) => {
    const d = devices[i]!;
    if (d.provenance.method === 'estimated' && g.load === undefined) {
      notes.push(`${d.name}: power taken as its TDP (${d.tdpW} W); the average draw is often lower, as the low bound allows`);
    }
  });

  const alternatives = findAlternatives(energyKwh, emissionsKg, intensity, pue.value, tables);
  return {
    input, devices, hours,
    energyKwh, energyLowKwh, energyHighKwh,
    pue, facilityEnergyKwh, intensity,
    emissionsKg, emissionsLowKg, emissionsHighKg,
    embodiedKg, embodiedLowKg, embodiedHighKg,
    totalKg: emissionsKg + embodiedKg,
    totalLowKg: emissionsLowKg + embodiedLowKg,
    totalHighKg: emissionsHighKg + embodiedHighKg,
    providerOffsetKg, providerOffsetPercent, userOffsetKg,
    offsetKg: Math.min(emissionsKg, providerOffsetKg + userOffsetKg),
    alternatives,
    equivalents: equivalentsFor(emissionsKg, tables),
    notes: [...new Set(notes)],
  };
}
