/** Chooses and opens the sensors for a run: NVML for GPUs, RAPL or TDP × CPU share for the CPU, DRAM RAPL or a model for RAM. */
import { findDefault, matchCpuModel } from '@carbontrail/core';
import type { JournalStart } from '@carbontrail/core/schemas';
import { SensorChoiceError } from '../errors.ts';
import { readMachineInfo, type MachineInfo } from './machine-info.ts';
import { findNvmlLibrary, openNvml, probeNvml, visibleDevices, type Nvml } from './nvml.ts';
import { createRaplMeter, probeRapl } from './rapl.ts';
import type { SensorReport } from './sensor.ts';

export type GpuMethodOption = 'auto' | 'counter' | 'power';

/** Seconds between reads of a GPU's energy counter (power readings fill in between; see readGpus). */
export const COUNTER_CHECKPOINT_S = 10;
/** Seconds between reads of GPU utilisation (reused in between): NVML calls cost up to a few ms each on some drivers. */
export const UTILIZATION_EVERY_S = 5;

/** RAM power per GB of resident memory, from core's defaults table (with its source). */
const ramDefault = () => findDefault('ram-power-w-per-gb');
/** CPU power per logical CPU for a CPU model missing from the hardware table, from core's defaults table. */
const cpuThreadDefault = () => findDefault('cpu-power-w-per-thread');

export interface SensorOptions {
  /** Root of the /proc and /sys trees to read (tests use fixture trees); default '/'. */
  root?: string;
  /** Path of libnvidia-ml (or a stand-in); default: searched for. */
  nvmlLib?: string;
  ldLibraryPath?: string;
  /** The value of CUDA_VISIBLE_DEVICES, if set. */
  cudaVisibleDevices?: string;
  gpuMethod?: GpuMethodOption;
  /** CPU TDP per socket in watts, overriding the hardware table. */
  cpuTdpW?: number;
  /** Seconds between reads of the GPUs' energy counters (default COUNTER_CHECKPOINT_S); 0 reads them every sample. */
  counterCheckpointS?: number;
}

/** A GPU energy reading: [joules since last read, watts, utilisation % or null, raw counter mJ or null]. */
export type GpuReading = [number, number, number | null, number | null];

export interface Sensors {
  machine: MachineInfo;
  gpus: JournalStart['gpus'];
  /** How CPU energy is obtained (looked up on first access). */
  readonly cpu: JournalStart['cpu'];
  ram: JournalStart['ram'];
  notes: string[];
  /** Energy of each tracked GPU since the previous call, over `dtS` seconds; `final` forces an energy-counter read. */
  readGpus(dtS: number, final?: boolean): GpuReading[];
  /** Compute processes on the tracked GPUs. */
  gpuProcesses(): { i: number; pid: number; mem: number | null }[];
  /** CPU joules since the previous call, given the CPU seconds the process tree used meanwhile. */
  readCpu(cpuSecondsDelta: number): number;
  /** RAM joules since the previous call, given the tree's mean resident memory and the seconds elapsed. */
  readRam(rssBytes: number, dtS: number): number;
  close(): void;
}

/** Probes and opens the sensors; takes the first reading of every counter. */
export function openSensors(options: SensorOptions = {}): Sensors {
  const root = options.root ?? '/';
  const machine = readMachineInfo(root);
  const notes: string[] = [];

  // GPUs
  let nvml: Nvml | undefined;
  const gpus: JournalStart['gpus'] = [];
  const lastCounter: (number | undefined)[] = [];
  const lastCounterAt: number[] = [];
  const checkpointMs = (options.counterCheckpointS ?? COUNTER_CHECKPOINT_S) * 1000;
  const sinceCheckpointJ: number[] = [];
  const lastUtil: (number | null)[] = [];
  let lastUtilAt = -Infinity;
  const library = findNvmlLibrary({ libPath: options.nvmlLib, ldLibraryPath: options.ldLibraryPath, root });
  if (library) {
    try {
      nvml = openNvml(library);
    } catch (err) {
      notes.push(`NVML not usable (${(err as Error).message}); GPU energy not measured`);
    }
  }
  if (nvml) {
    const all = Array.from({ length: nvml.deviceCount }, (_, i) => nvml!.device(i));
    const vis = visibleDevices(all, options.cudaVisibleDevices);
    if (vis.note) notes.push(vis.note);
    for (const index of vis.indices) {
      const counter = nvml.energyMj(index);
      const info = nvml.device(index);
      if (options.gpuMethod === 'counter' && counter === undefined) {
        nvml.shutdown();
        throw new SensorChoiceError(`GPU ${index} (${info.name}) has no energy counter; use --gpu-method auto or power`);
      }
      const method = options.gpuMethod === 'power' || counter === undefined ? 'power-integration' : 'counter';
      if (method === 'power-integration' && options.gpuMethod !== 'power') {
        notes.push(`GPU ${index} (${info.name}) has no energy counter: its power readings are integrated over time`);
      }
      gpus.push({ index, name: info.name, uuid: info.uuid, method });
      lastCounter.push(counter);
      lastCounterAt.push(Date.now());
      sinceCheckpointJ.push(0);
    }
    if (gpus.length === 0) {
      nvml.shutdown();
      nvml = undefined;
    }
  }

  // CPU and RAM
  const rapl = probeRapl(root);
  const pkgDomains = rapl.domains.filter((d) => d.kind === 'package');
  const dramDomains = rapl.domains.filter((d) => d.kind === 'dram');
  const pkgMeter = rapl.package.usable ? createRaplMeter(pkgDomains) : undefined;
  const dramMeter = rapl.dram.usable ? createRaplMeter(dramDomains) : undefined;
  // The TDP lookup scans the hardware table (tens of ms): it runs on first use, after the command has started.
  let cpuDesc: JournalStart['cpu'] | undefined;
  let tdpTotalW = 0;
  const describeCpu = (): JournalStart['cpu'] => {
    if (cpuDesc) return cpuDesc;
    if (pkgMeter) {
      cpuDesc = { model: machine.cpuModel, sockets: machine.sockets, logicalCores: machine.logicalCores, sensor: 'rapl', method: 'counter', tdpW: null, tdpSource: null };
      notes.push('CPU energy from RAPL package counters: the whole machine, not only the command');
      return cpuDesc;
    }
    let tdpW: number;
    let tdpSource: string;
    const row = options.cpuTdpW === undefined ? matchCpuModel(machine.cpuModel) : undefined;
    if (options.cpuTdpW !== undefined) {
      tdpW = options.cpuTdpW;
      tdpSource = '--cpu-tdp option';
    } else if (row) {
      tdpW = row.tdpW;
      tdpSource = `hardware table: ${row.name} (${row.source}, ${row.year})`;
    } else {
      tdpW = (cpuThreadDefault().value * machine.logicalCores) / machine.sockets;
      tdpSource = `default: ${cpuThreadDefault().value} W per logical CPU (defaults: cpu-power-w-per-thread; ${cpuThreadDefault().source})`;
      notes.push(`CPU "${machine.cpuModel}" is not in the hardware table; assumed ${cpuThreadDefault().value} W per logical CPU (set --cpu-tdp)`);
    }
    tdpTotalW = tdpW * machine.sockets;
    cpuDesc = { model: machine.cpuModel, sockets: machine.sockets, logicalCores: machine.logicalCores, sensor: 'tdp-cpu-share', method: 'estimate', tdpW, tdpSource };
    notes.push(`CPU energy estimated: TDP ${round(tdpW)} W × ${machine.sockets} socket(s) × the command's CPU time / (wall time × ${machine.logicalCores} logical CPUs) (RAPL: ${rapl.package.reason})`);
    return cpuDesc;
  };
  let ram: JournalStart['ram'];
  const ramW = ramDefault().value;
  if (dramMeter) {
    ram = { totalGb: machine.ramTotalGb, sensor: 'rapl-dram', method: 'counter', source: 'RAPL DRAM domain (whole machine)' };
  } else {
    ram = { totalGb: machine.ramTotalGb, sensor: 'rss-model', method: 'estimate', wPerGb: ramW, source: `defaults: ram-power-w-per-gb; ${ramDefault().source}` };
    notes.push(`RAM energy estimated: ${ramW} W per GB of the command's resident memory (defaults: ram-power-w-per-gb)`);
  }

  return {
    machine,
    gpus,
    get cpu() {
      return describeCpu();
    },
    ram,
    notes,
    readGpus(dtS, final = false) {
      if (!nvml) return [];
      const n = nvml;
      const nowMs = Date.now();
      const readUtil = nowMs - lastUtilAt >= UTILIZATION_EVERY_S * 1000;
      if (readUtil) lastUtilAt = nowMs;
      return gpus.map((g, k): GpuReading => {
        if (readUtil) lastUtil[k] = n.utilizationPercent(g.index) ?? null;
        const util = lastUtil[k] ?? null;
        // NVML's power reading is an average over the last second on recent GPUs: the mean of the interval just ended.
        // It costs microseconds, while the energy counter costs ~4 ms of CPU a read (H100, driver 580), so the counter
        // is read at checkpoints only (every COUNTER_CHECKPOINT_S and at the end): each checkpoint sample carries the
        // counter's delta less what the power readings gave since the previous one, so totals are the counter's.
        const mw = n.powerMw(g.index);
        const watts = mw === undefined ? 0 : mw / 1000;
        if (g.method === 'counter' && (final || nowMs - (lastCounterAt[k] ?? 0) >= checkpointMs)) {
          const now = n.energyMj(g.index);
          const prev = lastCounter[k];
          if (now !== undefined && prev !== undefined) {
            lastCounter[k] = now;
            lastCounterAt[k] = nowMs;
            const joules = Math.max(0, now - prev) / 1000 - (sinceCheckpointJ[k] ?? 0);
            sinceCheckpointJ[k] = 0;
            return [joules, watts, util, now];
          }
        }
        const joules = watts * dtS;
        if (g.method === 'counter') sinceCheckpointJ[k] = (sinceCheckpointJ[k] ?? 0) + joules;
        return [joules, watts, util, null];
      });
    },
    gpuProcesses() {
      if (!nvml) return [];
      const out: { i: number; pid: number; mem: number | null }[] = [];
      for (const g of gpus) for (const p of nvml.processes(g.index)) out.push({ i: g.index, pid: p.pid, mem: p.usedMemoryMiB });
      return out;
    },
    readCpu(cpuSecondsDelta) {
      if (pkgMeter) return pkgMeter.read();
      describeCpu();
      return (tdpTotalW * cpuSecondsDelta) / machine.logicalCores;
    },
    readRam(rssBytes, dtS) {
      if (dramMeter) return dramMeter.read();
      return ramW * (rssBytes / 1024 ** 3) * dtS;
    },
    close() {
      nvml?.shutdown();
      nvml = undefined;
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** What `carbontrail detect` prints: every sensor, usable or not, and why. */
export function detectSensors(options: SensorOptions = {}): { machine: MachineInfo; sensors: SensorReport[] } {
  const root = options.root ?? '/';
  const machine = readMachineInfo(root);
  const library = findNvmlLibrary({ libPath: options.nvmlLib, ldLibraryPath: options.ldLibraryPath, root });
  const nv = probeNvml(library);
  let gpuReason = nv.reason;
  if (nv.usable && options.cudaVisibleDevices !== undefined) {
    const vis = visibleDevices(nv.devices, options.cudaVisibleDevices);
    gpuReason += `; ${vis.note ?? ''}`;
  }
  const rapl = probeRapl(root);
  const row = matchCpuModel(machine.cpuModel);
  const tdp = options.cpuTdpW !== undefined
    ? `TDP ${options.cpuTdpW} W from --cpu-tdp`
    : row
      ? `TDP ${row.tdpW} W from the hardware table (${row.name})`
      : `"${machine.cpuModel}" is not in the hardware table: ${cpuThreadDefault().value} W per logical CPU assumed (set --cpu-tdp)`;
  const cpuFallback = rapl.package.usable
    ? `not needed (RAPL is usable); would use ${tdp}`
    : `used because RAPL is not: CPU energy will be estimated from TDP × CPU share; ${tdp}; ${machine.logicalCores} logical CPUs, ${machine.sockets} socket(s)`;
  return {
    machine,
    sensors: [
      { name: 'nvml', component: 'gpu', usable: nv.usable, reason: gpuReason, method: nv.devices.some((d) => !d.counter) ? 'power-integration' : 'counter' },
      { name: 'rapl', component: 'cpu', usable: rapl.package.usable, reason: rapl.package.reason + (rapl.package.usable ? '' : '; CPU energy will be estimated from TDP × CPU share'), method: 'counter' },
      { name: 'tdp-cpu-share', component: 'cpu', usable: true, reason: cpuFallback, method: 'estimate' },
      { name: 'rapl-dram', component: 'ram', usable: rapl.dram.usable, reason: rapl.dram.reason + (rapl.dram.usable ? '' : '; RAM energy will be estimated from resident memory'), method: 'counter' },
      { name: 'rss-model', component: 'ram', usable: true, reason: `${ramDefault().value} W per GB of the command's resident memory (${ramDefault().source})${rapl.dram.usable ? '; not needed (DRAM RAPL is usable)' : ''}`, method: 'estimate' },
    ],
  };
}
