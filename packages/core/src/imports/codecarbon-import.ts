/**
 * CodeCarbon's `emissions.csv` rows (any 2.x or 3.x layout: columns are found by name) as run records: energy and
 * emissions as CodeCarbon reported them, the place by its country and cloud region, the run's origin "codecarbon".
 */
import { alpha2Of } from '../data/country-codes.ts';
import type { RunRecord } from '../schemas/run-record.ts';
import { ImportRowError, MAX_DEVICES, cellCount, cellDuration, cellNumber, reportedRecord } from './reported-run.ts';

/** The columns a CodeCarbon file must have to be read (every CodeCarbon layout since 2.0 has them). */
export const CODECARBON_REQUIRED = ['timestamp', 'duration', 'emissions', 'energy_consumed'] as const;

/** A header's missing required columns (empty when the file is a CodeCarbon file). */
export function missingCodeCarbonColumns(header: readonly string[]): string[] {
  return CODECARBON_REQUIRED.filter((c) => !header.includes(c));
}

/** CodeCarbon writes local time without a zone ("2024-05-01T10:00:00.123456"); taken as UTC. */
function timestamp(raw: string | undefined, line: number): number {
  const t = raw?.trim() ?? '';
  const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?/.exec(t)?.[0];
  const ms = iso ? Date.parse(`${iso.replace(' ', 'T').replace(/(\.\d{3})\d+$/, '$1')}Z`) : Number.NaN;
  if (!Number.isFinite(ms)) throw new ImportRowError(line, 'timestamp', `"${t.slice(0, 40)}" is not a date and time`);
  const year = new Date(ms).getUTCFullYear();
  if (year < 1970 || year > 2999) throw new ImportRowError(line, 'timestamp', `"${t.slice(0, 40)}" is not a date from 1970 to 2999`);
  return ms;
}

/** "4 x NVIDIA A100-SXM4-40GB, 1 x Tesla T4" or "NVIDIA A100" with gpu_count: the GPU groups of a row (at most MAX_DEVICES GPUs). */
function gpuGroups(model: string, count: number | undefined, line: number): { name: string; count: number }[] {
  const parts = model.split(',').map((p) => p.trim()).filter(Boolean);
  const groups = parts.map((p) => {
    const m = /^(\d+)\s*x\s+(.+)$/.exec(p);
    return m ? { name: m[2]!, count: Number(m[1]) } : { name: p, count: 0 };
  });
  if (groups.length === 1 && groups[0]!.count === 0) groups[0]!.count = Math.max(1, count ?? 1);
  const total = groups.reduce((n, g) => n + g.count, 0);
  if (total > MAX_DEVICES) throw new ImportRowError(line, 'gpu_model', `${total} GPUs is more than any run has (at most ${MAX_DEVICES})`);
  return groups.filter((g) => g.count > 0);
}

/** The run record of one CodeCarbon row (`line` counts from 1 with the header). Throws ImportRowError naming the column. */
export function runFromCodeCarbonRow(row: Record<string, string | undefined>, line: number): RunRecord {
  const end = timestamp(row.timestamp, line);
  const durationS = cellDuration(row, 'duration', line, true)!;
  const emissionsKg = cellNumber(row, 'emissions', line, true)!;
  const total = cellNumber(row, 'energy_consumed', line, true)!;
  const cpuKwh = cellNumber(row, 'cpu_energy', line) ?? 0;
  const ramKwh = cellNumber(row, 'ram_energy', line) ?? 0;
  const gpuKwh = cellNumber(row, 'gpu_energy', line) ?? Math.max(0, total - cpuKwh - ramKwh);
  if (Math.abs(cpuKwh + gpuKwh + ramKwh - total) > 1e-6 * Math.max(1, total)) {
    throw new ImportRowError(line, 'energy_consumed', `${total} kWh is not cpu_energy + gpu_energy + ram_energy (${cpuKwh + gpuKwh + ramKwh})`);
  }
  if (total === 0 && emissionsKg > 0) throw new ImportRowError(line, 'emissions', `${emissionsKg} kg with energy_consumed 0 kWh: emissions come from energy`);
  const pue = cellNumber(row, 'pue', line) ?? 1;
  if (pue < 1 || pue > 3) throw new ImportRowError(line, 'pue', `${pue} is not a PUE from 1 to 3`);
  const iso = row.country_iso_code?.trim() ?? '';
  const country = iso.length === 3 ? alpha2Of(iso) : /^[A-Z]{2}$/i.test(iso) ? iso.toUpperCase() : undefined;
  const provider = row.cloud_provider?.trim() || undefined;
  const region = row.cloud_region?.trim() || undefined;
  const runId = row.run_id?.trim();
  if (runId && runId.length > 150) throw new ImportRowError(line, 'run_id', `"${runId.slice(0, 40)}…" is ${runId.length} characters long (at most 150)`);
  const stamp = new Date(end).toISOString();
  const version = row.codecarbon_version?.trim();
  const source = `CodeCarbon${version ? ` ${version}` : ''} emissions.csv, imported`;
  return reportedRecord({
    id: runId ? `${runId}@${stamp}` : `codecarbon@${stamp}#${line}`,
    project: row.project_name?.trim() || null,
    startedAt: new Date(end - durationS * 1000).toISOString(),
    durationS,
    gpuKwh, cpuKwh, ramKwh, pue, emissionsKg,
    ...(country ? { country } : {}),
    ...(provider ? { provider } : {}),
    ...(region ? { region } : {}),
    label: provider && region ? `${provider} ${region}` : row.country_name?.trim() || country || 'unknown location',
    gpus: gpuGroups(row.gpu_model ?? '', cellCount(row, 'gpu_count', line), line),
    cpu: { model: row.cpu_model?.trim() ?? 'unknown', logicalCores: cellCount(row, 'cpu_count', line) ?? 1 },
    source,
    meta: { origin: 'codecarbon', ...(row.experiment_id?.trim() ? { tags: [`experiment:${row.experiment_id.trim().slice(0, 80)}`] } : {}) },
    notes: [`imported from a CodeCarbon emissions.csv row: energy and emissions as CodeCarbon reported them${row.region?.trim() ? ` (region ${row.region.trim()})` : ''}`],
  });
}
