import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carbontrail } from './cli-test-helper.ts';

test('--help lists every command with a one-line purpose', () => {
  const r = carbontrail(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['estimate', 'where', 'data', 'run', 'detect', 'runs', 'show', 'serve']) {
    assert.match(r.stdout, new RegExp(`^  ${c}\\s+\\S.+$`, 'm'), c);
  }
});

test('the paper example: Tesla V100, 100 h, 500 g/kWh, PUE 1 → 15 kg, JSON fields present', () => {
  const r = carbontrail(['estimate', '--hardware', 'Tesla V100', '--hours', '100', '--intensity', '500', '--pue', '1', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.energyKwh, 30);
  assert.equal(j.facilityEnergyKwh, 30);
  assert.ok(Math.abs(j.emissionsKg - 15) < 1e-9);
  assert.ok(j.emissionsLowKg < 15 && j.emissionsHighKg > 15);
  assert.deepEqual(
    { rule: j.intensity.rule, g: j.intensity.gPerKwh, pue: j.pue.value },
    { rule: 'explicit', g: 500, pue: 1 },
  );
  for (const k of ['source', 'year']) assert.ok(k in j.intensity);
  assert.ok('source' in j.pue);
  assert.equal(typeof j.offsetKg, 'number');
  assert.equal(typeof j.embodiedKg, 'number');
  assert.ok(j.embodiedKg > 0);
  assert.deepEqual(Object.keys(j.devices[0]).filter((k) => ['name', 'count', 'tdpW', 'source'].includes(k)).sort(), ['count', 'name', 'source', 'tdpW']);
  assert.equal(j.devices[0].tdpW, 300);
  assert.ok(j.alternatives.every((a: { emissionsKg: number }) => typeof a.emissionsKg === 'number'));
  const ids = j.equivalents.map((q: { id: string }) => q.id);
  assert.ok(ids.length >= 5, `equivalents: ${ids}`);
  for (const q of j.equivalents) assert.ok(q.source && q.unit && Number.isFinite(q.value));
});

test('20 vs 820 g/kWh: a factor of 41', () => {
  const kg = (g: string) => JSON.parse(carbontrail(['estimate', '-g', 'v100', '--hours', '100', '--intensity', g, '--pue', '1', '--format', 'json']).stdout).emissionsKg;
  assert.ok(Math.abs(kg('820') / kg('20') - 41) < 1e-9);
});

test('a cloud region prices with its intensity and the provider PUE, and names the rule', () => {
  const r = carbontrail(['estimate', '-g', 'A100 SXM4 80 GB:8', '--duration', '3d4h', '--provider', 'gcp', '--region', 'europe-west4', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.intensity.rule, 'cloud-region');
  assert.equal(j.devices[0].count, 8);
  assert.equal(j.hours, 76);
  assert.ok(j.pue.value > 1 && j.pue.value < 1.3, `gcp PUE ${j.pue.value}`);
  assert.ok(Math.abs(j.emissionsKg - (j.facilityEnergyKwh * j.intensity.gPerKwh) / 1000) < 1e-9);
  assert.ok(j.alternatives.some((a: { kind: string }) => a.kind === 'same-provider'));
  assert.ok(j.providerOffsetPercent >= 0);
});

test('zone, country and world rules, with the data year', () => {
  const rule = (args: string[]) => JSON.parse(carbontrail(['estimate', '-g', 'v100', '--hours', '10', ...args, '--format', 'json']).stdout).intensity;
  assert.equal(rule(['--zone', 'US-CAL-CISO', '--year', '2020']).rule, 'zone');
  assert.equal(rule(['--zone', 'US-CAL-CISO', '--year', '2020']).year, 2020);
  assert.equal(rule(['--country', 'FR']).rule, 'country');
  assert.equal(rule(['--country', 'France']).rule, 'country');
  assert.equal(rule([]).rule, 'world');
});

test('text format shows the formula with numbers, the range, sources, alternatives and equivalents', () => {
  const r = carbontrail(['estimate', '--hardware', 'Tesla V100', '--hours', '100', '--intensity', '500', '--pue', '1']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Emissions: 15 kg CO2eq\s+\(range [\d.]+ – [\d.]+ kg\)/);
  assert.match(r.stdout, /1 × 300 W × 100 h × load 1 \/ 1000 = 30 kWh/);
  assert.match(r.stdout, /30 kWh × 500 gCO2eq\/kWh \/ 1000 = 15 kg/);
  assert.match(r.stdout, /Where each input came from/);
  assert.match(r.stdout, /Greener alternatives/);
  assert.match(r.stdout, /Equivalent to/);
});

test('reports: latex, markdown, model-card, bibtex, badge', () => {
  const base = ['estimate', '-g', 'v100:4', '--hours', '100', '--provider', 'aws', '--region', 'us-east-1'];
  const json = JSON.parse(carbontrail([...base, '--format', 'json']).stdout);
  const latex = carbontrail([...base, '--format', 'latex']).stdout;
  assert.match(latex, /Amazon Web Services|aws/i);
  assert.match(latex, /us-east-1/);
  assert.match(latex, /kgCO\$_2\$eq/);
  assert.match(latex, /\\citep\{lacoste2019quantifying\}/);
  assert.match(latex, /TDP 300\\,W/);
  const card = carbontrail([...base, '--format', 'model-card']).stdout;
  const grams = Number(/emissions: ([\d.]+)/.exec(card)?.[1]);
  assert.ok(Math.abs(grams - json.emissionsKg * 1000) < 0.01, `${grams} vs ${json.emissionsKg}`);
  for (const k of ['source', 'training_type', 'geographical_location', 'hardware_used']) assert.match(card, new RegExp(`^  ${k}: `, 'm'));
  assert.match(carbontrail([...base, '--format', 'markdown']).stdout, /\| Emissions \(location-based\) \|/);
  assert.match(carbontrail([...base, '--format', 'bibtex']).stdout, /@article\{lacoste2019quantifying,/);
  assert.match(carbontrail([...base, '--format', 'badge']).stdout, /^<svg [^>]*role="img"/);
});

test('bad input: exit 2, a message naming the value, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['-g', 'Quantum 9000', '--hours', '1'], /unknown hardware "Quantum 9000"; closest matches: /],
    [['-g', 'v100', '--hours', '-3'], /invalid --hours "-3"/],
    [['-g', 'v100', '--hours', '0'], /invalid --hours "0"/],
    [['-g', 'v100', '--hours', 'ten'], /invalid --hours "ten"/],
    [['-g', 'v100', '--duration', '3 days'], /invalid duration "3 days"/],
    [['-g', 'v100:0', '--hours', '1'], /invalid count 0 in "v100:0": give a whole number from 1/],
    [['-g', 'v100', '--hours', '1', '--intensity', 'abc'], /invalid --intensity "abc"/],
    [['-g', 'v100', '--hours', '1', '--pue', '0.9'], /invalid --pue "0.9"/],
    [['-g', 'v100', '--hours', '1', '--provider', 'acme', '--region', 'x'], /unknown provider "acme".*aws/],
    [['-g', 'v100', '--hours', '1', '--provider', 'aws', '--region', 'mars-1'], /unknown region "mars-1" for provider "aws"/],
    [['-g', 'v100', '--hours', '1', '--zone', 'XX-NOWHERE'], /unknown zone "XX-NOWHERE"/],
    [['-g', 'v100', '--hours', '1', '--format', 'pdf'], /invalid --format "pdf": expected one of text, json/],
    [['-g', 'v100', '--hours', '1', '--bogus'], /unknown option --bogus \(options: --hardware/],
    [['--hours', '1'], /missing --hardware/],
    [['-g', 'v100'], /missing --hours/],
  ];
  for (const [args, re] of cases) {
    const r = carbontrail(['estimate', ...args, ...(args.includes('--format') ? [] : ['--format', 'json'])]);
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code} ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')} printed to stdout`);
  }
});

test('ambiguous hardware lists the candidates', () => {
  const r = carbontrail(['estimate', '-g', 'A100', '--hours', '1']);
  if (r.code === 0) return; // the table may resolve bare "A100" by alias; then it is not ambiguous
  assert.equal(r.code, 2);
  assert.match(r.stderr, /"A100" matches several hardware entries; did you mean one of: .*A100/);
});
