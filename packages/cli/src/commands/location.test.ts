// One location for every face: the same rules in estimate, where and run; contradictions are an error naming both parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carbontrail } from './cli-test-helper.ts';

const env = { CARBONTRAIL_NVML_LIB: '', CUDA_VISIBLE_DEVICES: '' };

test('a region without a provider is accepted by estimate and run alike when it names one region', () => {
  const e = carbontrail(['estimate', '-g', 'v100', '--hours', '1', '--region', 'europe-west4', '--format', 'json']);
  assert.equal(e.code, 0, e.stderr);
  assert.equal(JSON.parse(e.stdout).intensity.provider, 'gcp');
  const cwd = mkdtempSync(join(tmpdir(), 'ct-loc-'));
  const r = carbontrail(['run', '-q', '--region', 'europe-west4', '--', 'true'], { cwd, env });
  assert.equal(r.code, 0, r.stderr);
  const [rec] = JSON.parse(carbontrail(['runs', '--format', 'json'], { cwd }).stdout);
  assert.equal(rec.intensity.rule, 'cloud-region');
  assert.match(rec.location.label, /Google Cloud Platform europe-west4/);
});

test('contradicting parts of a place are refused by every face, naming both', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'ct-loc-'));
  const place = ['--provider', 'aws', '--region', 'us-east-1', '--country', 'FR'];
  for (const args of [['estimate', '-g', 'v100', '--hours', '1', ...place], ['run', '-q', ...place, '--', 'true']]) {
    const r = carbontrail(args, { cwd, env });
    assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /country "FR" \(FR\) contradicts region aws\/us-east-1, which is in US/, args[0]);
  }
  const z = carbontrail(['estimate', '-g', 'v100', '--hours', '1', '--country', 'FR', '--zone', 'US-CAL-CISO']);
  assert.equal(z.code, 2);
  assert.match(z.stderr, /zone "US-CAL-CISO" .*contradicts country "FR"/);
  assert.deepEqual(JSON.parse(carbontrail(['runs', '--format', 'json'], { cwd }).stdout), [], 'nothing ran');
});
