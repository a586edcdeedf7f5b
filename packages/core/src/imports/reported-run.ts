/** A run record for figures reported elsewhere (a CodeCarbon CSV, the survey): energy and emissions as given, no sensors. */
import { VERSION } from '../version.ts';
import type { RunMeta, RunRecord } from '../schemas/run-record.ts';

/** A row of an imported file that cannot become a run: its line, the column at fault, and why. */
export class ImportRowError extends Error {
  readonly code = 'bad-row';
  constructor(
    readonly line: number,
    readonly column: string,
    message: string,
  ) {
    super(`line ${line}, ${column}: ${message}`);
    this.name = 'ImportRowError';
  }
}

/** The figures of a reported run. */
export interface ReportedRun {
  id: string;
  project: string | null;
  startedAt: string;
  durationS: number;
  gpuKwh: number;
  cpuKwh: number;
  ramKwh: number;
  pue: number;
  emissionsKg: number;
  /** The grid intensity as reported, when the source gives one; else the one the emissions imply. */
  intensityGPerKwh?: number;
  /** Where it ran: an alpha-2 country, a cloud provider and region, a label. */
  country?: string;
  provider?: string;
  region?: string;
  label: string;
  gpus: { name: string; count: number }[];
  cpu?: { model: string; logicalCores: number };
  source: string;
  meta: RunMeta;
  notes: string[];
}

/** The run record of reported figures: the intensity is what the reported emissions imply (rule "explicit", given). */
export function reportedRecord(r: ReportedRun): RunRecord {
  const totalKwh = r.gpuKwh + r.cpuKwh + r.ramKwh;
  const facilityKwh = totalKwh * r.pue;
  const gPerKwh = r.intensityGPerKwh ?? (facilityKwh > 0 ? (r.emissionsKg * 1000) / facilityKwh : 0);
  const start = Date.parse(r.startedAt);
  const year = new Date(start).getUTCFullYear();
  const gpus = r.gpus.flatMap((g) => Array.from({ length: g.count }, () => g.name)).map((name, index) => ({
    index, name, uuid: '', energyKwh: r.gpuKwh / Math.max(1, r.gpus.reduce((s, g) => s + g.count, 0)), method: 'estimate' as const,
    avgPowerW: 0, maxPowerW: 0, avgUtilizationPercent: null, processes: [],
  }));
  return {
    schemaVersion: 1,
    id: r.id,
    status: 'finished',
    command: ['(reported)'],
    exitCode: null,
    signal: null,
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + r.durationS * 1000).toISOString(),
    durationS: r.durationS,
    host: { hostname: 'unknown', os: 'unknown', platform: 'unknown', arch: 'unknown', runtime: r.source },
    node: 'unknown',
    jobId: null,
    project: r.project,
    hardware: {
      gpus,
      cpu: {
        model: r.cpu?.model || 'unknown', sockets: 1, logicalCores: Math.max(1, r.cpu?.logicalCores ?? 1), sensor: 'none', method: r.cpuKwh > 0 ? 'estimate' : 'none',
        tdpW: null, tdpSource: null, energyKwh: r.cpuKwh, cpuSeconds: null,
      },
      ram: { totalGb: 0, sensor: 'none', method: r.ramKwh > 0 ? 'estimate' : 'none', source: r.source, energyKwh: r.ramKwh, peakRssGb: null },
    },
    energy: {
      gpuKwh: r.gpuKwh, cpuKwh: r.cpuKwh, ramKwh: r.ramKwh, totalKwh, facilityKwh,
      methods: { gpu: r.gpuKwh > 0 ? 'estimate' : 'none', cpu: r.cpuKwh > 0 ? 'estimate' : 'none', ram: r.ramKwh > 0 ? 'estimate' : 'none' },
      accuracy: { gpu: { low: 0, high: 0 }, cpu: { low: 0, high: 0 }, ram: { low: 0, high: 0 } },
    },
    pue: { value: r.pue, low: r.pue, high: r.pue, source: r.source },
    location: {
      ...(r.provider ? { provider: r.provider } : {}), ...(r.region ? { region: r.region } : {}), ...(r.country ? { country: r.country } : {}),
      label: r.label,
    },
    intensity: {
      gPerKwh, low: gPerKwh, high: gPerKwh, rule: 'explicit', source: r.source, year, ...(r.country ? { country: r.country } : {}),
      note: r.intensityGPerKwh !== undefined ? 'the grid intensity as reported' : 'the intensity the reported emissions imply for the reported energy',
      rangeReasons: ['reported figures: no range given'],
      byYear: [{ year, gPerKwh, facilityKwh, source: r.source, gpuKwh: r.gpuKwh, cpuKwh: r.cpuKwh, ramKwh: r.ramKwh }],
    },
    emissionsKg: r.emissionsKg,
    emissionsLowKg: r.emissionsKg,
    emissionsHighKg: r.emissionsKg,
    embodiedKg: 0,
    embodiedLowKg: 0,
    embodiedHighKg: 0,
    embodiedSources: [],
    intervalS: Math.max(1, r.durationS),
    sampleCount: 0,
    timeline: [],
    tracker: { name: 'carbontrail', version: VERSION },
    notes: r.notes,
    meta: r.meta,
  };
}

/** A finite, non-negative number from a cell ("" is undefined); throws ImportRowError naming the column. */
export function cellNumber(row: Record<string, string | undefined>, column: string, line: number, required = false): number | undefined {
  const raw = row[column]?.trim() ?? '';
  if (raw === '') {
    if (required) throw new ImportRowError(line, column, 'missing value');
    return undefined;
  }
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new ImportRowError(line, column, `"${raw.slice(0, 40)}" is not a non-negative number`);
  return v;
}

/** The most devices of one kind a reported run may list (each becomes an entry of the record). */
export const MAX_DEVICES = 100_000;

/** The longest a reported run's duration may be, s (about 317 years: the survey counts some in device-seconds, up to 46 years). */
export const MAX_DURATION_S = 1e10;

/** A count of devices from a cell ("" is undefined): a non-negative number up to MAX_DEVICES, rounded to a whole one. */
export function cellCount(row: Record<string, string | undefined>, column: string, line: number): number | undefined {
  const v = cellNumber(row, column, line);
  if (v !== undefined && v > MAX_DEVICES) throw new ImportRowError(line, column, `${v} devices is more than any run has (at most ${MAX_DEVICES})`);
  return v === undefined ? undefined : Math.round(v);
}

/** A run's duration in seconds from a cell: non-negative, at most MAX_DURATION_S. */
export function cellDuration(row: Record<string, string | undefined>, column: string, line: number, required = false): number | undefined {
  const v = cellNumber(row, column, line, required);
  if (v !== undefined && v > MAX_DURATION_S) throw new ImportRowError(line, column, `${v} s is longer than any run (at most ${MAX_DURATION_S} s, about 317 years)`);
  return v;
}
