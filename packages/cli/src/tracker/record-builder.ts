/** Folds journal lines into a run record: energy by component, year and device; priced by core's model (priceMeasuredRun). */
import {
  createTimeline, findHardware, matchCpuModel, priceMeasuredRun, pueFor, resolveLocation, sensorSpreads, VERSION,
  type EmbodiedDevice, type ResolvedLocation, type ResolvedPue, type SensorSpreadName, type YearEnergy,
} from '@carbontrail/core';
import type { EnergyMethod, JournalLine, JournalStart, RunRecord, RunStatus } from '@carbontrail/core/schemas';
import { JournalError } from '../errors.ts';

const J_PER_KWH = 3.6e6;

interface GpuAcc {
  joules: number;
  wattSeconds: number;
  maxW: number;
  utilSum: number;
  utilN: number;
  processes: Map<number, number | null>;
}

/** Where and at what PUE a run is priced: resolved once, by the tracker at its start or from a journal's start line. */
export interface PriceContext {
  location: ResolvedLocation;
  pue: ResolvedPue;
}

/** Resolves the place and PUE a journal's start line names (throws CoreError when it names something unknown). */
export function priceContextOf(start: Pick<JournalStart, 'location' | 'pue'>): PriceContext {
  const location = resolveLocation(start.location);
  return { location, pue: pueFor(location, start.pue) };
}

export interface RecordBuilder {
  add(line: JournalLine): void;
  readonly start: JournalStart | undefined;
  readonly ended: boolean;
  /** Joules so far by component: [gpu, cpu, ram]. */
  readonly joules: readonly [number, number, number];
  build(context: PriceContext, options?: { status?: RunStatus }): RunRecord;
}

/** The relative accuracy of a sensor as the record states it ([low, high] as fractions around the value). */
function accuracyOf(name: SensorSpreadName) {
  const s = sensorSpreads[name];
  const r = (x: number) => Math.round(x * 1e9) / 1e9;
  return { low: r(s.low - 1), high: r(s.high - 1) };
}

/** The sensors a journal's start line names, by component. */
function sensorNames(s: JournalStart): { gpu: SensorSpreadName; cpu: SensorSpreadName; ram: SensorSpreadName } {
  return {
    gpu: s.gpus.length === 0 ? 'none' : s.gpus.some((g) => g.method === 'power-integration') ? 'nvml-power' : 'nvml-counter',
    cpu: s.cpu.sensor,
    ram: s.ram.sensor,
  };
}

/** A builder that takes journal lines one at a time (live, or read back from a file) and builds the record on demand. */
export function createRecordBuilder(): RecordBuilder {
  let start: JournalStart | undefined;
  let end: { at: number; exitCode: number | null; signal: string | null } | undefined;
  let orphan: { at: number; pid: number; goneAt?: number } | undefined;
  const joules: [number, number, number] = [0, 0, 0];
  const byYear = new Map<number, [number, number, number]>();
  let gpus: GpuAcc[] = [];
  let durationS = 0;
  let lastAt = 0;
  let samples = 0;
  let cpuSeconds: number | null = null;
  let peakRss: number | null = null;
  const timeline = createTimeline();

  return {
    get start() {
      return start;
    },
    get ended() {
      return end !== undefined;
    },
    get joules() {
      return joules;
    },
    add(line) {
      switch (line.t) {
        case 'start':
          start = line;
          lastAt = line.at;
          gpus = line.gpus.map(() => ({ joules: 0, wattSeconds: 0, maxW: 0, utilSum: 0, utilN: 0, processes: new Map() }));
          break;
        case 's': {
          samples++;
          durationS += line.d;
          lastAt = line.at;
          const year = new Date(line.at).getUTCFullYear();
          const y = byYear.get(year) ?? [0, 0, 0];
          for (let k = 0; k < 3; k++) {
            joules[k]! += line.e[k]!;
            y[k]! += line.e[k]!;
          }
          byYear.set(year, y);
          line.g?.forEach(([j, w, util], i) => {
            const acc = gpus[i];
            if (!acc) return;
            acc.joules += j;
            acc.wattSeconds += w * line.d;
            acc.maxW = Math.max(acc.maxW, w);
            if (util !== null) {
              acc.utilSum += util;
              acc.utilN++;
            }
          });
          if (line.cs !== undefined) cpuSeconds = line.cs;
          if (line.rss !== undefined) peakRss = Math.max(peakRss ?? 0, line.rss);
          // the timeline shows the GPUs' power readings; energy totals use the samples' joules, which carry the
          // energy-counter corrections at checkpoints (see open-sensors.ts, readGpus)
          const gpuPowerJ = line.g ? line.g.reduce((sum, [, w]) => sum + w * line.d, 0) : line.e[0];
          timeline.add(durationS, line.d, [gpuPowerJ, line.e[1], line.e[2]]);
          break;
        }
        case 'p': {
          const idx = start?.gpus.findIndex((g) => g.index === line.i) ?? -1;
          const acc = gpus[idx];
          if (acc) acc.processes.set(line.pid, Math.max(acc.processes.get(line.pid) ?? 0, line.mem ?? 0) || line.mem);
          break;
        }
        case 'end':
          end = { at: line.at, exitCode: line.exitCode, signal: line.signal };
          break;
        case 'orphan':
          orphan = { at: line.at, pid: line.pid };
          break;
        case 'gone':
          if (orphan) orphan.goneAt = line.at;
          break;
      }
    },
    build(context, options = {}) {
      if (!start) throw new JournalError('the journal has no start line');
      const s = start;
      const status: RunStatus = end ? 'finished' : (options.status ?? 'interrupted');
      const kwh = joules.map((j) => j / J_PER_KWH) as [number, number, number];
      const totalKwh = kwh[0] + kwh[1] + kwh[2];
      const sensors = sensorNames(s);
      const gpuMethod: EnergyMethod = s.gpus.length === 0 ? 'none' : s.gpus.every((g) => g.method === 'counter') ? 'counter' : 'power-integration';
      const notes = [...s.notes];
      if (orphan) {
        const when = new Date(orphan.at).toISOString();
        notes.push(
          orphan.goneAt !== undefined
            ? `the tracker was killed at ${when}; its command (process ${orphan.pid}) went on unmeasured for ${Math.round((orphan.goneAt - orphan.at) / 1000)} s more: energy and emissions cover only the measured part`
            : `the tracker was killed at ${when}; its command (process ${orphan.pid}) went on unmeasured: energy and emissions cover only the measured part`,
        );
      }

      // Embodied: each tracked GPU for the whole run; the CPU for the share of it the command used (or all of it under RAPL).
      const devices: EmbodiedDevice[] = [];
      const gpuRecords: RunRecord['hardware']['gpus'] = s.gpus.map((g, i) => {
        const a = gpus[i]!;
        let hardwareId: string | undefined;
        try {
          const row = findHardware(g.name);
          hardwareId = row.id;
          devices.push({ row, count: 1 });
        } catch {
          notes.push(`GPU "${g.name}" is not in the hardware table: no embodied emissions counted for it`);
        }
        return {
          index: g.index, name: g.name, uuid: g.uuid, ...(hardwareId ? { hardwareId } : {}),
          energyKwh: a.joules / J_PER_KWH,
          method: g.method,
          avgPowerW: durationS > 0 ? a.wattSeconds / durationS : 0,
          maxPowerW: a.maxW,
          avgUtilizationPercent: a.utilN ? a.utilSum / a.utilN : null,
          processes: [...a.processes].map(([pid, mem]) => ({ pid, usedMemoryMiB: mem })),
        };
      });
      const cpuRow = matchCpuModel(s.cpu.model);
      if (cpuRow) {
        const share = s.cpu.sensor === 'rapl' || durationS === 0 ? 1 : Math.min(1, (cpuSeconds ?? 0) / (durationS * s.cpu.logicalCores));
        devices.push({ row: cpuRow, count: s.cpu.sockets, share });
      }
      const years: YearEnergy[] = [...byYear.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([year, [g, c, r]]) => ({ year, gpuKwh: g / J_PER_KWH, cpuKwh: c / J_PER_KWH, ramKwh: r / J_PER_KWH }));
      const p = priceMeasuredRun(
        {
          byYear: years,
          spreads: { gpu: sensorSpreads[sensors.gpu], cpu: sensorSpreads[sensors.cpu], ram: sensorSpreads[sensors.ram] },
          durationS,
          devices,
        },
        context.location,
        context.pue,
        new Date(s.at).getUTCFullYear(),
      );
      notes.push(...p.notes);
      const endedAtMs = end?.at ?? (samples ? lastAt : null);
      return {
        schemaVersion: 1,
        id: s.id,
        status,
        command: s.command,
        exitCode: end?.exitCode ?? null,
        signal: end?.signal ?? null,
        startedAt: s.startedAt,
        endedAt: status === 'running' || endedAtMs === null ? null : new Date(endedAtMs).toISOString(),
        durationS,
        host: s.host,
        node: s.node,
        jobId: s.jobId,
        project: s.project,
        hardware: {
          gpus: gpuRecords,
          cpu: { ...s.cpu, ...(cpuRow ? { hardwareId: cpuRow.id } : {}), energyKwh: kwh[1], cpuSeconds },
          ram: { ...s.ram, energyKwh: kwh[2], peakRssGb: peakRss === null ? null : peakRss / 1024 ** 3 },
        },
        energy: {
          gpuKwh: kwh[0],
          cpuKwh: kwh[1],
          ramKwh: kwh[2],
          totalKwh,
          facilityKwh: p.facilityKwh,
          methods: { gpu: gpuMethod, cpu: s.cpu.method, ram: s.ram.method },
          accuracy: { gpu: accuracyOf(sensors.gpu), cpu: accuracyOf(sensors.cpu), ram: accuracyOf(sensors.ram) },
        },
        pue: p.pue,
        location: { ...s.location, label: p.label, ...(p.providerName ? { providerName: p.providerName } : {}) },
        intensity: p.intensity,
        emissionsKg: p.emissionsKg,
        emissionsLowKg: p.emissionsLowKg,
        emissionsHighKg: p.emissionsHighKg,
        ...(p.offsets ? { offsets: p.offsets } : {}),
        embodiedKg: p.embodiedKg,
        embodiedLowKg: p.embodiedLowKg,
        embodiedHighKg: p.embodiedHighKg,
        embodiedSources: p.embodiedSources,
        intervalS: s.intervalS,
        sampleCount: samples,
        timeline: timeline.points(),
        tracker: { name: 'carbontrail', version: VERSION },
        notes: [...new Set(notes)],
      };
    },
  };
}

/** Builds the record of a whole journal. */
export function buildRunRecord(lines: readonly JournalLine[], context: PriceContext, options: { status?: RunStatus } = {}): RunRecord {
  const b = createRecordBuilder();
  for (const l of lines) b.add(l);
  return b.build(context, options);
}
