// The library API: startTracking → stop() gives a valid run record, journal and CSV row; reports render from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMarkdown } from '@carbontrail/core';
import { runRecord, reportInputFromRun } from './core-run-record.ts';
import { CSV_HEADER, listRuns, startTracking } from './index.ts';
import { buildFakeNvml } from './fixtures/fake-nvml.ts';

test('startTracking measures this process until stop(), and writes a record that the schema accepts', async (t) => {
  const lib = buildFakeNvml();
  const out = mkdtempSync(join(tmpdir(), 'ct-lib-'));
  const tracking = startTracking({
    out,
    intervalS: 0.1,
    command: ['unit-test'],
    env: 'path' in lib ? { CARBONTRAIL_NVML_LIB: lib.path, CUDA_VISIBLE_DEVICES: '0' } : {},
    location: { country: 'FR' },
    project: 'lib',
    node: 'node-a',
    jobId: 'job-1',
  });
  const t0 = Date.now();
  while (Date.now() - t0 < 300) Math.sqrt(Math.random());
  await new Promise((r) => setTimeout(r, 250));
  const record = await tracking.stop();
  assert.equal(await tracking.stop(), record, 'stop() is idempotent');
  runRecord.parse(record);
  assert.equal(record.status, 'finished');
  assert.equal(record.schemaVersion, 1);
  assert.equal(record.node, 'node-a');
  assert.equal(record.jobId, 'job-1');
  assert.equal(record.intensity.country, 'FR');
  assert.ok(record.energy.cpuKwh > 0);
  assert.ok(record.sampleCount >= 3);
  assert.ok(record.timeline.length >= 3);
  if ('path' in lib) assert.equal(record.hardware.gpus.length, 1);
  else t.diagnostic(lib.skip);
  assert.ok(existsSync(tracking.journalPath));
  assert.deepEqual(JSON.parse(readFileSync(tracking.recordPath, 'utf8')), record);
  assert.equal(readFileSync(join(out, 'emissions.csv'), 'utf8').split('\n')[0], CSV_HEADER);
  assert.deepEqual(listRuns(out).map((r) => r.id), [record.id]);
  const md = toMarkdown(reportInputFromRun(record));
  assert.match(md, /measured/i);
});

test('each sample is priced with the intensity of its year', async () => {
  const out = mkdtempSync(join(tmpdir(), 'ct-lib-'));
  const tracking = startTracking({ out, intervalS: 0.1, env: {}, location: { intensityGPerKwh: 200 }, pue: 1.5 });
  await new Promise((r) => setTimeout(r, 250));
  const r = await tracking.stop();
  assert.equal(r.intensity.rule, 'explicit');
  assert.equal(r.intensity.byYear.length, 1);
  assert.ok(Math.abs(r.emissionsKg - (r.energy.totalKwh * 1.5 * 200) / 1000) < 1e-15);
  assert.equal(r.energy.facilityKwh, r.energy.totalKwh * 1.5);
});
