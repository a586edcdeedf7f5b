import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, parseHardwareParam, parseQuery, toQuery } from './url-state.ts';

test('the documented query parameters parse into the calculator inputs', () => {
  const s = parseQuery('?hardware=Tesla%20V100&hardware=A100%20SXM4%2080%20GB:8&hours=100&provider=gcp&region=us-central1&year=2022&intensity=500&pue=1.1&offset=20');
  assert.deepEqual(s.hardware, [
    { name: 'Tesla V100', count: '1' },
    { name: 'A100 SXM4 80 GB', count: '8' },
  ]);
  assert.equal(s.hours, '100');
  assert.equal(s.provider, 'gcp');
  assert.equal(s.region, 'us-central1');
  assert.equal(s.year, '2022');
  assert.equal(s.intensity, '500');
  assert.equal(s.pue, '1.1');
  assert.equal(s.offset, '20');
  assert.equal(parseQuery('country=FR&zone=FR&duration=3d4h').hours, '3d4h');
});

test('an empty query gives the defaults, and a state round-trips through its query', () => {
  assert.deepEqual(parseQuery(''), defaultState);
  const s = parseQuery('hardware=Tesla%20V100:2&hours=12.5&country=FR&load=0.7&embodied=0');
  assert.equal(toQuery(s), 'hardware=Tesla%20V100:2&hours=12.5&country=FR&load=0.7&embodied=0');
  assert.deepEqual(parseQuery(toQuery(s)), s);
  assert.equal(toQuery({ ...s, hours: '3d4h' }).includes('duration=3d4h'), true);
});

test('NAME:COUNT splits at the last colon, as the CLI does; the count is checked later, never read as a name', () => {
  assert.deepEqual(parseHardwareParam('H100:8'), { name: 'H100', count: '8' });
  assert.deepEqual(parseHardwareParam('TPU v4'), { name: 'TPU v4', count: '1' });
  assert.deepEqual(parseHardwareParam('weird:name:3'), { name: 'weird:name', count: '3' });
  assert.deepEqual(parseHardwareParam('A100:x'), { name: 'A100', count: 'x' });
  assert.deepEqual(parseHardwareParam(':3'), { name: '', count: '3' });
});
