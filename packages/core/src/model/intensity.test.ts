// The intensity rule: one basis (life-cycle), the job's own year, the same year at a larger area before another year,
// the nearest year, artefacts never priced; a cloud region priced by its grid with the provider's figure beside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, intensityFor, pueFor, resolveLocation, type LocationInput } from '../index.ts';
import { fixtureTables as T } from './fixture-tables.test-helper.ts';

const I = (loc: LocationInput) => intensityFor(resolveLocation(loc, T), loc.year);

test('the job year in its own area; else whichever is surer: its own nearest year or the same year in a larger area', () => {
  assert.deepEqual([I({ country: 'US', year: 2020 }).gPerKwh, I({ country: 'US', year: 2020 }).year], [380, 2020]);
  // one year away (±5 %) is surer than a larger area's average standing in (±30 %)
  const own = I({ zone: 'US-AA', year: 2022 });
  assert.deepEqual([own.gPerKwh, own.zone, own.year], [590, 'US-AA', 2021]);
  assert.match(own.note ?? '', /no 2022 data for Zone AA: priced with Zone AA 2021 \(life-cycle\), its nearest year/);
  // eight years away (±30 %, the cap) ties with the larger area, and the job's own year wins the tie
  const coarser = I({ zone: 'US-OLD', year: 2022 });
  assert.deepEqual([coarser.gPerKwh, coarser.zone, coarser.year], [370, 'US', 2022]);
  assert.match(coarser.note ?? '', /no 2022 data for Zone Old within five years: priced with United States 2022 \(life-cycle\), the same year for a larger area/);
  // five years away (±25 %) still beats the larger area
  assert.deepEqual([I({ zone: 'US-OLD', year: 2019 }).zone, I({ zone: 'US-OLD', year: 2019 }).year], ['US-OLD', 2014]);
  const nearest = I({ country: 'US', year: 2024 });
  assert.deepEqual([nearest.gPerKwh, nearest.year], [370, 2022]);
  assert.match(nearest.note ?? '', /no 2024 data .*nearest year/);
  const before = I({ zone: 'US-AA', year: 2017 });
  assert.deepEqual([before.gPerKwh, before.year, before.zone], [600, 2020, 'US-AA'], 'nearest year of the finest area, even a later one');
});

test('the basis never changes to fill a year, and artefact rows never price a job', () => {
  const direct = I({ zone: 'US-DIR', year: 2022 });
  assert.equal(direct.basis, 'life-cycle');
  assert.deepEqual([direct.gPerKwh, direct.zone], [370, 'US'], 'a zone with direct rows only is priced by the life-cycle series of its country');
  const jump = I({ zone: 'US-JUMP', year: 2022 });
  assert.deepEqual([jump.gPerKwh, jump.zone, jump.year], [400, 'US-JUMP', 2021], 'an implausible jump is not used: the zone\'s nearest sound year is');
});

test('a cloud region is priced by the grid it draws from for the job year; the provider figure stands beside', () => {
  const r = I({ provider: 'cloudy', region: 'north-1', year: 2022 });
  assert.deepEqual([r.rule, r.gPerKwh, r.zone, r.basis], ['cloud-region', 40, 'SE', 'life-cycle']);
  assert.deepEqual(r.providerFigure, { providerName: 'Cloudy Cloud', gPerKwh: 5, year: 2023, basis: 'direct', cfePercent: 99, source: 'fixture provider file 2023' });
  // the same grid gives the same location-based intensity whichever provider sells the region
  assert.equal(I({ provider: 'cloudy', region: 'east-1', year: 2021 }).gPerKwh, I({ provider: 'other', region: 'east-1', year: 2021 }).gPerKwh);
});

test('ranges come from the basis, the area, the distance in years and the coverage, each with its reason', () => {
  const own = I({ zone: 'US-AA', year: 2021 });
  const partial = I({ zone: 'US-AA', year: 2020 });
  const away = I({ country: 'US', year: 2024 });
  assert.ok(partial.high / partial.gPerKwh > own.high / own.gPerKwh, 'a half-year value has a wider range');
  assert.ok(partial.rangeReasons.some((r) => /covers 50 % of its year/.test(r)));
  assert.ok(away.rangeReasons.some((r) => /2 year\(s\) away/.test(r)));
  assert.ok(own.rangeReasons.some((r) => /life-cycle emission factors/.test(r)));
  const coarser = I({ zone: 'US-OLD', year: 2022 });
  assert.ok(coarser.rangeReasons.some((r) => /larger area standing in/.test(r)));
  assert.ok(!coarser.rangeReasons.some((r) => /year\(s\) away/.test(r)), 'the same year: no distance in years');
  const given = I({ intensityGPerKwh: 500 });
  assert.deepEqual([given.low, given.high, given.provenance.method], [500, 500, 'given']);
});

test('labels say what each value is: datasheet, measured average, our estimate with its reasoning, given, default, published', () => {
  const e = estimate(
    { devices: [{ hardware: 'tgpu' }, { hardware: 'Test TPU' }, { hardware: 'Guess Chip' }, { hardware: 'tgpu', powerW: 250 }], hours: 10, country: 'US', year: 2022, pue: 1.2 },
    T,
  );
  assert.deepEqual(e.devices.map((d) => d.provenance.method), ['datasheet', 'measured', 'estimated', 'given']);
  assert.match(e.devices[2]!.provenance.note ?? '', /estimated from a sibling/);
  assert.ok(e.notes.some((n) => /Guess Chip: estimated power: no maker figure/.test(n)), 'the reasoning reaches the output');
  assert.equal(e.pue.provenance.method, 'given');
  assert.equal(e.intensity.provenance.method, 'published');
  assert.equal(estimate({ devices: [{ hardware: 'tgpu' }], hours: 1 }, T).intensity.provenance.method, 'default');
  assert.equal(pueFor(resolveLocation({ provider: 'other', region: 'east-1' }, T), undefined, T).year, 2022, 'a region PUE has its own year');
  // the TDP method's load spread only for datasheet TDPs; a measured average gets a symmetric band
  const [tdp, avg, guess] = e.devices;
  assert.ok(Math.abs(tdp!.spread.low - 0.55) < 1e-9 && Math.abs(tdp!.spread.high - 1.05) < 1e-9);
  assert.ok(Math.abs(avg!.spread.low - 0.85) < 1e-9 && Math.abs(avg!.spread.high - 1.15) < 1e-9);
  assert.ok(guess!.spread.low < 0.55 && guess!.spread.high > 1.05, 'an estimated power is wider than a datasheet TDP');
});
