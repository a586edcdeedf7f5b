/** CodeCarbon's `emissions.csv` row of a run: CodeCarbon's columns in its order and units (the tracker writes it, the hub exports it). */
import type { RunRecord } from '../schemas/run-record.ts';
import { csvCell } from './format.ts';

/**
 * CodeCarbon's output columns, in order: the fields of `EmissionsData` in mlco2/codecarbon
 * codecarbon/output_methods/emissions_data.py (3.x), as written by its CSV output (header of files written by
 * codecarbon 3.3.0). Units: duration s; emissions kg CO2eq; emissions_rate kg/s; *_power W; *_energy and
 * energy_consumed kWh; water_consumed L; ram_total_size and ram_used_gb GB; *_percent %; wue L/kWh.
 */
export const CODECARBON_COLUMNS = [
  'timestamp', 'project_name', 'run_id', 'experiment_id', 'duration', 'emissions', 'emissions_rate',
  'cpu_power', 'gpu_power', 'ram_power', 'cpu_energy', 'gpu_energy', 'ram_energy', 'energy_consumed',
  'water_consumed', 'country_name', 'country_iso_code', 'region', 'cloud_provider', 'cloud_region', 'os',
  'python_version', 'codecarbon_version', 'cpu_count', 'cpu_model', 'gpu_count', 'gpu_model', 'longitude',
  'latitude', 'ram_total_size', 'tracking_mode', 'cpu_utilization_percent', 'gpu_utilization_percent',
  'ram_utilization_percent', 'ram_used_gb', 'on_cloud', 'pue', 'wue',
] as const;

export type CodeCarbonRow = Record<(typeof CODECARBON_COLUMNS)[number], string | number>;

/**
 * The CodeCarbon row of a run. Choices where the formats differ: `timestamp` is the end time in UTC without a
 * zone (CodeCarbon writes local time in that form); `experiment_id` carries the job id; `country_iso_code` is
 * the ISO alpha-2 code carbontrail uses; `*_power` are means over the run; `energy_consumed` is device energy
 * (before PUE) and `emissions` includes PUE, as in CodeCarbon; python_version and codecarbon_version are empty.
 */
export function codeCarbonRow(r: RunRecord): CodeCarbonRow {
  const d = r.durationS;
  const gpuNames = new Map<string, number>();
  for (const g of r.hardware.gpus) gpuNames.set(g.name, (gpuNames.get(g.name) ?? 0) + 1);
  const gpuUtil = r.hardware.gpus.filter((g) => g.avgUtilizationPercent !== null);
  const cpuShare = r.hardware.cpu.cpuSeconds !== null && d > 0 ? (100 * r.hardware.cpu.cpuSeconds) / (d * r.hardware.cpu.logicalCores) : 0;
  const rssGb = r.hardware.ram.peakRssGb ?? 0;
  const when = (r.endedAt ?? r.startedAt).slice(0, 19);
  const tracking = r.hardware.cpu.sensor === 'rapl' ? 'machine' : 'process';
  return {
    timestamp: when,
    project_name: r.project ?? 'carbontrail',
    run_id: r.id,
    experiment_id: r.jobId ?? '',
    duration: d,
    emissions: r.emissionsKg,
    emissions_rate: d > 0 ? r.emissionsKg / d : 0,
    cpu_power: d > 0 ? (r.energy.cpuKwh * 3.6e6) / d : 0,
    gpu_power: d > 0 ? (r.energy.gpuKwh * 3.6e6) / d : 0,
    ram_power: d > 0 ? (r.energy.ramKwh * 3.6e6) / d : 0,
    cpu_energy: r.energy.cpuKwh,
    gpu_energy: r.energy.gpuKwh,
    ram_energy: r.energy.ramKwh,
    energy_consumed: r.energy.totalKwh,
    water_consumed: 0,
    country_name: r.intensity.rule === 'world' ? 'World' : (r.location.country ?? ''),
    country_iso_code: r.intensity.country ?? '',
    region: r.intensity.zone ?? r.location.zone ?? '',
    cloud_provider: r.location.provider ?? '',
    cloud_region: r.location.region ?? '',
    os: r.host.os,
    python_version: '',
    codecarbon_version: '',
    cpu_count: r.hardware.cpu.logicalCores,
    cpu_model: r.hardware.cpu.model,
    gpu_count: r.hardware.gpus.length,
    gpu_model: [...gpuNames].map(([n, c]) => `${c} x ${n}`).join(', '),
    longitude: '',
    latitude: '',
    ram_total_size: r.hardware.ram.totalGb,
    tracking_mode: tracking,
    cpu_utilization_percent: cpuShare,
    gpu_utilization_percent: gpuUtil.length ? gpuUtil.reduce((s, g) => s + g.avgUtilizationPercent!, 0) / gpuUtil.length : 0,
    ram_utilization_percent: r.hardware.ram.totalGb > 0 ? (100 * rssGb) / r.hardware.ram.totalGb : 0,
    ram_used_gb: rssGb,
    on_cloud: r.location.provider ? 'Y' : 'N',
    pue: r.pue.value,
    wue: 0,
  };
}

/** The header line of CodeCarbon's CSV. */
export const CODECARBON_CSV_HEADER = CODECARBON_COLUMNS.join(',');

/** The CSV line of a run (without a newline), quoted as CSV needs; `spreadsheetSafe` for files others will open (see csvCell). */
export function codeCarbonCsvLine(r: RunRecord, options: { spreadsheetSafe?: boolean } = {}): string {
  const row = codeCarbonRow(r);
  return CODECARBON_COLUMNS.map((c) => csvCell(row[c], options.spreadsheetSafe)).join(',');
}
