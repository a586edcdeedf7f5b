// Issue 8's checks on the shipped tables: the figures a careful researcher would check first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, findHardware, isCoreError } from '../index.ts';

test("embodied emissions of BLOOM's training follow the paper's method: 384 A100 80 GB for 1,082,990 GPU-hours ≈ 11.2 t", () => {
  const gpuHours = 1_082_990;
  const e = estimate({ devices: [{ hardware: 'A100 SXM4 80 GB', count: 384 }], hours: gpuHours / 384, intensityGPerKwh: 57, pue: 1 });
  // Luccioni, Viguier & Ligozat 2023: (150 kg per GPU + 2,500 kg per 8-GPU server) over 6 years at 85 % use
  const expected = ((150 + 2500 / 8) * gpuHours) / (6 * 8760 * 0.85);
  assert.ok(Math.abs(e.embodiedKg - expected) / expected < 0.005, `${e.embodiedKg} vs ${expected}`);
  assert.ok(Math.abs(e.embodiedKg - 11_200) / 11_200 < 0.01, `${Math.round(e.embodiedKg)} kg against the paper's 11.2 t`);
  // and its dynamic part: 384 × 400 W × 2,820 h × 57 g/kWh with PUE 1 ≈ 24.7 t (the paper's figure)
  assert.ok(Math.abs(e.emissionsKg - 24_700) / 24_700 < 0.01, `${Math.round(e.emissionsKg)} kg`);
});

test('a datasheet TDP is labelled datasheet, a guessed power is labelled estimated with its reasoning, a typed value given', () => {
  const e = estimate({ devices: [{ hardware: 'Tesla V100' }, { hardware: 'TPU v5e' }], hours: 10, intensityGPerKwh: 500, pue: 1.2 });
  assert.equal(e.devices[0]!.provenance.method, 'datasheet');
  assert.equal(e.devices[1]!.provenance.method, 'estimated');
  assert.ok((e.devices[1]!.provenance.note ?? '').length > 10, 'the reasoning of the estimate reaches the result');
  assert.equal(e.intensity.provenance.method, 'given');
  assert.equal(e.pue.provenance.method, 'given');
  assert.deepEqual([e.intensity.low, e.intensity.high], [500, 500]);
  const tpu = estimate({ devices: [{ hardware: 'TPUv3' }], hours: 10, intensityGPerKwh: 500, pue: 1 });
  assert.equal(tpu.devices[0]!.provenance.method, 'measured', 'TPU v3 283 W is a published measured average');
  assert.ok(tpu.devices[0]!.spread.low > 0.8, 'no TDP-method load spread on a measured average');
});

test('every GPU and TPU name of the survey resolves, or is refused with the reason it names no device', () => {
  assert.equal(findHardware('GeForce GTX 580').tdpW, 244);
  for (const name of ['?', 'GPU RTX']) {
    assert.throws(() => findHardware(name), (e: unknown) => isCoreError(e) && e.code === 'no-device' && e.field === 'hardware' && /names no device/.test(e.message));
  }
});
