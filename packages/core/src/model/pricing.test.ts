// One pricing function for every face, and the range rule of ADR 0004.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combine, estimate, intensityFor, priceEnergy, priceMeasuredRun, pueFor, resolveLocation, spreads, sensorSpreads } from '../index.ts';
import { fixtureTables as T } from './fixture-tables.test-helper.ts';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);

test('parts of one year add their bounds; energy, PUE and intensity combine in quadrature of log-widths', () => {
  const loc = resolveLocation({ country: 'US', year: 2022 }, T);
  const pue = pueFor(loc, undefined, T);
  const p = priceEnergy([{ kwh: 10, spread: { low: 0.5, high: 1.5 } }, { kwh: 30, spread: { low: 0.9, high: 1.1 } }], loc, pue);
  close(p.energyKwh, 40);
  close(p.energyLowKwh, 10 * 0.5 + 30 * 0.9);
  close(p.energyHighKwh, 10 * 1.5 + 30 * 1.1);
  const I = intensityFor(loc, 2022);
  close(p.emissionsKg, (40 * 1.58 * 370) / 1000);
  const band = combine({ low: 32 / 40, high: 48 / 40 }, { low: pue.low / pue.value, high: pue.high / pue.value }, { low: I.low / I.gPerKwh, high: I.high / I.gPerKwh });
  close(p.emissionsLowKg, p.emissionsKg * band.low);
  close(p.emissionsHighKg, p.emissionsKg * band.high);
});

test('years are priced with their own data and add their bounds', () => {
  const loc = resolveLocation({ country: 'US' }, T);
  const pue = pueFor(loc, 1, T);
  const p = priceEnergy([{ kwh: 1, spread: spreads.exact, year: 2020 }, { kwh: 1, spread: spreads.exact, year: 2022 }], loc, pue);
  assert.deepEqual(p.years.map((y) => [y.year, y.intensity.gPerKwh]), [[2020, 380], [2022, 370]]);
  close(p.emissionsKg, 0.38 + 0.37);
  close(p.emissionsLowKg, p.years[0]!.emissionsLowKg + p.years[1]!.emissionsLowKg);
  close(p.meanGPerKwh, 375);
  assert.equal(p.intensity.year, 2022);
});

test('a value given by the user is exact: no range from it', () => {
  const loc = resolveLocation({ intensityGPerKwh: 500 }, T);
  const p = priceEnergy([{ kwh: 30, spread: spreads.exact }], loc, pueFor(loc, 1, T));
  close(p.emissionsKg, 15);
  assert.equal(p.emissionsLowKg, 15);
  assert.equal(p.emissionsHighKg, 15);
});

test('an estimate and a measured run with the same energy and place get identical emissions and ranges', () => {
  const input = { country: 'US', year: 2022 };
  const e = estimate({ devices: [{ hardware: 'Intel Xeon Gold 6148', measuredKwh: 12 }], hours: 10, ...input }, T);
  const loc = resolveLocation(input, T);
  const run = priceMeasuredRun(
    {
      byYear: [{ year: 2022, gpuKwh: 0, cpuKwh: 12, ramKwh: 0 }],
      spreads: { gpu: sensorSpreads['nvml-counter'], cpu: sensorSpreads.rapl, ram: sensorSpreads['rapl-dram'] },
      durationS: 36000,
      devices: [],
    },
    loc, pueFor(loc, undefined, T), 2022, T,
  );
  // the estimate's "measured energy" spread and RAPL's are both ±5 %
  close(e.emissionsKg, run.emissionsKg);
  close(e.emissionsLowKg, run.emissionsLowKg);
  close(e.emissionsHighKg, run.emissionsHighKg);
  assert.equal(run.intensity.byYear[0]!.cpuKwh, 12);
  assert.equal(run.label, 'United States (US)');
});
