/** NVIDIA's management library (NVML), loaded at run time through koffi: device names, energy, power, processes. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { NvmlError } from '../errors.ts';
import type { Probe } from './sensor.ts';
import { underRoot } from './sys-files.ts';

const NVML_SUCCESS = 0;
const NVML_ERROR_INSUFFICIENT_SIZE = 7;
const LIB_NAME = 'libnvidia-ml.so.1';
/** Where distributions and containers put the driver's libraries. */
const LIB_DIRS = [
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib64',
  '/usr/lib',
  '/usr/local/nvidia/lib64',
  '/usr/local/nvidia/lib',
  '/usr/lib/wsl/lib',
  '/run/nvidia/driver/usr/lib/x86_64-linux-gnu',
];

export interface NvmlDeviceInfo {
  index: number;
  name: string;
  uuid: string;
}

export interface GpuProcessInfo {
  pid: number;
  usedMemoryMiB: number | null;
}

/** An initialised NVML: call shutdown() when done. */
export interface Nvml {
  library: string;
  deviceCount: number;
  device(index: number): NvmlDeviceInfo;
  /** Total energy since the driver loaded, mJ; undefined when the device has no counter (before Volta). */
  energyMj(index: number): number | undefined;
  powerMw(index: number): number | undefined;
  utilizationPercent(index: number): number | undefined;
  processes(index: number): GpuProcessInfo[];
  shutdown(): void;
}

/**
 * Where the NVML library is: the explicit path (option or CARBONTRAIL_NVML_LIB), else the first of
 * LD_LIBRARY_PATH and the usual driver folders that has it, else the bare name when the NVIDIA driver is
 * loaded (/proc/driver/nvidia), else undefined, in which case koffi is never loaded.
 */
export function findNvmlLibrary(options: { libPath?: string; ldLibraryPath?: string; root?: string }): string | undefined {
  if (options.libPath) return options.libPath;
  const root = options.root ?? '/';
  const dirs = [...(options.ldLibraryPath ?? '').split(':').filter(Boolean), ...LIB_DIRS];
  for (const d of dirs) {
    const p = join(underRoot(root, d), LIB_NAME);
    if (existsSync(p)) return p;
  }
  if (root === '/' && existsSync('/proc/driver/nvidia/version')) return LIB_NAME;
  return undefined;
}

interface Bound {
  init: () => number;
  shutdown: () => number;
  errorString: (code: number) => string;
  getCount: (out: number[]) => number;
  getHandle: (i: number, out: unknown[]) => number;
  getName: (h: unknown, buf: Buffer, len: number) => number;
  getUuid: (h: unknown, buf: Buffer, len: number) => number;
  getEnergy: (h: unknown, out: number[]) => number;
  getPower: (h: unknown, out: number[]) => number;
  getUtil: (h: unknown, buf: Buffer) => number;
  getProcs: (h: unknown, count: number[], buf: Buffer) => number;
}

type Koffi = typeof import('koffi');
let koffiTypes: { dev: unknown } | undefined;

function bind(koffi: Koffi, library: string): Bound {
  const lib = koffi.load(library);
  koffiTypes ??= { dev: koffi.pointer(koffi.opaque()) };
  const dev = koffiTypes.dev as import('koffi').IKoffiCType;
  const u32p = koffi.out(koffi.pointer('uint32'));
  const f = (name: string, ret: string, params: unknown[]) => lib.func(name, ret, params as never[]) as never;
  return {
    init: f('nvmlInit_v2', 'int', []),
    shutdown: f('nvmlShutdown', 'int', []),
    errorString: f('nvmlErrorString', 'const char *', ['int']),
    getCount: f('nvmlDeviceGetCount_v2', 'int', [u32p]),
    getHandle: f('nvmlDeviceGetHandleByIndex_v2', 'int', ['uint32', koffi.out(koffi.pointer(dev))]),
    getName: f('nvmlDeviceGetName', 'int', [dev, 'void *', 'uint32']),
    getUuid: f('nvmlDeviceGetUUID', 'int', [dev, 'void *', 'uint32']),
    getEnergy: f('nvmlDeviceGetTotalEnergyConsumption', 'int', [dev, koffi.out(koffi.pointer('uint64'))]),
    getPower: f('nvmlDeviceGetPowerUsage', 'int', [dev, u32p]),
    getUtil: f('nvmlDeviceGetUtilizationRates', 'int', [dev, 'void *']),
    getProcs: f('nvmlDeviceGetComputeRunningProcesses_v3', 'int', [dev, koffi.inout(koffi.pointer('uint32')), 'void *']),
  };
}

/** Loads koffi and the library and initialises NVML; throws an Error with NVML's message when that fails. */
export function openNvml(library: string): Nvml {
  const require = createRequire(import.meta.url);
  const koffi = require('koffi') as Koffi;
  const b = bind(koffi, library);
  const check = (what: string, code: number) => {
    if (code !== NVML_SUCCESS) throw new NvmlError(`${what} failed: ${safeErrorString(b, code)} (NVML error ${code})`);
  };
  check('nvmlInit_v2', b.init());
  const count = [0];
  try {
    check('nvmlDeviceGetCount_v2', b.getCount(count));
  } catch (err) {
    b.shutdown();
    throw err;
  }
  const handles: unknown[] = [];
  const infos: NvmlDeviceInfo[] = [];
  const text = (fn: (h: unknown, buf: Buffer, len: number) => number, h: unknown) => {
    const buf = Buffer.alloc(96);
    if (fn(h, buf, buf.length) !== NVML_SUCCESS) return '';
    const end = buf.indexOf(0);
    return buf.toString('latin1', 0, end < 0 ? buf.length : end);
  };
  for (let i = 0; i < (count[0] ?? 0); i++) {
    const out: unknown[] = [null];
    check(`nvmlDeviceGetHandleByIndex_v2(${i})`, b.getHandle(i, out));
    handles.push(out[0]);
    infos.push({ index: i, name: text(b.getName, out[0]) || `GPU ${i}`, uuid: text(b.getUuid, out[0]) });
  }
  const u64 = [0];
  const u32 = [0];
  const utilBuf = Buffer.alloc(8);
  return {
    library,
    deviceCount: infos.length,
    device: (i) => infos[i]!,
    energyMj(i) {
      return b.getEnergy(handles[i], u64) === NVML_SUCCESS ? Number(u64[0]) : undefined;
    },
    powerMw(i) {
      return b.getPower(handles[i], u32) === NVML_SUCCESS ? Number(u32[0]) : undefined;
    },
    utilizationPercent(i) {
      return b.getUtil(handles[i], utilBuf) === NVML_SUCCESS ? utilBuf.readUInt32LE(0) : undefined;
    },
    processes(i) {
      let n = 32;
      for (let attempt = 0; attempt < 3; attempt++) {
        // nvmlProcessInfo_t (v2/v3): uint32 pid, (pad), uint64 usedGpuMemory, uint32 gpuInstanceId, uint32 computeInstanceId.
        const buf = Buffer.alloc(24 * n);
        const cnt = [n];
        const code = b.getProcs(handles[i], cnt, buf);
        if (code === NVML_ERROR_INSUFFICIENT_SIZE) {
          n = (cnt[0] ?? n) + 8;
          continue;
        }
        if (code !== NVML_SUCCESS) return [];
        const list: GpuProcessInfo[] = [];
        for (let k = 0; k < (cnt[0] ?? 0); k++) {
          const mem = buf.readBigUInt64LE(24 * k + 8);
          // NVML_VALUE_NOT_AVAILABLE is (unsigned long long)-1.
          const miB = mem === 0xffffffffffffffffn ? null : Number(mem) / 1048576;
          list.push({ pid: buf.readUInt32LE(24 * k), usedMemoryMiB: miB });
        }
        return list;
      }
      return [];
    },
    shutdown() {
      b.shutdown();
    },
  };
}

function safeErrorString(b: Bound, code: number): string {
  try {
    return b.errorString(code) || 'unknown error';
  } catch {
    return 'unknown error';
  }
}

/**
 * The NVML device indices that CUDA_VISIBLE_DEVICES makes visible: indices or (prefixes of) GPU-UUIDs,
 * read up to the first entry that matches no device, as CUDA does. Undefined or unset → all devices.
 */
export function visibleDevices(devices: NvmlDeviceInfo[], cudaVisible: string | undefined): { indices: number[]; note?: string } {
  const all = devices.map((d) => d.index);
  if (cudaVisible === undefined) return { indices: all };
  const picked: number[] = [];
  for (const raw of cudaVisible.split(',')) {
    const token = raw.trim();
    if (!token) break;
    let match: NvmlDeviceInfo | undefined;
    if (/^\d+$/.test(token)) match = devices.find((d) => d.index === Number(token));
    else if (/^gpu-/i.test(token)) {
      const hits = devices.filter((d) => d.uuid.toLowerCase().startsWith(token.toLowerCase()));
      if (hits.length === 1) match = hits[0];
    }
    if (!match) {
      return {
        indices: picked,
        note: `CUDA_VISIBLE_DEVICES entry "${token}" matches no NVML device; devices from it on are not tracked (as CUDA ignores them)`,
      };
    }
    if (!picked.includes(match.index)) picked.push(match.index);
  }
  return { indices: picked, note: `CUDA_VISIBLE_DEVICES=${cudaVisible}: tracking NVML device(s) ${picked.join(', ') || 'none'}` };
}

/** Whether NVML is usable here, without keeping it open. */
export function probeNvml(library: string | undefined): Probe & { devices: (NvmlDeviceInfo & { counter: boolean })[] } {
  if (!library) {
    return { usable: false, reason: `no ${LIB_NAME} found (no NVIDIA driver); GPU energy is not measured`, devices: [] };
  }
  let nvml: Nvml;
  try {
    nvml = openNvml(library);
  } catch (err) {
    return { usable: false, reason: `cannot use NVML from ${library}: ${(err as Error).message}`, devices: [] };
  }
  try {
    const devices = Array.from({ length: nvml.deviceCount }, (_, i) => ({ ...nvml.device(i), counter: nvml.energyMj(i) !== undefined }));
    if (devices.length === 0) return { usable: false, reason: `NVML (${library}) reports no GPU`, devices };
    const list = devices.map((d) => `${d.index}: ${d.name} (${d.counter ? 'energy counter' : 'power readings, integrated'})`).join('; ');
    return { usable: true, reason: `${devices.length} GPU${devices.length > 1 ? 's' : ''} via ${library}: ${list}`, devices };
  } finally {
    nvml.shutdown();
  }
}
