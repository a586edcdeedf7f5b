/** The run record: what the tracker writes for one measured run, and what the hub ingests (schemaVersion 1). */
import * as z from 'zod';
import { CPU_SENSORS, EMISSION_BASES, ENERGY_METHODS, INTENSITY_RULES, RAM_SENSORS, RUN_STATUSES } from '../vocabulary.ts';
import { locationInput } from './location.ts';

/** The version of the run-record format; bump it (and keep a reader for the old one) on any incompatible change. */
export const RUN_RECORD_SCHEMA_VERSION = 1;

/** How an energy figure was obtained: a hardware energy counter, power readings integrated over time, or an estimate. */
export const energyMethod = z.enum(ENERGY_METHODS);
export const runStatus = z.enum(RUN_STATUSES);
export type { EnergyMethod, RunStatus } from '../vocabulary.ts';

const kwh = z.number().min(0);
/** An ISO 8601 date-time with a zone ("2025-03-01T10:00:00.000Z"). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
/** Relative accuracy of a sensor: the energy range is [energy × (1 + low), energy × (1 + high)]. */
const accuracy = z.object({ low: z.number().min(-1).max(0), high: z.number().min(0).max(10) });

/** The machine the tracker ran on. */
export const runHost = z.object({
  hostname: z.string(),
  /** Operating system as `platform-release-arch`: "Linux-6.8.0-x86_64". */
  os: z.string(),
  platform: z.string(),
  arch: z.string(),
  /** Runtime of the tracker: "node 20.19.0". */
  runtime: z.string(),
});

/** Where a run was priced for, as given to the tracker (a run's year is the year of its samples). */
export const runLocation = locationInput.omit({ year: true }).extend({
  /** The place as resolved, for reports: "Google Cloud europe-west4 (Eemshaven)", "France (FR)". */
  label: z.string().optional(),
  /** The provider's display name, when the place is a cloud region. */
  providerName: z.string().optional(),
});

/** How the tracker measures a CPU: RAPL, or TDP × the command's CPU share (with the TDP and where it came from). */
export const cpuSensing = z.object({
  model: z.string(),
  sockets: z.number().int().positive(),
  logicalCores: z.number().int().positive(),
  sensor: z.enum(CPU_SENSORS),
  method: energyMethod,
  /** TDP per socket used by the estimate, W; null when RAPL measured the energy. */
  tdpW: z.number().positive().nullable(),
  /** Where the TDP came from: the hardware-table row, the --cpu-tdp option or the stated default. */
  tdpSource: z.string().nullable(),
});

/** How the tracker measures RAM: the DRAM RAPL counter, or W per GB of the tree's resident memory. */
export const ramSensing = z.object({
  totalGb: z.number().min(0),
  sensor: z.enum(RAM_SENSORS),
  method: energyMethod,
  wPerGb: z.number().positive().optional(),
  source: z.string(),
});

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

export const runCpu = cpuSensing.extend({
  hardwareId: z.string().optional(),
  energyKwh: kwh,
  /** CPU seconds of the command's process tree (user + system, descendants included). */
  cpuSeconds: z.number().min(0).nullable(),
});
export type RunCpu = z.infer<typeof runCpu>;

export const runRam = ramSensing.extend({
  energyKwh: kwh,
  peakRssGb: z.number().min(0).nullable(),
});
export type RunRam = z.infer<typeof runRam>;

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

/** Energy and intensity of one calendar year of a run (a run over New Year is priced with both years). */
export const runYear = z.object({
  year: z.number().int(),
  gPerKwh: z.number().min(0),
  facilityKwh: kwh,
  source: z.string(),
  /** Device energy of each component in that year (absent in records of carbontrail 0.1.0). */
  gpuKwh: kwh.optional(),
  cpuKwh: kwh.optional(),
  ramKwh: kwh.optional(),
});

export const runIntensity = z.object({
  /** Energy-weighted mean of the intensities the samples were priced with, gCO2eq/kWh. */
  gPerKwh: z.number().min(0),
  low: z.number().min(0),
  high: z.number().min(0),
  /** The rule of the resolution: explicit, cloud-region, zone, country or world. */
  rule: z.enum(INTENSITY_RULES),
  source: z.string(),
  year: z.number().int().optional(),
  zone: z.string().optional(),
  country: z.string().optional(),
  note: z.string().optional(),
  /** The emission basis of the intensities (absent in records of carbontrail 0.1.0, which mixed bases). */
  basis: z.enum(EMISSION_BASES).optional(),
  /** Why the intensity range is as wide as it is, one reason per factor. */
  rangeReasons: z.array(z.string()).optional(),
  /** For a cloud region: the provider's own published figure, beside the location-based one, never priced with. */
  providerFigure: z
    .object({ providerName: z.string(), gPerKwh: z.number().min(0), year: z.number().int(), basis: z.enum(EMISSION_BASES), cfePercent: z.number().min(0).max(100).optional(), source: z.string() })
    .optional(),
  byYear: z.array(runYear),
});

/** The provider's market-based claim over the run (offsets or renewable matching), reported beside, never subtracted. */
export const runOffsets = z.object({
  providerPercent: z.number().min(0).max(100),
  providerKg: z.number().min(0),
  source: z.string().optional(),
});

/** One point of the power timeline (seconds since start, mean power over the preceding interval). */
export const timelinePoint = z.object({
  t: z.number().min(0),
  gpuW: z.number().min(0),
  cpuW: z.number().min(0),
  ramW: z.number().min(0),
});
export type TimelinePoint = z.infer<typeof timelinePoint>;

/** Where a record came from: the tracker, an import of CodeCarbon's CSV or of the survey's data, or another client of the API. */
export const RUN_ORIGINS = ['tracker', 'codecarbon', 'survey', 'api'] as const;

/** What a run trained or served and how well (the survey's analyses group by these), and free tags. */
export const runMeta = z.object({
  origin: z.enum(RUN_ORIGINS).optional(),
  task: z.string().trim().min(1).max(200).optional(),
  dataset: z.string().trim().min(1).max(200).optional(),
  model: z.string().trim().min(1).max(200).optional(),
  /** Performance figures by name, as reported ("top1", "top5", "bleu", "f1"). */
  metrics: z.record(z.string().min(1).max(60), z.number().finite()).optional(),
  /** The year the work was published, for reported (not tracked) runs. */
  publishedYear: z.number().int().min(1990).max(2100).optional(),
  /** The main energy source of the grid, as reported (the survey's classification). */
  mainSource: z.string().trim().min(1).max(60).optional(),
  /** Where the figures were reported (a paper, a model card), for reported runs. */
  reference: z.string().trim().min(1).max(500).optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
});
export type RunMeta = z.infer<typeof runMeta>;

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
  /** The provider's claim beside the emissions (absent in records of carbontrail 0.1.0). */
  offsets: runOffsets.optional(),
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
  /** What the run was for, and where it came from (absent in records of carbontrail 0.1.0). */
  meta: runMeta.optional(),
});
export type RunRecord = z.infer<typeof runRecord>;

/** Parses an unknown value (a file, an HTTP body) as a run record; throws a ZodError naming the bad fields. */
export function parseRunRecord(value: unknown): RunRecord {
  return runRecord.parse(value);
}
