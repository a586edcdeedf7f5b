// The run-record schema: a complete record parses, bad ones are refused, and the report view is filled in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRunRecord, runRecord, type RunRecord } from './run-record.ts';
import { reportInputFromRun } from '../reports/report-input.ts';

const record: RunRecord = {
  schemaVersion: 1,
  id: '0b9d4f2e-1c2a-4a8e-9a43-5f0e4c1d2b3a',
  status: 'finished',
  command: ['python', 'train.py'],
  exitCode: 0,
  signal: null,
  startedAt: '2025-03-01T10:00:00.000Z',
  endedAt: '2025-03-01T11:00:00.000Z',
  durationS: 3600,
  host: { hostname: 'gpu1', os: 'Linux-6.8.0-x86_64', platform: 'linux', arch: 'x64', runtime: 'node 20.19.0' },
  node: 'gpu1',
  jobId: '4242',
  project: 'demo',
  hardware: {
    gpus: [{ index: 0, name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-1', energyKwh: 0.5, method: 'counter', avgPowerW: 500, maxPowerW: 690, avgUtilizationPercent: 93, processes: [{ pid: 10, usedMemoryMiB: 70000 }] }],
    cpu: { model: 'Intel Xeon', sockets: 2, logicalCores: 64, tdpW: 205, tdpSource: 'hardware table', energyKwh: 0.05, method: 'estimate', sensor: 'tdp-cpu-share', cpuSeconds: 3600 },
    ram: { totalGb: 512, energyKwh: 0.01, method: 'estimate', sensor: 'rss-model', wPerGb: 0.3725, source: 'Green Algorithms', peakRssGb: 20 },
  },
  energy: {
    gpuKwh: 0.5, cpuKwh: 0.05, ramKwh: 0.01, totalKwh: 0.56, facilityKwh: 0.672,
    methods: { gpu: 'counter', cpu: 'estimate', ram: 'estimate' },
    accuracy: { gpu: { low: -0.02, high: 0.02 }, cpu: { low: -0.5, high: 0.3 }, ram: { low: -0.5, high: 1 } },
  },
  pue: { value: 1.2, low: 1.1, high: 1.3, source: 'stated' },
  location: { country: 'FR' },
  intensity: { gPerKwh: 56, low: 40, high: 70, rule: 'country', source: 'RTE', year: 2024, country: 'FR', byYear: [{ year: 2025, gPerKwh: 56, facilityKwh: 0.672, source: 'RTE' }] },
  emissionsKg: 0.0376, emissionsLowKg: 0.02, emissionsHighKg: 0.06,
  embodiedKg: 0.01, embodiedLowKg: 0.005, embodiedHighKg: 0.02, embodiedSources: ['x'],
  intervalS: 1, sampleCount: 3600, timeline: [{ t: 1, gpuW: 500, cpuW: 50, ramW: 7 }],
  tracker: { name: 'carbontrail', version: '0.1.0' },
  notes: [],
};

test('a complete record parses; wrong versions, statuses and negative energy are refused', () => {
  assert.deepEqual(parseRunRecord(JSON.parse(JSON.stringify(record))), record);
  assert.equal(runRecord.safeParse({ ...record, schemaVersion: 2 }).success, false);
  assert.equal(runRecord.safeParse({ ...record, status: 'done' }).success, false);
  assert.equal(runRecord.safeParse({ ...record, energy: { ...record.energy, gpuKwh: -1 } }).success, false);
  assert.equal(runRecord.safeParse({ ...record, startedAt: 'yesterday' }).success, false);
});

test('reportInputFromRun gives the measured figures, the devices and the tool', () => {
  const r = reportInputFromRun(record);
  assert.equal(r.method, 'measured');
  assert.equal(r.emissionsKg, record.emissionsKg);
  assert.equal(r.energyKwh, 0.56);
  assert.equal(r.hours, 1);
  assert.deepEqual(r.devices.map((d) => [d.name, d.count]), [['NVIDIA H100 80GB HBM3', 1], ['Intel Xeon', 2]]);
  assert.match(r.tool, /GPU energy counter/);
  assert.equal(r.intensityRule, 'country');
  assert.equal(r.location, 'FR', 'a record without a label is named from its own fields, nothing is looked up');
  assert.equal(r.providerOffsetPercent, 0);
  const labelled = reportInputFromRun({ ...record, location: { provider: 'gcp', region: 'europe-west4', label: 'Google Cloud europe-west4 (Eemshaven)', providerName: 'Google Cloud' }, offsets: { providerPercent: 100, providerKg: 0.0376 } });
  assert.equal(labelled.location, 'Google Cloud europe-west4 (Eemshaven)');
  assert.equal(labelled.providerName, 'Google Cloud');
  assert.equal(labelled.providerOffsetPercent, 100);
});
