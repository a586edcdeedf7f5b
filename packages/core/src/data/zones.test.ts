import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, sharedData } from './reference-data.test-helper.ts';
import { zoneRow, type ZoneRow } from './schema.ts';
import { zones } from './zones.ts';

const byKey = new Map<string, ZoneRow[]>();
for (const z of zones) byKey.set(z.zone, [...(byKey.get(z.zone) ?? []), z]);
for (const rows of byKey.values()) rows.sort((a, b) => a.year - b.year);
const lifeCycle = (key: string) => (byKey.get(key) ?? []).filter((z) => z.basis === 'life-cycle');
const latestLifeCycle = (key: string) => lifeCycle(key).at(-1)!;

/** Pre-2020 Electricity Maps keys the tables drop (they duplicate balancing-authority keys, or read as state keys). */
const legacyKeys = ['US-BPA', 'US-CA', 'US-IPC', 'US-MISO', 'US-NEISO', 'US-NY', 'US-PJM', 'US-SC', 'US-SPP', 'US-TN', 'US-TX'];

test('every zone row parses, declares its basis and area, with country and continent', () => {
  for (const z of zones) {
    zoneRow.parse(z);
    assert.ok(z.basis === 'life-cycle' || z.basis === 'direct', `${z.zone} ${z.year} has no basis`);
    assert.ok(z.area, `${z.zone} ${z.year} has no area`);
    if (z.kind !== 'world') assert.ok(z.continent, `${z.zone} ${z.year} has no continent`);
    if (z.kind === 'world') assert.equal(z.area, 'world');
    if (z.kind === 'country') {
      assert.equal(z.zone, z.country);
      assert.equal(z.area, 'country');
    }
    if (z.kind === 'subnational') {
      assert.ok(z.zone.length > 2 && z.country !== 'WORLD', z.zone);
      assert.ok(z.area !== 'world' && z.area !== 'country', `${z.zone}: area ${z.area}`);
    }
  }
});

test('(zone, year) is unique and each key keeps one name, kind, country and area', () => {
  const seen = new Set<string>();
  for (const z of zones) {
    const k = `${z.zone}/${z.year}`;
    assert.ok(!seen.has(k), `duplicate zone row ${k}`);
    seen.add(k);
  }
  for (const [key, rows] of byKey) {
    const first = rows[0]!;
    for (const z of rows) {
      assert.equal(`${z.kind}/${z.country}/${z.area}`, `${first.kind}/${first.country}/${first.area}`, `${key} changes kind, country or area`);
      assert.equal(z.name, first.name, `${key} changes name`);
    }
  }
});

test('coverage is a share of the year, and every zone-year covering less than 95 % of it is flagged partial-year', () => {
  for (const z of zones) {
    for (const f of z.flags ?? []) assert.ok(f.note.length > 5, `${z.zone} ${z.year}: flag ${f.kind} without a note`);
    const partial = z.flags?.some((f) => f.kind === 'partial-year') ?? false;
    if (z.coverage === undefined) {
      assert.ok(!partial, `${z.zone} ${z.year}: partial-year without coverage`);
      continue;
    }
    assert.ok(z.coverage >= 0 && z.coverage < 1, `${z.zone} ${z.year}: coverage ${z.coverage} (omit it for a whole year)`);
    assert.equal(partial, z.coverage < 0.95, `${z.zone} ${z.year}: coverage ${z.coverage}, partial-year flag ${partial}`);
  }
  // The artefacts that drove wrong recommendations are flagged.
  const flagged = (key: string, year: number, kind: string) => byKey.get(key)?.find((z) => z.year === year)?.flags?.some((f) => f.kind === kind);
  assert.ok(flagged('US-SW-HGMA', 2021, 'implausible-jump'));
  assert.ok(flagged('US-SW-HGMA', 2018, 'static-value'));
  assert.ok(flagged('CA-NS', 2021, 'implausible-jump'));
  assert.ok(flagged('US-SW-GRIF', 2021, 'implausible-jump'));
  assert.ok(flagged('US-FLA-HST', 2020, 'implausible-jump'));
  assert.ok(flagged('ES-CN-IG', 2019, 'static-value'));
});

test('year-to-year plausibility: a value at least twice (and 20 g/kWh) from the previous year of its series is flagged or explained', () => {
  let steps = 0;
  let caught = 0;
  for (const [key, rows] of byKey) {
    for (const basis of ['life-cycle', 'direct'] as const) {
      const series = rows.filter((z) => z.basis === basis);
      for (let i = 1; i < series.length; i++) {
        steps++;
        const prev = series[i - 1]!;
        const z = series[i]!;
        const lo = Math.min(prev.intensityGPerKwh, z.intensityGPerKwh);
        const hi = Math.max(prev.intensityGPerKwh, z.intensityGPerKwh);
        if (hi - lo < 20 || (lo > 0 && hi / lo < 2)) continue;
        caught++;
        const flagged = z.flags?.some((f) => f.kind === 'implausible-jump') ?? false;
        assert.ok(
          flagged || (z.note !== undefined && z.note.length > 20),
          `${key} ${z.year} (${basis}): ${z.intensityGPerKwh} against ${prev.intensityGPerKwh} in ${prev.year}, neither flagged nor explained`,
        );
      }
    }
  }
  assert.ok(steps > 5000, `only ${steps} steps checked`);
  assert.ok(caught > 40 && caught < 120, `${caught} steps caught by the rule`);
});

test('every country has life-cycle rows, and the large ones cover 2000-2022', () => {
  const countries = [...byKey.values()].filter((rows) => rows[0]!.kind === 'country');
  assert.ok(countries.length >= 200, `only ${countries.length} countries`);
  for (const rows of countries) assert.ok(rows.some((z) => z.basis === 'life-cycle'), `${rows[0]!.zone} has no life-cycle row`);
  for (const c of ['US', 'CN', 'IN', 'DE', 'FR', 'GB', 'JP', 'BR', 'CA', 'AU']) {
    const years = new Set(lifeCycle(c).map((z) => z.year));
    for (let y = 2000; y <= 2022; y++) assert.ok(years.has(y), `${c} has no life-cycle row for ${y}`);
    assert.ok(lifeCycle(c).every((z) => z.kind === 'country'), c);
  }
  const withMain = countries.filter((rows) => rows.some((z) => z.mainSource));
  assert.ok(withMain.length >= 200, `only ${withMain.length} countries with a main source`);
  // Spot checks against the OWID / Ember series (Ember 2025 release).
  const at = (key: string, year: number) => byKey.get(key)?.find((z) => z.year === year)?.intensityGPerKwh;
  assert.equal(at('US', 2022), 410.4);
  assert.equal(at('DE', 2022), 420.1);
  assert.equal(at('FR', 2022), 78.6);
  assert.equal(at('SE', 2024), 35.8);
});

test('the world average is life-cycle for every year 2000-2024', () => {
  const world = byKey.get('WORLD')!;
  for (let y = 2000; y <= 2024; y++) {
    const z = world.find((r) => r.year === y);
    assert.ok(z, `no world row for ${y}`);
    assert.equal(z.basis, 'life-cycle');
    assert.equal(z.kind, 'world');
  }
  assert.equal(world.find((r) => r.year === 2024)?.intensityGPerKwh, 473);
});

test('intensities are plausible', () => {
  for (const z of zones) {
    assert.ok(z.intensityGPerKwh >= 0 && z.intensityGPerKwh <= 1500, `${z.zone} ${z.year}: ${z.intensityGPerKwh}`);
    assert.ok(z.year >= 1990 && z.year <= 2026, `${z.zone} year ${z.year}`);
    assert.ok(z.source.length > 20, `${z.zone} ${z.year}: source`);
  }
  assert.ok(latestLifeCycle('FR').intensityGPerKwh < 120, 'France is mostly nuclear');
  assert.ok(latestLifeCycle('PL').intensityGPerKwh > 500, 'Poland is mostly coal');
  assert.ok(latestLifeCycle('CA-QC').intensityGPerKwh < 60, 'Quebec is mostly hydro');
  // Direct rows only fill years without a life-cycle row: Quebec's NIR figures are far below its life-cycle ones.
  const qc2014 = byKey.get('CA-QC')!.find((z) => z.year === 2014)!;
  assert.equal(qc2014.basis, 'direct');
  assert.ok(qc2014.intensityGPerKwh < 5);
});

test('the main sub-national families are present, and no legacy Electricity Maps key is', () => {
  for (const k of ['US-TX', 'US-VA', 'CA-QC', 'CA-ON', 'AUS-NSW', 'AUS-VIC', 'NO-NO1', 'US-CAL-CISO', 'US-NW-WACM', 'IT-CSO']) {
    assert.ok(byKey.has(k), `zone ${k} missing`);
  }
  for (const k of legacyKeys) {
    for (const z of byKey.get(k) ?? []) {
      assert.equal(z.area, 'state', `${k} ${z.year} is the legacy Electricity Maps key, not the US state`);
      assert.equal(z.basis, 'direct');
    }
  }
  assert.equal(byKey.get('US-TX')![0]!.name, 'Texas');
  // Balancing areas of single plants or generation-only fleets are classed as such.
  for (const k of ['US-SW-HGMA', 'US-SW-DEAA', 'US-SW-GRIF']) assert.equal(byKey.get(k)![0]!.area, 'single-plant', k);
  for (const k of ['US-NW-AVRN', 'US-SE-SEPA', 'US-CAR-YAD']) assert.equal(byKey.get(k)![0]!.area, 'generation-only', k);
});

test('no two Nordic zones hold the same value in the same year, and no zone a static uniform one', () => {
  const nordic = [...byKey.keys()].filter((k) => /^(SE|NO)-/.test(k));
  assert.ok(nordic.length >= 2);
  const byYear = new Map<number, Map<number, string>>();
  for (const k of nordic) {
    for (const z of byKey.get(k)!) {
      const values = byYear.get(z.year) ?? new Map<number, string>();
      const other = values.get(z.intensityGPerKwh);
      assert.ok(other === undefined, `${k} and ${other} both hold ${z.intensityGPerKwh} in ${z.year}`);
      values.set(z.intensityGPerKwh, k);
      byYear.set(z.year, values);
      assert.ok(!z.flags?.some((f) => f.kind === 'static-value'), `${k} ${z.year} is a static value`);
    }
  }
});

test('every Electricity Maps zone-year of the reference export is present with its value and coverage', () => {
  const data = sharedData();
  if ('skip' in data) return;
  const rows = parseCsv(data.read('mlco2-impact/2021-10-27yearly_averages.csv'));
  assert.ok(rows.length > 600);
  const at = new Map(zones.map((z) => [`${z.zone}/${z.year}`, z]));
  const keys = new Set<string>();
  for (const r of rows) {
    if (legacyKeys.includes(r.zone_key!)) continue;
    keys.add(r.zone_key!);
    if (r.carbon_intensity_avg === '') continue; // no data for that year in the export: not a row
    const z = at.get(`${r.zone_key}/${r.year}`);
    assert.ok(z, `zone ${r.zone_key} ${r.year} missing`);
    assert.ok(Math.abs(z.intensityGPerKwh - Number(r.carbon_intensity_avg)) < 0.1, `${r.zone_key} ${r.year} differs`);
    assert.equal(z.basis, 'life-cycle');
    const year = Number(r.year);
    const hours = year % 4 === 0 ? 8784 : 8760;
    const share = Number(r.no_hours_with_data) / hours;
    assert.ok(Math.abs((z.coverage ?? 1) - Math.min(1, share)) < 0.001, `${r.zone_key} ${r.year}: coverage ${z.coverage} against ${share}`);
  }
  for (const k of keys) assert.ok(byKey.has(k), `zone ${k} missing`);
});
