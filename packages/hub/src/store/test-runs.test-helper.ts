/**
 * Valid runs for the store's tests: records priced by core's own model (resolveLocation, pueFor, priceMeasuredRun, as the
 * tracker prices them), parsed by core's schema and checked by recordProblems, with journal samples whose joules add up.
 */
import assert from 'node:assert/strict';
import { findHardware, priceMeasuredRun, pueFor, recordProblems, resolveLocation, sensorSpreads, VERSION, type EmbodiedDevice } from '@carbontrail/core';
import { runRecord, type RunRecord, type RunStatus } from '@carbontrail/core/schemas';
import type { IncomingRun } from './store.ts';

/** What a test says about a run; everything else takes a plausible default. */
export interface RunSpec {
  id: string;
  /** ISO date-time with a zone; any form the record schema takes ("…Z", "…+02:00", with or without fractions). */
  startedAt: string;
  durationS?: number;
  gpuKwh?: number;
  cpuKwh?: number;
  ramKwh?: number;
  /** Where it ran, as core's location input: { country: 'FR' }, { provider: 'gcp', region: 'europe-west4' }. */
  place?: { country?: string; provider?: string; region?: string; zone?: string; intensityGPerKwh?: number };
  pue?: number;
  gpu?: { name: string; count: number };
  jobId?: string | null;
  node?: string;
  status?: RunStatus;
  task?: string;
  /** How many journal samples come with the run (none when 0 or absent). */
  samples?: number;
}

/** A small deterministic generator (mulberry32), so that figures have every bit of a double and tests repeat exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const J_PER_KWH = 3_600_000;

/** A run (record and samples) as the tracker would upload it; asserts that core finds nothing wrong with it. */
export function makeRun(spec: RunSpec): IncomingRun & { record: RunRecord } {
  const durationS = spec.durationS ?? 3600;
  const gpu = spec.gpu ?? { name: 'NVIDIA A100-SXM4-80GB', count: 2 };
  const kwh = { gpu: gpu.count > 0 ? (spec.gpuKwh ?? 1.25) : 0, cpu: spec.cpuKwh ?? 0.25, ram: spec.ramKwh ?? 0.05 };
  const start = Date.parse(spec.startedAt);
  assert.ok(Number.isFinite(start), `bad startedAt ${spec.startedAt}`);
  const year = new Date(start).getUTCFullYear();
  const loc = resolveLocation(spec.place ?? { country: 'FR' });
  const pue = pueFor(loc, spec.pue);
  const devices: EmbodiedDevice[] = gpu.count > 0 ? [{ row: findHardware(gpu.name), count: gpu.count }] : [];
  const p = priceMeasuredRun(
    {
      byYear: [{ year, gpuKwh: kwh.gpu, cpuKwh: kwh.cpu, ramKwh: kwh.ram }],
      spreads: { gpu: sensorSpreads['nvml-counter'], cpu: sensorSpreads.rapl, ram: sensorSpreads['rapl-dram'] },
      durationS,
      devices,
    },
    loc,
    pue,
    year,
  );
  const n = spec.samples ?? 0;
  const intervalS = n > 0 ? durationS / n : 10;
  const status = spec.status ?? 'finished';
  const acc = (s: { low: number; high: number }) => ({ low: s.low - 1, high: s.high - 1 });
  const record = runRecord.parse({
    schemaVersion: 1,
    id: spec.id,
    status,
    command: ['python', 'train.py', '--seed', '1'],
    exitCode: status === 'finished' ? 0 : null,
    signal: null,
    startedAt: spec.startedAt,
    endedAt: status === 'running' ? null : new Date(start + durationS * 1000).toISOString(),
    durationS,
    host: { hostname: spec.node ?? 'gpu-node-1', os: 'Linux-6.8.0-x86_64', platform: 'linux', arch: 'x64', runtime: 'node 20.19.0' },
    node: spec.node ?? 'gpu-node-1',
    jobId: spec.jobId ?? null,
    project: null,
    hardware: {
      gpus: Array.from({ length: gpu.count }, (_, index) => ({
        index, name: gpu.name, uuid: `GPU-${spec.id}-${index}`, energyKwh: kwh.gpu / gpu.count, method: 'counter',
        avgPowerW: (kwh.gpu / gpu.count) * J_PER_KWH / durationS, maxPowerW: 400, avgUtilizationPercent: 87.5, processes: [{ pid: 4242, usedMemoryMiB: 30_000 }],
      })),
      cpu: { model: 'AMD EPYC 7763 64-Core Processor', sockets: 1, logicalCores: 128, sensor: 'rapl', method: 'counter', tdpW: null, tdpSource: null, energyKwh: kwh.cpu, cpuSeconds: 1234.5 },
      ram: { totalGb: 512, sensor: 'rapl-dram', method: 'counter', source: 'RAPL DRAM domain', energyKwh: kwh.ram, peakRssGb: 40.25 },
    },
    energy: {
      gpuKwh: kwh.gpu, cpuKwh: kwh.cpu, ramKwh: kwh.ram, totalKwh: kwh.gpu + kwh.cpu + kwh.ram, facilityKwh: p.facilityKwh,
      methods: { gpu: gpu.count > 0 ? 'counter' : 'none', cpu: 'counter', ram: 'counter' },
      accuracy: { gpu: acc(sensorSpreads['nvml-counter']), cpu: acc(sensorSpreads.rapl), ram: acc(sensorSpreads['rapl-dram']) },
    },
    pue: p.pue,
    location: { ...(spec.place ?? { country: 'FR' }), label: p.label, ...(p.providerName ? { providerName: p.providerName } : {}) },
    intensity: p.intensity,
    emissionsKg: p.emissionsKg,
    emissionsLowKg: p.emissionsLowKg,
    emissionsHighKg: p.emissionsHighKg,
    ...(p.offsets ? { offsets: p.offsets } : {}),
    embodiedKg: p.embodiedKg,
    embodiedLowKg: p.embodiedLowKg,
    embodiedHighKg: p.embodiedHighKg,
    embodiedSources: p.embodiedSources,
    intervalS,
    sampleCount: n,
    timeline: [],
    tracker: { name: 'carbontrail', version: VERSION },
    notes: p.notes,
    ...(spec.task ? { meta: { origin: 'tracker', task: spec.task } } : {}),
  });
  assert.deepEqual(recordProblems(record), [], `test run ${spec.id} is inconsistent`);
  // samples: joules that add up to the record's energy, split unevenly (every bit of a double used)
  const rand = seeded([...spec.id].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261));
  const weights = Array.from({ length: n }, () => 0.5 + rand());
  const total = weights.reduce((s, w) => s + w, 0);
  const samples = weights.map((w, i) => ({
    at: start + Math.round((i + 1) * intervalS * 1000),
    d: intervalS * (0.99 + rand() / 50),
    e: [(kwh.gpu * J_PER_KWH * w) / total, (kwh.cpu * J_PER_KWH * w) / total, (kwh.ram * J_PER_KWH * w) / total] as [number, number, number],
  }));
  return n > 0 ? { record, samples } : { record };
}

/** A UUID-shaped id from a number, so that ids sort as their numbers do (and the same in every collation). */
export function runId(i: number, prefix = 'a'): string {
  const h = i.toString(16).padStart(12, '0');
  return `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${h}`;
}
