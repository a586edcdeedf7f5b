// The library API: startTracking → stop() gives a valid run record, journal and CSV row; reports render from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODECARBON_CSV_HEADER, reportInputFromRun, toMarkdown } from '@carbontrail/core';
import { runRecord } from '@carbontrail/core/schemas';
import { listRuns, startTracking } from './index.ts';
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
  assert.ok(record.timeline.length >= 1 && record.timeline.every((p) => p.cpuW >= 0), 'a timeline of 1 s buckets');
  if ('path' in lib) assert.equal(record.hardware.gpus.length, 1);
  else t.diagnostic(lib.skip);
  assert.ok(existsSync(tracking.journalPath));
  assert.deepEqual(JSON.parse(readFileSync(tracking.recordPath, 'utf8')), record);
  assert.equal(readFileSync(join(out, 'emissions.csv'), 'utf8').split('\n')[0], CODECARBON_CSV_HEADER);
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

test('GPU energy counters are read at checkpoints; the journal sums to the counter delta exactly', async (t) => {
  const lib = buildFakeNvml();
  if ('skip' in lib) return t.skip(lib.skip);
  const out = mkdtempSync(join(tmpdir(), 'ct-ckpt-'));
  const tracking = startTracking({
    out,
    intervalS: 0.1,
    counterCheckpointS: 0.25,
    command: ['checkpoints'],
    // the fake library reads its own settings from the process environment: defaults, 1000 mJ a read and 150 W
    env: { CARBONTRAIL_NVML_LIB: lib.path, CUDA_VISIBLE_DEVICES: '0' },
  });
  await new Promise((r) => setTimeout(r, 900));
  const record = await tracking.stop();
  const samples = readFileSync(tracking.journalPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.t === 's');
  const checkpoints = samples.filter((s) => s.g[0][3] !== null);
  assert.ok(checkpoints.length >= 3, `${checkpoints.length} checkpoints`);
  assert.ok(samples.length > checkpoints.length, 'power readings fill in between checkpoints');
  // one counter read when the sensors opened, then one per checkpoint, each adding 1 J
  const gpuJ = record.hardware.gpus[0]!.energyKwh * 3.6e6;
  assert.ok(Math.abs(gpuJ - checkpoints.length) < 1e-9, `${gpuJ} J vs ${checkpoints.length} J`);
  assert.equal(checkpoints.at(-1).g[0][3], 5_000_000_000 + 1000 * (checkpoints.length + 1));
  assert.ok(record.timeline.every((p) => p.gpuW >= 0));
});

test('the library API is the short list of what a user needs, and the live status prices like the record', async () => {
  const api = await import('./index.ts');
  assert.deepEqual(Object.keys(api).sort(), ['detectSensors', 'listRuns', 'loadRun', 'runWithTracking', 'startTracking']);
  const out = mkdtempSync(join(tmpdir(), 'ct-lib-'));
  const tracking = startTracking({ out, intervalS: 0.1, env: {}, location: { country: 'FR' } });
  await new Promise((r) => setTimeout(r, 250));
  const record = await tracking.stop();
  const live = tracking.live();
  assert.ok(Math.abs(live.energyKwh - record.energy.totalKwh) < 1e-15);
  assert.ok(Math.abs(live.emissionsKg - record.emissionsKg) <= 1e-12 * record.emissionsKg, `${live.emissionsKg} vs ${record.emissionsKg}`);
});

test('a command with line breaks shows on one line in `runs` and in the summary', async () => {
  const { commandLine } = await import('./format-run.ts');
  assert.equal(commandLine(['python3', '-c', 'import time\nprint(1)']), 'python3 -c "import time\\nprint(1)"');
  assert.equal(commandLine(['echo', 'a\u0007b']), 'echo a\\x07b');
  assert.ok(!commandLine(['sh', '-c', 'a\r\nb\tc']).includes('\n'));
});
