/** What every report needs to know about a job, whether it was estimated or measured. */
import type { Estimate } from '../model/types.ts';
import { builtinTables, type Tables } from '../tables.ts';

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
  /** Human-readable place: "Google Cloud europe-west4 (NL)", "France", "world average". */
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

function locationOf(e: Estimate, providerName?: string): string {
  const i = e.intensity;
  if (i.region) return `${providerName ?? i.region.provider} ${i.region.region}${i.region.city ? ` (${i.region.city})` : ''}`;
  if (i.zoneRow) return i.zoneRow.kind === 'world' ? 'world average' : `${i.zoneRow.name} (${i.zoneRow.zone})`;
  if (i.rule === 'explicit') return 'a location with the given carbon intensity';
  return 'unknown location';
}

/** The report view of a calculator estimate. */
export function reportInputFromEstimate(e: Estimate, tables: Tables = builtinTables): ReportInput {
  const region = e.intensity.region;
  const pname = region ? (tables.providers.find((p) => p.id === region.provider)?.name ?? region.provider) : undefined;
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
    providerName: pname,
    region: region?.region,
    location: locationOf(e, pname),
    country: e.intensity.country,
    intensityGPerKwh: e.intensity.gPerKwh,
    intensitySource: e.intensity.source,
    intensityYear: e.intensity.year,
    intensityRule: e.intensity.rule,
    pue: e.pue.value,
    pueSource: e.pue.source,
    providerOffsetPercent: e.providerOffsetPercent,
    providerOffsetKg: e.providerOffsetKg,
    embodiedKg: e.embodiedKg,
    tool: `carbontrail (${hasLoad ? 'TDP × load' : 'TDP'} method)`,
  };
}
