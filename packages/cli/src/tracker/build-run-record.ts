/** Folds journal lines into a run record: energy by component and device, priced per sample year, with ranges. */
import { embodiedForDevice, findHardware, matchCpuModel, resolveIntensity, resolvePue, type ResolvedIntensity } from '@carbontrail/core';
import type { EnergyMethod, RunRecord, RunStatus } from './core-run-record.ts';
import { sensorAccuracy } from './accuracy.ts';
import type { JournalLine, JournalStart } from './journal.ts';

export const TRACKER_VERSION = '0.1.0';
const J_PER_KWH = 3.6e6;
/** The timeline keeps at most this many points; older ones are merged in pairs as the run grows. */
const TIMELINE_MAX = 720;

interface GpuAcc {
  joules: number;
  wattSeconds: number;
  maxW: number;
  utilSum: number;
  utilN: number;
  processes: Map<number, number | null>;
}

interface Point {
  t: number;
  d: number;
  g: number;
  c: number;
  r: number;
}

export interface RecordBuilder {
  add(line: JournalLine): void;
  readonly start: JournalStart | undefined;
  readonly ended: boolean;
  /** Joules so far by component: [gpu, cpu, ram]. */
  readonly joules: readonly [number, number, number];
  build(options?: { status?: RunStatus }): RunRecord;
}

/** A builder that takes journal lines one at a time (live, or read back from a file) and builds the record on demand. */
export function createRecordBuilder(): RecordBuilder {
  let start: JournalStart | undefined;
  let end: { at: number; exitCode: number | null; signal: string | null } | undefined;
  const joules: [number, number, number] = [0, 0, 0];
  const byYear = new Map<number, [number, number, number]>();
  let gpus: GpuAcc[] = [];
  let durationS = 0;
  let lastAt = 0;
  let samples = 0;
  let cpuSeconds: number | null = null;
  let peakRss: number | null = null;
  let timeline: Point[] = [];
  let bucket = 1;
  let pending: Point | undefined;

  function pushPoint(p: Point) {
    if (!pending) pending = { ...p };
    else {
      pending.t = p.t;
      pending.d += p.d;
      pending.g += p.g;
      pending.c += p.c;
      pending.r += p.r;
    }
    if (--pendingLeft > 0) return;
    timeline.push(pending);
    pending = undefined;
    pendingLeft = bucket;
    if (timeline.length >= TIMELINE_MAX) {
      const merged: Point[] = [];
      for (let i = 0; i < timeline.length; i += 2) {
        const a = timeline[i]!;
        const b = timeline[i + 1];
        merged.push(b ? { t: b.t, d: a.d + b.d, g: a.g + b.g, c: a.c + b.c, r: a.r + b.r } : a);
      }
      timeline = merged;
      bucket *= 2;
      pendingLeft = bucket;
    }
  }
  let pendingLeft = 1;

  const builder: RecordBuilder = {
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
          for (let k = 0; k < 3; k++) joules[k]! += line.e[k]!;
          const year = new Date(line.at).getUTCFullYear();
          const y = byYear.get(year) ?? [0, 0, 0];
          for (let k = 0; k < 3; k++) y[k]! += line.e[k]!;
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
          // the timeline shows the GPUs' power readings; energy totals above use the samples' joules, which carry
          // the energy-counter corrections at checkpoints (see open-sensors.ts, readGpus)
          const gpuPowerJ = line.g ? line.g.reduce((sum, [, w]) => sum + w * line.d, 0) : line.e[0];
          pushPoint({ t: durationS, d: line.d, g: gpuPowerJ, c: line.e[1], r: line.e[2] });
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
      }
    },
    build(options = {}) {
      if (!start) throw new Error('the journal has no start line');
      const s = start;
      const status: RunStatus = end ? 'finished' : (options.status ?? 'interrupted');
      const notes = [...s.notes];
      const kwh = joules.map((j) => j / J_PER_KWH) as [number, number, number];
      const totalKwh = kwh[0] + kwh[1] + kwh[2];
      const gpuMethod: EnergyMethod = s.gpus.length === 0 ? 'none' : s.gpus.every((g) => g.method === 'counter') ? 'counter' : 'power-integration';
      const gpuAcc = s.gpus.length === 0 ? sensorAccuracy.none : s.gpus.some((g) => g.method === 'power-integration') ? sensorAccuracy['nvml-power'] : sensorAccuracy['nvml-counter'];
      const cpuAcc = sensorAccuracy[s.cpu.sensor === 'rapl' ? 'rapl' : s.cpu.sensor === 'tdp-cpu-share' ? 'tdp-cpu-share' : 'none'];
      const ramAcc = sensorAccuracy[s.ram.sensor === 'rapl-dram' ? 'rapl-dram' : s.ram.sensor === 'rss-model' ? 'rss-model' : 'none'];
      const acc = [gpuAcc, cpuAcc, ramAcc];

      const loc = s.location;
      const pue = resolvePue({ provider: loc.provider, region: loc.region, pue: s.pue });
      const startYear = new Date(s.at).getUTCFullYear();
      const intensities = new Map<number, ResolvedIntensity>();
      const intensityFor = (year: number) => {
        let r = intensities.get(year);
        if (!r) {
          r = resolveIntensity({ ...loc, year });
          intensities.set(year, r);
        }
        return r;
      };
      let emissions = 0;
      let low = 0;
      let high = 0;
      let facility = 0;
      const years = [...byYear.keys()].sort();
      const yearRows: RunRecord['intensity']['byYear'] = [];
      for (const year of years) {
        const e = byYear.get(year)!.map((j) => j / J_PER_KWH);
        const I = intensityFor(year);
        const f = (e[0]! + e[1]! + e[2]!) * pue.value;
        facility += f;
        emissions += (f * I.gPerKwh) / 1000;
        let lo = 0;
        let hi = 0;
        e.forEach((k, i) => {
          lo += k * (1 + acc[i]!.low);
          hi += k * (1 + acc[i]!.high);
        });
        low += (lo * pue.low * I.low) / 1000;
        high += (hi * pue.high * I.high) / 1000;
        yearRows.push({ year, gPerKwh: I.gPerKwh, facilityKwh: f, source: I.source });
      }
      const main = intensityFor(years.length ? years[years.length - 1]! : startYear);
      if (main.note) notes.push(main.note);
      const meanG = facility > 0 ? (emissions * 1000) / facility : main.gPerKwh;
      const hours = durationS / 3600;

      // Embodied: each tracked GPU for the whole run; the CPU for the share of it the command used (or all of it under RAPL).
      let embodiedKg = 0;
      let embodiedLowKg = 0;
      let embodiedHighKg = 0;
      const embodiedSources = new Set<string>();
      const gpuRecords: RunRecord['hardware']['gpus'] = s.gpus.map((g, i) => {
        const a = gpus[i]!;
        let hardwareId: string | undefined;
        try {
          const row = findHardware(g.name);
          hardwareId = row.id;
          const share = embodiedForDevice(row, hours);
          embodiedKg += share.kg;
          embodiedLowKg += share.lowKg;
          embodiedHighKg += share.highKg;
          embodiedSources.add(share.source);
        } catch {
          notes.push(`GPU "${g.name}" is not in the hardware table: no embodied emissions counted for it`);
        }
        return {
          index: g.index,
          name: g.name,
          uuid: g.uuid,
          ...(hardwareId ? { hardwareId } : {}),
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
        const e = embodiedForDevice(cpuRow, hours);
        embodiedKg += e.kg * s.cpu.sockets * share;
        embodiedLowKg += e.lowKg * s.cpu.sockets * share;
        embodiedHighKg += e.highKg * s.cpu.sockets * share;
        embodiedSources.add(e.source);
      }

      const timelineOut = [...timeline, ...(pending ? [pending] : [])].map((p) => ({
        t: round(p.t, 3),
        gpuW: p.d > 0 ? round(p.g / p.d, 3) : 0,
        cpuW: p.d > 0 ? round(p.c / p.d, 3) : 0,
        ramW: p.d > 0 ? round(p.r / p.d, 3) : 0,
      }));
      const endedAtMs = end?.at ?? (samples ? lastAt : null);
      const exitCode = end?.exitCode ?? null;
      return {
        schemaVersion: 1,
        id: s.id,
        status,
        command: s.command,
        exitCode,
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
          cpu: {
            model: s.cpu.model,
            sockets: s.cpu.sockets,
            logicalCores: s.cpu.logicalCores,
            tdpW: s.cpu.tdpW,
            tdpSource: s.cpu.tdpSource,
            ...(cpuRow ? { hardwareId: cpuRow.id } : {}),
            energyKwh: kwh[1],
            method: s.cpu.method,
            sensor: s.cpu.sensor,
            cpuSeconds,
          },
          ram: {
            totalGb: s.ram.totalGb,
            energyKwh: kwh[2],
            method: s.ram.method,
            sensor: s.ram.sensor,
            ...(s.ram.wPerGb ? { wPerGb: s.ram.wPerGb } : {}),
            source: s.ram.source,
            peakRssGb: peakRss === null ? null : peakRss / 1024 ** 3,
          },
        },
        energy: {
          gpuKwh: kwh[0],
          cpuKwh: kwh[1],
          ramKwh: kwh[2],
          totalKwh,
          facilityKwh: totalKwh * pue.value,
          methods: { gpu: gpuMethod, cpu: s.cpu.method, ram: s.ram.method },
          accuracy: { gpu: gpuAcc, cpu: cpuAcc, ram: ramAcc },
        },
        pue: { value: pue.value, low: pue.low, high: pue.high, source: pue.source, ...(pue.year ? { year: pue.year } : {}) },
        location: loc,
        intensity: {
          gPerKwh: meanG,
          low: main.low,
          high: main.high,
          rule: main.rule,
          source: main.source,
          ...(main.year ? { year: main.year } : {}),
          ...(main.zone ? { zone: main.zone } : {}),
          ...(main.country ? { country: main.country } : {}),
          ...(main.note ? { note: main.note } : {}),
          byYear: yearRows,
        },
        emissionsKg: emissions,
        emissionsLowKg: Math.min(low, emissions),
        emissionsHighKg: Math.max(high, emissions),
        embodiedKg,
        embodiedLowKg,
        embodiedHighKg,
        embodiedSources: [...embodiedSources],
        intervalS: s.intervalS,
        sampleCount: samples,
        timeline: timelineOut,
        tracker: { name: 'carbontrail', version: TRACKER_VERSION },
        notes,
      };
    },
  };
  return builder;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Builds the record of a whole journal. */
export function buildRunRecord(lines: JournalLine[], options: { status?: RunStatus } = {}): RunRecord {
  const b = createRecordBuilder();
  for (const l of lines) b.add(l);
  return b.build(options);
}
