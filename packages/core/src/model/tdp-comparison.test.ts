// The TDP method beside measured runs: the calculator's own figure for the run's devices and hours, ratios per component.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithTdp, estimate, findHardware } from '../index.ts';
import type { RunRecord } from '../schemas/run-record.ts';

function run(over: { gpus?: { name: string; kwh: number }[]; cpu?: { model: string; sockets: number; kwh: number }; durationS?: number } = {}): RunRecord {
  const gpus = over.gpus ?? [{ name: 'NVIDIA H100 80GB HBM3', kwh: 0.5 }, { name: 'NVIDIA H100 80GB HBM3', kwh: 0.4 }];
  const cpu = over.cpu ?? { model: 'Intel(R) Xeon(R) Platinum 8480+', sockets: 2, kwh: 0.2 };
  const gpuKwh = gpus.reduce((s, g) => s + g.kwh, 0);
  const totalKwh = gpuKwh + cpu.kwh + 0.01;
  return {
    schemaVersion: 1, id: 'r1', status: 'finished', command: ['python', 'train.py'], exitCode: 0, signal: null,
    startedAt: '2025-03-01T10:00:00.000Z', endedAt: '2025-03-01T11:00:00.000Z', durationS: over.durationS ?? 3600,
    host: { hostname: 'gpu1', os: 'Linux', platform: 'linux', arch: 'x64', runtime: 'node 20' }, node: 'gpu1', jobId: null, project: null,
    hardware: {
      gpus: gpus.map((g, i) => ({ index: i, name: g.name, uuid: `GPU-${i}`, energyKwh: g.kwh, method: 'counter' as const, avgPowerW: g.kwh * 1000, maxPowerW: 700, avgUtilizationPercent: 90, processes: [] })),
      cpu: { model: cpu.model, sockets: cpu.sockets, logicalCores: 224, tdpW: null, tdpSource: null, energyKwh: cpu.kwh, method: 'counter', sensor: 'rapl', cpuSeconds: 3600 },
      ram: { totalGb: 512, energyKwh: 0.01, method: 'estimate', sensor: 'rss-model', wPerGb: 0.3725, source: 'Green Algorithms', peakRssGb: 20 },
    },
    energy: {
      gpuKwh, cpuKwh: cpu.kwh, ramKwh: 0.01, totalKwh, facilityKwh: totalKwh * 1.2, methods: { gpu: 'counter', cpu: 'counter', ram: 'estimate' },
      accuracy: { gpu: { low: -0.05, high: 0.05 }, cpu: { low: -0.1, high: 0.1 }, ram: { low: -0.5, high: 1 } },
    },
    pue: { value: 1.2, low: 1.1, high: 1.3, source: 'stated' },
    location: { country: 'FR' },
    intensity: { gPerKwh: 50, low: 40, high: 60, rule: 'country', source: 'x', year: 2025, country: 'FR', byYear: [] },
    emissionsKg: (totalKwh * 1.2 * 50) / 1000, emissionsLowKg: 0, emissionsHighKg: 1, embodiedKg: 0, embodiedLowKg: 0, embodiedHighKg: 0, embodiedSources: [],
    intervalS: 1, sampleCount: 10, timeline: [], tracker: { name: 'carbontrail', version: '0.2.0' }, notes: [],
  };
}

test('two H100s at 0.45 kWh each for an hour: the TDP method says 2 × TDP × 1 h, the ratio is measured ÷ that', () => {
  const h100 = findHardware('NVIDIA H100 80GB HBM3');
  const c = compareWithTdp(run());
  const gpu = c.components.find((x) => x.component === 'gpu')!;
  assert.equal(gpu.tdpW, h100.tdpW);
  assert.ok(Math.abs(gpu.tdpKwh! - (2 * h100.tdpW) / 1000) < 1e-9, `${gpu.tdpKwh}`);
  // the calculator's own figure for the same devices and hours
  const calc = estimate({ devices: [{ hardware: h100.id, count: 2, load: 1 }], hours: 1, intensityGPerKwh: 50, pue: 1, embodied: false });
  assert.ok(Math.abs(gpu.tdpKwh! - calc.energyKwh) < 1e-9);
  assert.ok(Math.abs(gpu.ratio! - 0.9 / gpu.tdpKwh!) < 1e-12);
  assert.equal(gpu.method, 'counter');
  const ram = c.components.find((x) => x.component === 'ram')!;
  assert.equal(ram.ratio, null);
  assert.match(ram.reason!, /no memory/);
  // totals over the compared components only (GPU and CPU), priced with the run's PUE and intensity
  const compared = c.components.filter((x) => x.ratio !== null);
  assert.deepEqual(compared.map((x) => x.component), ['gpu', 'cpu']);
  assert.ok(Math.abs(c.tdpEmissionsKg - (c.tdpKwh * 1.2 * 50) / 1000) < 1e-12);
  assert.ok(c.ratio! < 1);
  assert.match(c.meaning, /over-estimated .*×/);
});

test('an unknown device is not compared, and says why; a run drawing more than TDP is called an under-estimate', () => {
  const c = compareWithTdp(run({ gpus: [{ name: 'Quantum Flux GPU 9000', kwh: 1 }], cpu: { model: 'Intel(R) Xeon(R) Platinum 8480+', sockets: 1, kwh: 0.5 } }));
  const gpu = c.components.find((x) => x.component === 'gpu')!;
  assert.equal(gpu.tdpKwh, null);
  assert.equal(gpu.ratio, null);
  assert.match(gpu.reason!, /Quantum Flux GPU 9000.*not in the hardware table/);
  const cpu = c.components.find((x) => x.component === 'cpu')!;
  assert.ok(cpu.ratio! > 1, `${cpu.ratio}`);
  assert.match(c.meaning, /under-estimated/);
  const none = compareWithTdp(run({ gpus: [{ name: 'Quantum Flux GPU 9000', kwh: 1 }], cpu: { model: 'Mystery CPU', sockets: 1, kwh: 0.5 } }));
  assert.equal(none.ratio, null);
  assert.match(none.meaning, /No component/);
});

test('a CPU the tracker estimated gets no ratio, says why, and stays out of the totals', () => {
  const r = run();
  r.hardware.cpu.method = 'estimate';
  r.energy.methods.cpu = 'estimate';
  const c = compareWithTdp(r);
  const cpu = c.components.find((x) => x.component === 'cpu')!;
  assert.equal(cpu.tdpKwh, null);
  assert.equal(cpu.ratio, null);
  assert.match(cpu.reason!, /estimated by the tracker/);
  const gpu = c.components.find((x) => x.component === 'gpu')!;
  assert.equal(c.tdpKwh, gpu.tdpKwh);
  assert.equal(c.measuredKwh, gpu.measuredKwh);
});
