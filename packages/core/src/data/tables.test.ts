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

test('equivalents include the required ones, with the current EPA factors', () => {
  for (const e of equivalents) equivalentRow.parse(e);
  unique(equivalents.map((e) => e.id), 'equivalent');
  for (const id of ['car-km', 'coal-kg', 'tree-seedlings', 'flight-passenger-km', 'smartphone-charges']) {
    assert.ok(equivalents.some((e) => e.id === id), `equivalent ${id} missing`);
  }
  const by = Object.fromEntries(equivalents.map((e) => [e.id, e]));
  // EPA's current page (eGRID2022 data): 3.93e-4 t CO2e per mile, 1.24e-5 t per smartphone charge;
  // coal keeps the 2020 edition's 9.05e-4 t per lb (2018 data), the newest found; 0.060 t per seedling.
  assert.ok(Math.abs(by['car-km']!.kgPerUnit * 1.609344 - 0.393) < 1e-9);
  assert.ok(Math.abs(by['smartphone-charges']!.kgPerUnit - 0.0124) < 1e-12);
  assert.ok(Math.abs(by['coal-kg']!.kgPerUnit * 0.45359237 - 0.905) < 1e-9);
  assert.equal(by['tree-seedlings']!.kgPerUnit, 60);
  for (const id of ['car-km', 'smartphone-charges']) {
    assert.match(by[id]!.source, /eGRID2022/, id);
    assert.equal(by[id]!.year, 2022, id);
  }
  assert.match(by['coal-kg']!.source, /2020 edition.*not found/);
  assert.equal(by['coal-kg']!.year, 2018);
});

test('embodied classes cover the hardware classes with ordered ranges, a use share, a life and their sources', () => {
  for (const e of embodied) {
    embodiedRow.parse(e);
    assert.ok(e.lowKg <= e.embodiedKg && e.embodiedKg <= e.highKg, e.id);
    assert.ok(e.lifetimeYears >= 2 && e.lifetimeYears <= 10, e.id);
    assert.ok(e.embodiedKg < 5000, e.id);
    assert.ok(e.utilisation > 0 && e.utilisation <= 1, `${e.id}: utilisation ${e.utilisation}`);
    // The source names where the value, the life and the use share come from.
    assert.match(e.source, /life/i, `${e.id}: no source for the lifetime`);
    assert.match(e.source, /use/i, `${e.id}: no source for the use share`);
    if (e.host) {
      const host = embodied.find((h) => h.id === e.host!.classId);
      assert.ok(host, `${e.id}: host class ${e.host.classId} missing`);
      assert.equal(host.host, undefined, `${e.id}: a host has no host of its own`);
      assert.ok(e.host.devicesPerHost >= 1, e.id);
      assert.match(e.source, /host/i, `${e.id}: no source for the host share`);
    }
  }
  unique(embodied.map((e) => e.id), 'embodied class');
  for (const id of ['gpu-datacenter', 'gpu-consumer', 'gpu-embedded', 'tpu', 'accelerator', 'cpu-server', 'cpu-desktop', 'soc', 'server-host', 'desktop-host']) {
    assert.ok(embodied.some((e) => e.id === id), `embodied class ${id} missing`);
  }
  const by = Object.fromEntries(embodied.map((e) => [e.id, e]));
  // Accelerators and server CPUs sit in the same host server, as the BLOOM study counts it: two sockets make one server.
  for (const id of ['gpu-datacenter', 'tpu', 'accelerator', 'cpu-server']) assert.equal(by[id]!.host?.classId, 'server-host', id);
  assert.equal(by['gpu-datacenter']!.host?.devicesPerHost, 8);
  assert.equal(by['tpu']!.host?.devicesPerHost, 4);
  assert.equal(by['cpu-server']!.host?.devicesPerHost, 2);
});

test("the embodied table reproduces BLOOM's 11.2 t: 384 A100 for 1,082,990 GPU-hours", () => {
  const gpu = embodied.find((e) => e.id === 'gpu-datacenter')!;
  const host = embodied.find((e) => e.id === gpu.host!.classId)!;
  const gpuHours = 1_082_990;
  const share = (e: typeof gpu) => gpuHours / (e.lifetimeYears * (e.hoursPerYear ?? 8766) * e.utilisation);
  const kg = gpu.embodiedKg * share(gpu) + (host.embodiedKg / gpu.host!.devicesPerHost) * share(host);
  // (150 + 2,500 / 8) kg × 1,082,990 h ÷ (6 × 8,760 × 0.85) h
  assert.equal(gpu.embodiedKg, 150);
  assert.equal(host.embodiedKg, 2500);
  assert.equal(gpu.hoursPerYear, 8760);
  assert.ok(Math.abs(kg - (150 + 2500 / 8) * gpuHours / (6 * 8760 * 0.85)) < 1e-6);
  assert.equal(Math.round(kg / 100) / 10, 11.2);
});

test('defaults parse and carry the values the model needs', () => {
  for (const d of defaults) defaultRow.parse(d);
  unique(defaults.map((d) => d.id), 'default');
  const by = Object.fromEntries(defaults.map((d) => [d.id, d]));
  assert.equal(by['pue-default']!.value, 1.58);
  assert.ok(by['pue-default-low']!.value < by['pue-default']!.value && by['pue-default']!.value < by['pue-default-high']!.value);
  assert.ok(by['ram-power-w-per-gb']!.value > 0 && by['ram-power-w-per-gb']!.value < 2);
  assert.ok(by['lifetime-default-years']!.value >= 3);
  const life = by['lifetime-default-years']!.source;
  for (const fact of [/Alphabet six years from January 2023/, /Microsoft six years from July 2022/, /Amazon five years from 2022 and six from 2024/]) {
    assert.match(life, fact);
  }
  assert.doesNotMatch(life, /same change in 2022/);
});
