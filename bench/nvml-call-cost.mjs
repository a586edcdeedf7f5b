// Benchmark (GPU machines): CPU time of each NVML call the tracker makes per sample, beside reading /proc/self/stat.
// Usage: node bench/nvml-call-cost.mjs [calls]   (needs libnvidia-ml.so.1; koffi from node_modules)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const koffi = require('koffi');
const n = Number(process.argv[2] ?? 300);
const libPath = process.env.CARBONTRAIL_NVML_LIB ?? 'libnvidia-ml.so.1';
const lib = koffi.load(libPath);
const dev = koffi.pointer(koffi.opaque());
const f = (name, ret, params) => lib.func(name, ret, params);
const init = f('nvmlInit_v2', 'int', []);
const getHandle = f('nvmlDeviceGetHandleByIndex_v2', 'int', ['uint32', koffi.out(koffi.pointer(dev))]);
const getEnergy = f('nvmlDeviceGetTotalEnergyConsumption', 'int', [dev, koffi.out(koffi.pointer('uint64'))]);
const getPower = f('nvmlDeviceGetPowerUsage', 'int', [dev, koffi.out(koffi.pointer('uint32'))]);
const getUtil = f('nvmlDeviceGetUtilizationRates', 'int', [dev, 'void *']);
const getProcs = f('nvmlDeviceGetComputeRunningProcesses_v3', 'int', [dev, koffi.inout(koffi.pointer('uint32')), 'void *']);

if (init() !== 0) throw new Error('nvmlInit_v2 failed');
const h = [null];
if (getHandle(0, h) !== 0) throw new Error('no GPU 0');
const u64 = [0];
const u32 = [0];
const buf = Buffer.alloc(24 * 32);

function cost(name, call) {
  call();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) call();
  const wall = (performance.now() - t0) / n;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / n / 1000;
  console.log(`  ${name.padEnd(44)} ${cpu.toFixed(3).padStart(8)} ms CPU  ${wall.toFixed(3).padStart(8)} ms wall  per call`);
}

console.log(`NVML call cost, ${n} calls each (${libPath})`);
cost('read /proc/self/stat (reference)', () => readFileSync('/proc/self/stat'));
cost('nvmlDeviceGetTotalEnergyConsumption', () => getEnergy(h[0], u64));
cost('nvmlDeviceGetPowerUsage', () => getPower(h[0], u32));
cost('nvmlDeviceGetUtilizationRates', () => getUtil(h[0], buf));
cost('nvmlDeviceGetComputeRunningProcesses_v3', () => getProcs(h[0], [32], buf));
