/** The CPU model, socket and core counts, and total memory of the machine, read from /proc. */
import { cpus, totalmem } from 'node:os';
import { readText, underRoot } from './sys-files.ts';

export interface MachineInfo {
  cpuModel: string;
  sockets: number;
  logicalCores: number;
  ramTotalGb: number;
}

/** Reads /proc/cpuinfo and /proc/meminfo under `root`; falls back to node:os where a file is missing. */
export function readMachineInfo(root = '/'): MachineInfo {
  const cpuinfo = readText(underRoot(root, '/proc/cpuinfo')) ?? '';
  let model = '';
  let processors = 0;
  const physicalIds = new Set<string>();
  for (const line of cpuinfo.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'processor') processors++;
    else if (key === 'model name' && !model) model = value;
    else if (key === 'physical id') physicalIds.add(value);
  }
  if (!model) model = cpus()[0]?.model ?? 'unknown CPU';
  if (processors === 0) processors = cpus().length || 1;
  const meminfo = readText(underRoot(root, '/proc/meminfo')) ?? '';
  const m = /^MemTotal:\s+(\d+)\s+kB/m.exec(meminfo);
  const ramBytes = m?.[1] ? Number(m[1]) * 1024 : totalmem();
  return {
    cpuModel: model,
    sockets: Math.max(1, physicalIds.size),
    logicalCores: processors,
    ramTotalGb: ramBytes / 1024 ** 3,
  };
}
