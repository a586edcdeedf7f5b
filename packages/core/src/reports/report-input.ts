/** What every report needs to know about a job, whether it was estimated or measured. */
import type { Estimate } from '../model/types.ts';
import type { RunRecord } from '../schemas/run-record.ts';

export interface ReportInput {
  /** 'estimated' for the calculator, 'measured' for a tracked run. */
  method: 'estimated' | 'measured';
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
  energyKwh: number;
  facilityEnergyKwh: number;
  hours: number;
  devices: { name: string; count: number; tdpW?: number }[];
  providerName?: string;
  region?: string;
  /** Human-readable place: "Google Cloud europe-west4 (Eemshaven)", "France (FR)", "world average". */
  location: string;
  /** ISO alpha-2 country of the job, when known. */
  country?: string;
  intensityGPerKwh: number;
  intensitySource: string;
  intensityYear?: number;
  intensityRule: string;
  pue: number;
  pueSource: string;
  providerOffsetPercent: number;
  providerOffsetKg: number;
  embodiedKg: number;
  /** What the report calls the tool and its method: "carbontrail 0.1.0 (TDP method)". */
  tool: string;
  trainingType?: string;
}

/** The report view of a calculator estimate. */
export function reportInputFromEstimate(e: Estimate): ReportInput {
  const loc = e.location;
  const hasLoad = e.input.devices.some((d) => d.load !== undefined);
  return {
    method: e.devices.every((d) => d.provenance.method === 'measured') ? 'measured' : 'estimated',
    emissionsKg: e.emissionsKg,
    emissionsLowKg: e.emissionsLowKg,
    emissionsHighKg: e.emissionsHighKg,
    energyKwh: e.energyKwh,
    facilityEnergyKwh: e.facilityEnergyKwh,
    hours: e.hours,
    devices: e.devices.map((d) => ({ name: d.name, count: d.count, tdpW: d.tdpW })),
    ...(loc.region ? { providerName: loc.provider?.name ?? loc.region.provider, region: loc.region.region } : {}),
    location: loc.label,
    ...(loc.country ? { country: loc.country } : {}),
    intensityGPerKwh: e.intensity.gPerKwh,
    intensitySource: e.intensity.source,
    ...(e.intensity.year !== undefined ? { intensityYear: e.intensity.year } : {}),
    intensityRule: e.intensity.rule,
    pue: e.pue.value,
    pueSource: e.pue.source,
    providerOffsetPercent: e.providerOffsetPercent,
    providerOffsetKg: e.providerOffsetKg,
    embodiedKg: e.embodiedKg,
    tool: `carbontrail (${hasLoad ? 'TDP × load' : 'TDP'} method)`,
  };
}

/** The place of a run as its record names it (records of carbontrail 0.1.0 carry no label: it is rebuilt from their fields). */
function placeOfRun(r: RunRecord): string {
  const loc = r.location;
  if (loc.label) return loc.label;
  if (loc.provider && loc.region) return `${loc.provider} ${loc.region}`;
  const i = r.intensity;
  if (i.rule === 'world') return 'world average';
  if (i.rule === 'explicit') return 'a location with the given carbon intensity';
  return i.zone ?? loc.zone ?? loc.country ?? 'unknown location';
}

/** The report view of a measured run, from the record alone (nothing is looked up again). */
export function reportInputFromRun(record: RunRecord): ReportInput {
  const loc = record.location;
  const i = record.intensity;
  const devices: ReportInput['devices'] = [];
  for (const g of record.hardware.gpus) {
    const d = devices.find((x) => x.name === g.name);
    if (d) d.count++;
    else devices.push({ name: g.name, count: 1 });
  }
  const cpu = record.hardware.cpu;
  devices.push({ name: cpu.model, count: cpu.sockets, ...(cpu.tdpW ? { tdpW: cpu.tdpW } : {}) });
  const m = record.energy.methods;
  const how = [
    record.hardware.gpus.length ? `GPU ${m.gpu === 'counter' ? 'energy counter' : 'power integration'}` : '',
    `CPU ${cpu.sensor === 'rapl' ? 'RAPL' : 'TDP × CPU share'}`,
    `RAM ${record.hardware.ram.sensor === 'rapl-dram' ? 'RAPL DRAM' : 'memory model'}`,
  ].filter(Boolean).join(', ');
  const providerName = loc.providerName ?? loc.provider;
  return {
    method: 'measured',
    emissionsKg: record.emissionsKg,
    emissionsLowKg: record.emissionsLowKg,
    emissionsHighKg: record.emissionsHighKg,
    energyKwh: record.energy.totalKwh,
    facilityEnergyKwh: record.energy.facilityKwh,
    hours: record.durationS / 3600,
    devices,
    ...(providerName && loc.region ? { providerName, region: loc.region } : {}),
    location: placeOfRun(record),
    ...(i.country ? { country: i.country } : {}),
    intensityGPerKwh: i.gPerKwh,
    intensitySource: i.source,
    ...(i.year ? { intensityYear: i.year } : {}),
    intensityRule: i.rule,
    pue: record.pue.value,
    pueSource: record.pue.source,
    providerOffsetPercent: record.offsets?.providerPercent ?? 0,
    providerOffsetKg: record.offsets?.providerKg ?? 0,
    embodiedKg: record.embodiedKg,
    tool: `carbontrail ${record.tracker.version} tracker (measured: ${how})`,
  };
}
