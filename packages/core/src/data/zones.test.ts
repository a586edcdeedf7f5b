import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, sharedData } from './reference-data.test-helper.ts';
import { zoneRow } from './schema.ts';
import { zones } from './zones.ts';


test('every zone row parses, with country and continent', () => {
  for (const z of zones) {
    zoneRow.parse(z);
    if (z.kind !== 'world') assert.ok(z.continent, `${z.zone} ${z.year} has no continent`);
    if (z.kind === 'country') assert.equal(z.zone, z.country);
    if (z.kind === 'subnational') assert.ok(z.zone.length > 2 && z.country !== 'WORLD', z.zone);
  }
});

test('(zone, year) is unique and each key keeps one kind and country', () => {
  const seen = new Set<string>();
  const kindOf = new Map<string, string>();
  for (const z of zones) {
    const k = `${z.zone}/${z.year}`;
    assert.ok(!seen.has(k), `duplicate zone row ${k}`);
    seen.add(k);
    const kc = `${z.kind}/${z.country}`;
    assert.equal(kindOf.get(z.zone) ?? kc, kc, `${z.zone} changes kind or country`);
    kindOf.set(z.zone, kc);
  }
});

test('intensities are plausible', () => {
  for (const z of zones) {
    assert.ok(z.intensityGPerKwh >= 0 && z.intensityGPerKwh <= 1500, `${z.zone} ${z.year}: ${z.intensityGPerKwh}`);
    assert.ok(z.year >= 2000 && z.year <= 2026, `${z.zone} year ${z.year}`);
  }
  const latest = (key: string) => zones.filter((z) => z.zone === key).sort((a, b) => b.year - a.year)[0]!;
  assert.ok(latest('FR').intensityGPerKwh < 120, 'France is mostly nuclear');
  assert.ok(latest('PL').intensityGPerKwh > 500, 'Poland is mostly coal');
  assert.ok(latest('CA-QC').intensityGPerKwh < 60, 'Quebec is mostly hydro');
});

test('at least 200 countries, a world average, and the main sub-national families', () => {
  const countries = new Set(zones.filter((z) => z.kind === 'country').map((z) => z.zone));
  assert.ok(countries.size >= 200, `only ${countries.size} countries`);
  assert.ok(zones.some((z) => z.kind === 'world' && z.zone === 'WORLD' && z.country === 'WORLD'));
  const keys = new Set(zones.map((z) => z.zone));
  for (const k of ['US-TX', 'US-VA', 'CA-QC', 'CA-ON', 'AUS-NSW', 'AUS-VIC', 'SE-SE3', 'NO-NO1', 'US-CAL-CISO']) {
    assert.ok(keys.has(k), `zone ${k} missing`);
  }
  const withMain = [...countries].filter((c) => zones.some((z) => z.zone === c && z.mainSource));
  assert.ok(withMain.length >= 200, `only ${withMain.length} countries with a main source`);
  const frYears = zones.filter((z) => z.zone === 'FR').map((z) => z.year);
  for (const y of [2015, 2019, 2020]) assert.ok(frYears.includes(y), `FR ${y}`);
});

test('every Electricity Maps zone and year of the reference export is present', () => {
  const data = sharedData();
  if ('skip' in data) return;
  const rows = parseCsv(data.read('mlco2-impact/2021-10-27yearly_averages.csv'));
  assert.ok(rows.length > 600);
  const byKey = new Map(zones.map((z) => [`${z.zone}/${z.year}`, z]));
  const keys = new Set<string>();
  for (const r of rows) {
    keys.add(r.zone_key!);
    if (r.carbon_intensity_avg === '') continue; // no data for that year in the export
    const z = byKey.get(`${r.zone_key}/${r.year}`);
    assert.ok(z, `zone ${r.zone_key} ${r.year} missing`);
    assert.ok(Math.abs(z.intensityGPerKwh - Number(r.carbon_intensity_avg)) < 0.1, `${r.zone_key} ${r.year} differs`);
  }
  for (const k of keys) assert.ok(zones.some((z) => z.zone === k), `zone ${k} missing`);
});
