/** The run record: what the tracker writes for one measured run, and what the hub ingests (schemaVersion 1). */
import * as z from 'zod';
import { findProvider, findRegion } from './model/intensity.ts';
import type { ReportInput } from './reports/report-input.ts';
import { builtinTables, type Tables } from './tables.ts';

/** The version of the run-record format; bump it (and keep a reader for the old one) on any incompatible change. */
export const RUN_RECORD_SCHEMA_VERSION = 1;

/** How an energy figure was obtained: a hardware energy counter, power readings integrated over time, or an estimate. */
export const energyMethod = z.enum(['counter', 'power-integration', 'estimate', 'none']);
export type EnergyMethod = z.infer<typeof energyMethod>;

/** `running` while the tracker lives, `finished` when the command ended, `interrupted` when the tracker died first. */
export const runStatus = z.enum(['running', 'finished', 'interrupted']);
export type RunStatus = z.infer<typeof runStatus>;

const kwh = z.number().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
/** Relative accuracy of a sensor: the energy range is [energy × (1 + low), energy × (1 + high)]. */
const accuracy = z.object({ low: z.number().min(-1).max(0), high: z.number().min(0).max(10) });

export const gpuProcess = z.object({
  pid: z.number().int().nonnegative(),
  usedMemoryMiB: z.number().nonnegative().nullable(),
});

export const runGpu = z.object({
  /** NVML index of the device. */
  index: z.number().int().nonnegative(),
  name: z.string(),
  uuid: z.string(),
  /** Row id of the device in carbontrail's hardware table, when the name matched one. */
  hardwareId: z.string().optional(),
  energyKwh: kwh,
  method: energyMethod,
  avgPowerW: z.number().min(0),
  maxPowerW: z.number().min(0),
  /** Mean GPU utilisation over the samples, %; null when the device does not report it. */
  avgUtilizationPercent: z.number().min(0).max(100).nullable(),
  /** Compute processes seen on the device during the run. */
  processes: z.array(gpuProcess),
});
export type RunGpu = z.infer<typeof runGpu>;

export const runCpu = z.object({
  model: z.string(),
  sockets: z.number().int().positive(),
  logicalCores: z.number().int().positive(),
  /** TDP per socket used by the estimate, W; null when RAPL measured the energy. */
  tdpW: z.number().positive().nullable(),
  /** Where the TDP came from: the hardware-table row, the --cpu-tdp option or the stated default. */
  tdpSource: z.string().nullable(),
  hardwareId: z.string().optional(),
  energyKwh: kwh,
  method: energyMethod,
  /** `rapl` (package counters, whole machine) or `tdp-cpu-share` (the command's process tree only). */
  sensor: z.enum(['rapl', 'tdp-cpu-share', 'none']),
  /** CPU seconds of the command's process tree (user + system, descendants included). */
  cpuSeconds: z.number().min(0).nullable(),
});
export type RunCpu = z.infer<typeof runCpu>;

export const runRam = z.object({
  totalGb: z.number().min(0),
  energyKwh: kwh,
  method: energyMethod,
  /** `rapl-dram` (the DRAM counter, whole machine) or `rss-model` (W per GB of the process tree's resident memory). */
  sensor: z.enum(['rapl-dram', 'rss-model', 'none']),
  wPerGb: z.number().positive().optional(),
  source: z.string(),
  peakRssGb: z.number().min(0).nullable(),
});
export type RunRam = z.infer<typeof runRam>;

export const runHost = z.object({
  hostname: z.string(),
  /** Operating system as `platform-release-arch`: "Linux-6.8.0-x86_64". */
  os: z.string(),
  platform: z.string(),
  arch: z.string(),
  /** Runtime of the tracker: "node 20.19.0". */
  runtime: z.string(),
});

export const runEnergy = z.object({
  gpuKwh: kwh,
  cpuKwh: kwh,
  ramKwh: kwh,
  /** Device energy, before PUE. */
  totalKwh: kwh,
  /** totalKwh × PUE. */
  facilityKwh: kwh,
  methods: z.object({ gpu: energyMethod, cpu: energyMethod, ram: energyMethod }),
  /** The relative accuracy assumed for each component's method. */
  accuracy: z.object({ gpu: accuracy, cpu: accuracy, ram: accuracy }),
});

export const runPue = z.object({
  value: z.number().min(1).max(3),
  low: z.number().min(1).max(3),
  high: z.number().min(1).max(3),
  source: z.string(),
  year: z.number().int().optional(),
});

export const runIntensity = z.object({
  /** Energy-weighted mean of the intensities the samples were priced with, gCO2eq/kWh. */
  gPerKwh: z.number().min(0),
  low: z.number().min(0),
  high: z.number().min(0),
  /** The rule of the resolution: explicit, cloud-region, zone, country or world. */
  rule: z.enum(['explicit', 'cloud-region', 'zone', 'country', 'world']),
  source: z.string(),
  year: z.number().int().optional(),
  zone: z.string().optional(),
  country: z.string().optional(),
  note: z.string().optional(),
  /** Energy and intensity per calendar year of the samples (a run over New Year is priced with both years). */
  byYear: z.array(z.object({ year: z.number().int(), gPerKwh: z.number().min(0), facilityKwh: kwh, source: z.string() })),
});

/** The location the run was priced for, as given to the tracker. */
export const runLocation = z.object({
  provider: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  zone: z.string().optional(),
  intensityGPerKwh: z.number().min(0).optional(),
});

/** One point of the power timeline (seconds since start, mean power over the preceding interval). */
export const timelinePoint = z.object({
  t: z.number().min(0),
  gpuW: z.number().min(0),
  cpuW: z.number().min(0),
  ramW: z.number().min(0),
});

export const runRecord = z.object({
  schemaVersion: z.literal(RUN_RECORD_SCHEMA_VERSION),
  id: z.string().min(1),
  status: runStatus,
  command: z.array(z.string()).min(1),
  /** The command's exit code; 128 + n when it died of signal n; null while running or when interrupted. */
  exitCode: z.number().int().nullable(),
  /** The signal that ended the command ("SIGTERM"), if any. */
  signal: z.string().nullable(),
  startedAt: isoDate,
  /** End of the command, or the last journal flush of an interrupted run; null while running. */
  endedAt: isoDate.nullable(),
  durationS: z.number().min(0),
  host: runHost,
  /** Node name for multi-node jobs (the host name unless set). */
  node: z.string(),
  /** Shared by every node's run of one job (SLURM_JOB_ID, TORCHELASTIC_RUN_ID or --job-id); null for single runs. */
  jobId: z.string().nullable(),
  project: z.string().nullable(),
  hardware: z.object({ gpus: z.array(runGpu), cpu: runCpu, ram: runRam }),
  energy: runEnergy,
  pue: runPue,
  location: runLocation,
  intensity: runIntensity,
  /** Location-based operational emissions, kg CO2eq, with range. */
  emissionsKg: z.number().min(0),
  emissionsLowKg: z.number().min(0),
  emissionsHighKg: z.number().min(0),
  /** Manufacturing emissions of the devices, amortised over the run. */
  embodiedKg: z.number().min(0),
  embodiedLowKg: z.number().min(0),
  embodiedHighKg: z.number().min(0),
  embodiedSources: z.array(z.string()),
  intervalS: z.number().positive(),
  sampleCount: z.number().int().nonnegative(),
  timeline: z.array(timelinePoint),
  tracker: z.object({ name: z.literal('carbontrail'), version: z.string() }),
  /** Plain-language notes on every estimate, default or fallback applied. */
  notes: z.array(z.string()),
});
export type RunRecord = z.infer<typeof runRecord>;

/** Parses an unknown value (a file, an HTTP body) as a run record; throws a ZodError naming the bad fields. */
export function parseRunRecord(value: unknown): RunRecord {
  return runRecord.parse(value);
}

/** The report view of a measured run, for toLatex, toMarkdown and toModelCard. */
export function reportInputFromRun(record: RunRecord, tables: Tables = builtinTables): ReportInput {
  const loc = record.location;
  let providerName: string | undefined;
  let offsetPercent = 0;
  if (loc.provider) {
    try {
      const p = findProvider(loc.provider, tables);
      providerName = p.name;
      offsetPercent = p.offsetPercent;
      if (loc.region) offsetPercent = findRegion(loc.region, p.id, tables).offsetPercent ?? offsetPercent;
    } catch {
      providerName = loc.provider;
    }
  }
  const i = record.intensity;
  const place = loc.provider && loc.region
    ? `${providerName ?? loc.provider} ${loc.region}`
    : i.rule === 'world'
      ? 'world average'
      : i.rule === 'explicit'
        ? 'a location with the given carbon intensity'
        : (i.zone ?? loc.zone ?? loc.country ?? 'unknown location');
  const devices: ReportInput['devices'] = [];
  for (const g of record.hardware.gpus) {
    const d = devices.find((x) => x.name === g.name);
    if (d) d.count++;
    else devices.push({ name: g.name, count: 1 });
  }
  devices.push({ name: record.hardware.cpu.model, count: record.hardware.cpu.sockets, ...(record.hardware.cpu.tdpW ? { tdpW: record.hardware.cpu.tdpW } : {}) });
  const m = record.energy.methods;
  const how = [
    record.hardware.gpus.length ? `GPU ${m.gpu === 'counter' ? 'energy counter' : 'power integration'}` : '',
    `CPU ${record.hardware.cpu.sensor === 'rapl' ? 'RAPL' : 'TDP × CPU share'}`,
    `RAM ${record.hardware.ram.sensor === 'rapl-dram' ? 'RAPL DRAM' : 'memory model'}`,
  ].filter(Boolean).join(', ');
  return {
    method: 'measured',
    emissionsKg: record.emissionsKg,
    emissionsLowKg: record.emissionsLowKg,
    emissionsHighKg: record.emissionsHighKg,
    energyKwh: record.energy.totalKwh,
    facilityEnergyKwh: record.energy.facilityKwh,
    hours: record.durationS / 3600,
    devices,
    ...(providerName ? { providerName } : {}),
    ...(loc.region ? { region: loc.region } : {}),
    location: place,
    ...(i.country ? { country: i.country } : {}),
    intensityGPerKwh: i.gPerKwh,
    intensitySource: i.source,
    ...(i.year ? { intensityYear: i.year } : {}),
    intensityRule: i.rule,
    pue: record.pue.value,
    pueSource: record.pue.source,
    providerOffsetPercent: offsetPercent,
    providerOffsetKg: (record.emissionsKg * offsetPercent) / 100,
    embodiedKg: record.embodiedKg,
    tool: `carbontrail ${record.tracker.version} tracker (measured: ${how})`,
  };
}
