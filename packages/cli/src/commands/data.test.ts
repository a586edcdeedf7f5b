import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carbontrail } from './cli-test-helper.ts';

test('data hardware: JSON rows carry name, type and tdpW; a query narrows them', () => {
  const r = carbontrail(['data', 'hardware', 'a100', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout);
  assert.ok(rows.length >= 2);
  for (const row of rows) {
    assert.match(row.name, /A100/);
    assert.equal(typeof row.tdpW, 'number');
    assert.ok(['gpu', 'tpu', 'cpu', 'npu', 'soc', 'accelerator'].includes(row.type));
    assert.ok(row.source && row.year);
  }
  const all = JSON.parse(carbontrail(['data', 'hardware', '--format', 'json']).stdout);
  assert.ok(all.filter((h: { type: string }) => h.type === 'cpu').length >= 1000);
});

test('data regions and zones: the documented fields', () => {
  const regions = JSON.parse(carbontrail(['data', 'regions', 'europe-west4', '--format', 'json']).stdout);
  assert.ok(regions.some((r: { provider: string; region: string; intensityGPerKwh: number }) => r.provider === 'gcp' && r.region === 'europe-west4' && r.intensityGPerKwh > 0));
  const zones = JSON.parse(carbontrail(['data', 'zones', 'FR', '--format', 'json']).stdout);
  assert.ok(zones.some((z: { zone: string; country: string; year: number; intensityGPerKwh: number }) => z.zone === 'FR' && z.country === 'FR' && z.year > 2000 && z.intensityGPerKwh > 0));
  const y = JSON.parse(carbontrail(['data', 'zones', 'US-CAL-CISO', '--year', '2019', '--format', 'json']).stdout);
  assert.equal(y.length, 1);
  assert.equal(y[0].year, 2019);
});

test('data sources and equivalents list with sources; text output is a table', () => {
  for (const t of ['sources', 'equivalents', 'providers', 'embodied', 'defaults']) {
    const rows = JSON.parse(carbontrail(['data', t, '--format', 'json']).stdout);
    assert.ok(rows.length > 0, t);
    for (const row of rows) assert.ok(row.source || row.offsetSource, `${t} row without source`);
  }
  const text = carbontrail(['data', 'hardware', 'h100']);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /H100.*\d+ W/);
});

test('data: bad table or flag → exit 2 naming it', () => {
  const r = carbontrail(['data', 'gpus']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown table "gpus": expected one of hardware, regions, zones, sources, equivalents/);
  assert.equal(carbontrail(['data', 'regions', '--year', '2020']).code, 2);
  assert.equal(carbontrail(['data', 'zones', '--limit', 'x']).code, 2);
});

test('where: regions ranked by emissions per provider, lowest first', () => {
  const r = carbontrail(['where', '-g', 'v100:8', '--hours', '100', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.energyKwh, 240);
  assert.ok(j.regions.length > 50);
  for (let i = 1; i < j.regions.length; i++) assert.ok(j.regions[i - 1].emissionsKg <= j.regions[i].emissionsKg);
  const aws = JSON.parse(carbontrail(['where', '-g', 'v100', '--hours', '1', '--provider', 'aws', '--format', 'json']).stdout);
  assert.ok(aws.regions.every((x: { provider: string }) => x.provider === 'aws'));
  const text = carbontrail(['where', '-g', 'v100', '--hours', '100']);
  assert.match(text.stdout, /^aws \(\d+ regions\)$/m);
  assert.match(text.stdout, /^gcp \(\d+ regions\)$/m);
  assert.match(text.stdout, /^azure \(\d+ regions\)$/m);
});
