// The plain-loop check of uploaded samples accepts exactly what the zod schema accepts, and a quick-parsed upload body
// is the body the full schema gives, samples aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod';
import { isSampleList } from './sample-list.ts';
import { uploadBatch, uploadBatchQuick, uploadRun, uploadRunQuick, uploadSample } from './schemas.ts';

const schema = z.array(uploadSample).max(2_000_000);

const edgeNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, -1e-9, 86_400, 86_400.000001, 1e12, 1e12 + 1, Infinity, -Infinity, NaN, 1.5, Number.MAX_VALUE),
  fc.integer({ min: -5, max: 100_000 }),
);
const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.integer(), { maxLength: 2 }), fc.object());
const value = fc.oneof({ weight: 12, arbitrary: fc.double({ min: 0, max: 90_000, noNaN: true }) }, { weight: 3, arbitrary: edgeNumber }, { weight: 1, arbitrary: notNumber });
const sample = fc.oneof(
  { weight: 8, arbitrary: fc.record({ at: value, d: value, e: fc.array(value, { minLength: 2, maxLength: 4 }) }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: fc.record({ at: value, d: value, e: fc.tuple(value, value, value), t: fc.constant('s'), extra: fc.anything() }) },
  { weight: 1, arbitrary: fc.anything() },
);
const list = fc.oneof({ weight: 8, arbitrary: fc.array(sample, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.anything() });

test('isSampleList accepts a value exactly when the zod schema does', () => {
  fc.assert(fc.property(list, (v) => assert.equal(isSampleList(v), schema.safeParse(v).success, JSON.stringify(v))), { numRuns: 20_000 });
  // and for lists of valid samples, which random values rarely make
  const good = fc.record({ at: fc.integer({ min: 0, max: 2 ** 52 }), d: fc.double({ min: 0, max: 86_400, noNaN: true }), e: fc.tuple(...[0, 1, 2].map(() => fc.double({ min: 0, max: 1e12, noNaN: true }))) });
  fc.assert(fc.property(fc.array(good, { maxLength: 20 }), (v) => {
    assert.equal(isSampleList(v), true);
    assert.equal(schema.safeParse(v).success, true);
  }), { numRuns: 2_000 });
  assert.equal(isSampleList(new Array(2_000_001).fill({ at: 0, d: 0, e: [0, 0, 0] })), false);
});

test('an upload body parses to the same runs quickly or fully; a bad sample falls through to the full schema', () => {
  const record = {
    schemaVersion: 1, id: 'r1', status: 'finished', command: ['x'], exitCode: 0, signal: null, startedAt: '2025-03-01T10:00:00.000Z',
    endedAt: '2025-03-01T11:00:00.000Z', durationS: 3600, host: { hostname: 'h', os: 'Linux', platform: 'linux', arch: 'x64', runtime: 'node 20' },
    node: 'h', jobId: null, project: null,
    hardware: { gpus: [], cpu: { model: 'c', sockets: 1, logicalCores: 8, sensor: 'rapl', method: 'counter', tdpW: null, tdpSource: null, energyKwh: 1, cpuSeconds: null }, ram: { totalGb: 8, sensor: 'none', method: 'none', source: 's', energyKwh: 0, peakRssGb: null } },
    energy: { gpuKwh: 0, cpuKwh: 1, ramKwh: 0, totalKwh: 1, facilityKwh: 1, methods: { gpu: 'none', cpu: 'counter', ram: 'none' }, accuracy: { gpu: { low: 0, high: 0 }, cpu: { low: 0, high: 0 }, ram: { low: 0, high: 0 } } },
    pue: { value: 1, low: 1, high: 1, source: 's' }, location: { country: 'FR' },
    intensity: { gPerKwh: 50, low: 40, high: 60, rule: 'country', source: 's', byYear: [] },
    emissionsKg: 0.05, emissionsLowKg: 0.04, emissionsHighKg: 0.06, embodiedKg: 0, embodiedLowKg: 0, embodiedHighKg: 0, embodiedSources: [],
    intervalS: 1, sampleCount: 2, timeline: [], tracker: { name: 'carbontrail', version: '0' }, notes: [], unknownKey: 1,
  };
  const samples = [{ t: 's', at: 1, d: 1, e: [1, 2, 3] }, { at: 2, d: 1, e: [1, 2, 3], rss: 5 }];
  type Run = { samples?: { at: number; d: number; e: number[] }[] } & Record<string, unknown>;
  const strip = (project: string | undefined, runs: Run[]) =>
    JSON.parse(JSON.stringify({ project, runs: runs.map(({ samples: s, ...r }) => [r, s?.map(({ at, d, e }) => ({ at, d, e }))]) }));
  for (const body of [{ project: 'p', runs: [{ ...record, samples }] }, { runs: [record] }]) {
    const quick = uploadBatchQuick.parse(body);
    const full = uploadBatch.parse(body);
    assert.deepEqual(strip(quick.project, quick.runs as Run[]), strip(full.project, full.runs as Run[]));
  }
  const one = { ...record, samples };
  assert.deepEqual(strip(undefined, [uploadRunQuick.parse(one) as Run]), strip(undefined, [uploadRun.parse(one) as Run]));
  const bad = { project: 'p', runs: [{ ...record, samples: [{ at: 1, d: 1, e: [1, 2, -3] }] }] };
  assert.equal(uploadBatchQuick.safeParse(bad).success, false);
  assert.equal(uploadBatch.safeParse(bad).success, false);
});
