import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  providerRow, energySourceRow, equivalentRow, embodiedRow, defaultRow,
} from './schema.ts';
import { providers } from './providers.ts';
import { energySources } from './energy-sources.ts';
import { equivalents } from './equivalents.ts';
import { embodied } from './embodied.ts';
import { defaults } from './defaults.ts';

function unique(keys: string[], what: string): void {
  const seen = new Set<string>();
  for (const k of keys) {
    assert.ok(!seen.has(k), `duplicate ${what}: ${k}`);
    seen.add(k);
  }
}

test('providers parse, have unique ids, plausible PUE and offsets with sources', () => {
  for (const p of providers) {
    providerRow.parse(p);
    if (p.pue !== undefined) {
      assert.ok(p.pue >= 1.05 && p.pue <= 2, `${p.id} PUE ${p.pue}`);
      assert.ok(p.pueSource && p.pueYear, `${p.id} PUE needs source and year`);
    }
  }
  unique(providers.map((p) => p.id), 'provider');
  for (const id of ['aws', 'gcp', 'azure', 'oci', 'ibm', 'ovh', 'scaleway', 'coreweave', 'lambda', 'alibaba']) {
    assert.ok(providers.some((p) => p.id === id), `provider ${id} missing`);
  }
});

test('providers with a published PUE use it, with source and year; offset claims name theirs', () => {
  const by = Object.fromEntries(providers.map((p) => [p.id, p]));
  for (const id of ['aws', 'gcp', 'azure', 'ibm', 'ovh', 'alibaba', 'seeweb']) {
    const p = by[id]!;
    assert.ok(p.pue !== undefined && p.pueSource && p.pueYear, `${id}: published PUE missing`);
    assert.ok(p.pueYear >= 2021 && p.pueYear <= 2025, `${id}: PUE year ${p.pueYear}`);
  }
  // Newest published fleet values: AWS 1.14 for 2025, Google 1.09 for 2024; Azure's 1.18 was published in April 2022.
  assert.deepEqual([by.aws!.pue, by.aws!.pueYear], [1.14, 2025]);
  assert.deepEqual([by.gcp!.pue, by.gcp!.pueYear], [1.09, 2024]);
  assert.ok(by.azure!.pueYear! <= 2022);
  assert.match(by.ovh!.pueSource!, /1\.1-1\.3, midpoint/);
  for (const p of providers) {
    assert.ok(p.offsetSource.length > 10 && p.offsetYear >= 2019, `${p.id}: offset claim without source or year`);
    if (p.offsetPercent > 0) assert.doesNotMatch(p.offsetSource, /0 % assumed/, p.id);
  }
});

test('energy sources cover every id with median inside the published range', () => {
  for (const s of energySources) {
    energySourceRow.parse(s);
    assert.ok(s.lowGPerKwh <= s.intensityGPerKwh && s.intensityGPerKwh <= s.highGPerKwh, s.id);
    assert.ok(s.intensityGPerKwh < 1200, s.id);
  }
  unique(energySources.map((s) => s.id), 'energy source');
  assert.equal(energySources.length, 10);
  const by = Object.fromEntries(energySources.map((s) => [s.id, s]));
  assert.ok(by.coal!.intensityGPerKwh > by.gas!.intensityGPerKwh && by.gas!.intensityGPerKwh > by.solar!.intensityGPerKwh);
  assert.equal(by.wind!.renewable, true);
  assert.equal(by.nuclear!.lowCarbon, true);
  assert.equal(by.nuclear!.renewable, false);
});

test('equivalents include the required ones, reproduce the original EPA factors', () => {
  for (const e of equivalents) equivalentRow.parse(e);
  unique(equivalents.map((e) => e.id), 'equivalent');
  for (const id of ['car-km', 'coal-kg', 'tree-seedlings', 'flight-passenger-km', 'smartphone-charges']) {
    assert.ok(equivalents.some((e) => e.id === id), `equivalent ${id} missing`);
  }
  const by = Object.fromEntries(equivalents.map((e) => [e.id, e]));
  // Original calculator: 3.98e-4 t per mile, 9.05e-4 t per lb of coal, 0.06 t per seedling.
  assert.ok(Math.abs(by['car-km']!.kgPerUnit * 1.609344 - 0.398) < 1e-9);
  assert.ok(Math.abs(by['coal-kg']!.kgPerUnit * 0.45359237 - 0.905) < 1e-9);
  assert.equal(by['tree-seedlings']!.kgPerUnit, 60);
  assert.ok(by['car-km']!.kgPerUnit > 0.1 && by['car-km']!.kgPerUnit < 0.4);
});

test('embodied classes cover the hardware classes with ordered ranges', () => {
  for (const e of embodied) {
    embodiedRow.parse(e);
    assert.ok(e.lowKg <= e.embodiedKg && e.embodiedKg <= e.highKg, e.id);
    assert.ok(e.lifetimeYears >= 2 && e.lifetimeYears <= 10, e.id);
    assert.ok(e.embodiedKg < 5000, e.id);
  }
  unique(embodied.map((e) => e.id), 'embodied class');
  for (const id of ['gpu-datacenter', 'gpu-consumer', 'gpu-embedded', 'tpu', 'accelerator', 'cpu-server', 'cpu-desktop', 'soc']) {
    assert.ok(embodied.some((e) => e.id === id), `embodied class ${id} missing`);
  }
});

test('defaults parse and carry the values the model needs', () => {
  for (const d of defaults) defaultRow.parse(d);
  unique(defaults.map((d) => d.id), 'default');
  const by = Object.fromEntries(defaults.map((d) => [d.id, d]));
  assert.equal(by['pue-default']!.value, 1.58);
  assert.ok(by['pue-default-low']!.value < by['pue-default']!.value && by['pue-default']!.value < by['pue-default-high']!.value);
  assert.ok(by['ram-power-w-per-gb']!.value > 0 && by['ram-power-w-per-gb']!.value < 2);
  assert.ok(by['lifetime-default-years']!.value >= 3);
});
