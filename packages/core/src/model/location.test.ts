// One location, resolved once: names to rows, contradictions refused with the field at fault, errors with fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInput, estimate, InvalidInputError, isCoreError, parseDeviceSpec, resolveLocation, UnknownNameError } from '../index.ts';
import { fixtureTables as T } from './fixture-tables.test-helper.ts';

const fails = (fn: () => unknown, field: string, message: RegExp) =>
  assert.throws(fn, (e: unknown) => isCoreError(e) && e.field === field && message.test(e.message), `expected an error on ${field} matching ${message}`);

test('a location resolves once to its rows, place kind, country and a label', () => {
  const r = resolveLocation({ provider: 'cloudy', region: 'east-1' }, T);
  assert.equal(r.place, 'cloud-region');
  assert.equal(r.region?.region, 'east-1');
  assert.equal(r.provider?.id, 'cloudy');
  assert.equal(r.zone, 'US-AA');
  assert.equal(r.country, 'US');
  assert.equal(r.label, 'Cloudy Cloud east-1');
  const c = resolveLocation({ country: 'united states', year: 2020 }, T);
  assert.deepEqual([c.place, c.zone, c.country, c.year, c.label], ['country', 'US', 'US', 2020, 'United States (US)']);
  assert.equal(resolveLocation({ zone: 'us-bb' }, T).place, 'zone');
  assert.equal(resolveLocation({}, T).label, 'world average');
  assert.equal(resolveLocation({ intensityGPerKwh: 100 }, T).explicitGPerKwh, 100);
});

test('a region without a provider is accepted when it names one region, refused when several', () => {
  assert.equal(resolveLocation({ region: 'north-1' }, T).provider?.id, 'cloudy');
  fails(() => resolveLocation({ region: 'east-1' }, T), 'region', /matches several region entries.*cloudy\/east-1.*other\/east-1/);
});

test('contradicting parts of a location are an error naming both', () => {
  fails(() => resolveLocation({ provider: 'cloudy', region: 'east-1', country: 'SE' }, T), 'country', /country "SE".*contradicts region cloudy\/east-1.*US/);
  fails(() => resolveLocation({ provider: 'cloudy', region: 'east-1', zone: 'US-BB' }, T), 'zone', /zone "US-BB".*contradicts region cloudy\/east-1.*US-AA/);
  fails(() => resolveLocation({ zone: 'US-BB', country: 'Sweden' }, T), 'zone', /zone "US-BB".*contradicts country "Sweden" \(SE\)/);
  // parts that agree are fine
  assert.equal(resolveLocation({ provider: 'cloudy', region: 'east-1', country: 'US', zone: 'US-AA' }, T).region?.region, 'east-1');
  assert.equal(resolveLocation({ zone: 'US-BB', country: 'US' }, T).zone, 'US-BB');
  fails(() => resolveLocation({ provider: 'cloudy' }, T), 'region', /needs a region; one of: north-1, east-1/);
});

test('errors carry the field they are about, and the device group', () => {
  fails(() => resolveLocation({ zone: 'ZZ-QQ' }, T), 'zone', /unknown zone "ZZ-QQ"/);
  fails(() => resolveLocation({ provider: 'nope', region: 'x' }, T), 'provider', /unknown provider/);
  fails(() => resolveLocation({ year: 1800 }, T), 'year', /invalid year 1800: give calendar year as a whole number from 1990 to 2100/);
  fails(() => resolveLocation({ intensityGPerKwh: 3000 }, T), 'intensity', /invalid intensity 3000: .* from 0 to 2000/);
  assert.throws(
    () => estimate({ devices: [{ hardware: 'tgpu' }, { hardware: 'Quantum 9000' }], hours: 1 }, T),
    (e: unknown) => e instanceof UnknownNameError && e.field === 'hardware' && e.index === 1,
  );
  assert.throws(
    () => estimate({ devices: [{ hardware: 'tgpu' }, { hardware: 'tgpu', count: 0 }], hours: 1 }, T),
    (e: unknown) => e instanceof InvalidInputError && e.field === 'count' && e.index === 1,
  );
  fails(() => estimate({ devices: [{ hardware: 'tgpu' }], hours: 1e308 }, T), 'hours', /invalid hours 1e\+308/);
  fails(() => checkInput('pue', 0.9), 'pue', /from 1 to 3/);
});

test('NAME:COUNT is parsed once for every face: a count must be a whole number', () => {
  assert.deepEqual(parseDeviceSpec('A100 SXM4 80 GB:8'), { hardware: 'A100 SXM4 80 GB', count: 8 });
  assert.deepEqual(parseDeviceSpec(' v100 '), { hardware: 'v100' });
  assert.deepEqual(parseDeviceSpec('A100 : 4 '), { hardware: 'A100', count: 4 });
  fails(() => parseDeviceSpec('A100:x'), 'count', /invalid count "x" in "A100:x"/);
  fails(() => parseDeviceSpec('A100:0'), 'count', /invalid count 0/);
  fails(() => parseDeviceSpec('A100:1.5'), 'count', /invalid count "1.5"/);
  fails(() => parseDeviceSpec(':8'), 'hardware', /no device name/);
});
