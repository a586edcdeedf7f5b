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
  assert.ok(regions.some((r: { provider: string; region: string; zone: string; intensity: { gPerKwh: number; zone: string; year: number } }) => r.provider === 'gcp' && r.region === 'europe-west4' && r.zone === 'NL' && r.intensity.gPerKwh > 0 && r.intensity.zone === 'NL' && r.intensity.year >= 2022));
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

type Row = { id: string; name: string; zone: string; country: string };
const json = (args: string[]): Row[] => {
  const r = carbontrail([...args, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Row[];
};

test('data search: exact names first, then whole-word prefixes; h100 lists the H100 rows and not B100', () => {
  const h100 = json(['data', 'hardware', 'h100']);
  assert.equal(h100[0]!.id, 'nvidia-h100-sxm5-80gb', 'the exact alias H100 comes first');
  assert.ok(h100.length >= 3);
  for (const r of h100) assert.match(r.name, /H100/);
  assert.ok(!h100.some((r) => r.id === 'nvidia-b100'));
  assert.equal(json(['data', 'hardware', 'v100'])[0]!.id, 'nvidia-v100-sxm2-32gb');
  // A name written as /proc/cpuinfo writes it finds its row exactly.
  assert.deepEqual(json(['data', 'hardware', 'AMD EPYC 7R13 Processor']).map((r) => r.id), ['amd-epyc-7r13']);
  // With no exact or prefix match, the loose token match still finds the row.
  assert.ok(json(['data', 'hardware', 'xeon8175m']).some((r) => r.id === 'intel-xeon-platinum-8175m'));
});

test('data search: b200 prints B200 once and not GB200, which only the loose "b" + "200" match found', () => {
  const rows = json(['data', 'hardware', 'b200']);
  assert.deepEqual(rows.map((r) => r.id), ['nvidia-b200']);
  const text = carbontrail(['data', 'hardware', 'b200']).stdout.trim().split('\n');
  assert.equal(text.length, 2, text.join('\n'));
  assert.equal(text.filter((l) => /^B200\s/.test(l)).length, 1);
  // Every table lists each row once.
  for (const t of ['hardware', 'regions', 'zones', 'embodied', 'equivalents', 'defaults']) {
    const all = JSON.parse(carbontrail(['data', t, '--format', 'json']).stdout) as object[];
    assert.equal(new Set(all.map((r) => JSON.stringify(r))).size, all.length, `${t} has identical rows`);
  }
});

test('data search: a two-letter code finds that zone and country only (DE is Germany, not Denmark, Delaware or Congo)', () => {
  const de = json(['data', 'zones', 'DE']);
  assert.equal(de[0]!.zone, 'DE');
  assert.equal(de[0]!.name, 'Germany');
  for (const z of de) assert.ok(z.zone === 'DE' || z.country === 'DE', `${z.zone} ${z.name}`);
  const fr = json(['data', 'zones', 'FR']);
  assert.ok(fr.length > 0 && fr.every((z) => z.zone === 'FR' || z.country === 'FR'), 'FR lists no French Guiana or Polynesia');
  const us = json(['data', 'zones', 'US']);
  const firstOther = us.findIndex((z) => z.zone !== 'US');
  assert.ok(firstOther > 0 && us.slice(firstOther).every((z) => z.zone !== 'US' && z.country === 'US'), 'US rows first, then its sub-national zones');
  assert.ok(json(['data', 'zones', 'IN-UT']).every((z) => z.zone === 'IN-UT'), 'IN-UT does not list IN-UP');
  assert.ok(json(['data', 'regions', 'DE']).every((r) => r.country === 'DE'));
});

test('data text tables start with a header row; hardware shows the power basis and plain fp32', () => {
  const headers: Record<string, RegExp> = {
    hardware: /^name\s+type\s+power\s+basis\s+fp32 TFLOPS\s+source/,
    regions: /^provider\/region\s+cc\s+intensity\s+zone year\s+PUE\s+source/,
    zones: /^zone\s+name\s+year\s+intensity\s+main\s+source/,
    sources: /^source\s+median/,
    equivalents: /^id\s+CO2eq per unit/,
    providers: /^id\s+name\s+PUE/,
    embodied: /^class\s+per device \(range\)\s+life\s+use\s+host/,
    defaults: /^id\s+value/,
  };
  for (const [t, re] of Object.entries(headers)) {
    const r = carbontrail(['data', t, '--limit', '3']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.split('\n')[0]!, re, t);
  }
  const a100 = carbontrail(['data', 'hardware', 'A100 SXM4 80 GB']).stdout;
  assert.match(a100, /^A100 SXM4 80 GB\s+gpu\s+400 W datasheet\s+19\.5\s/m);
  assert.doesNotMatch(a100, /TF32/);
  assert.match(carbontrail(['data', 'hardware', 'tpu v3']).stdout, /^TPU v3\s+tpu\s+283 W measured avg/m);
  assert.match(carbontrail(['data', 'hardware', 'tpu v5e']).stdout, /^TPU v5e\s+tpu\s+170 W estimate/m);
  assert.match(carbontrail(['data', 'embodied', 'gpu-datacenter']).stdout, /^gpu-datacenter\s+150 kg \(100–250\)\s+6 y\s+85 %\s+1\/8 server-host/m);
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
