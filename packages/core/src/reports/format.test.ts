// One number formatter for the CLI, the reports and the web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEnergy, formatMass, formatMassRange, formatPercent, sig } from '../index.ts';

test('three significant digits, thousands grouped, never NaN', () => {
  assert.equal(sig(15), '15');
  assert.equal(sig(0.0123456), '0.0123');
  assert.equal(sig(1452), '1,450');
  assert.equal(sig(2275200), '2,280,000');
  assert.equal(sig(Number.NaN), '—');
  assert.equal(sig(Number.POSITIVE_INFINITY), '—');
});

test('masses and energies in the unit that reads best, and ranges in the headline unit', () => {
  assert.equal(formatMass(1500), '1,500 kg');
  assert.equal(formatMass(12000), '12 t');
  assert.equal(formatMass(0.066), '66 g');
  assert.equal(formatMass(1.97e-6), '1.97 mg');
  assert.equal(formatMassRange(767, 1760, 1452), '767 – 1,760 kg');
  assert.equal(formatMassRange(9500, 12000, 10500), '9.5 – 12 t');
  assert.equal(formatMass(800, 3, 10500), '0.8 t');
  assert.equal(formatEnergy(3043), '3,040 kWh');
  assert.equal(formatEnergy(0.5), '500 Wh');
  assert.equal(formatPercent(12.345), '12.3 %');
});

test('a model card keeps the significant digits of a small run, and the grams of a large one', async () => {
  const { toModelCard } = await import('../index.ts');
  const base = {
    method: 'measured' as const, emissionsLowKg: 0, emissionsHighKg: 0, energyKwh: 0, facilityEnergyKwh: 0, hours: 1, devices: [],
    location: 'x', intensityGPerKwh: 1, intensitySource: 'x', intensityRule: 'world', pue: 1, pueSource: 'x',
    providerOffsetPercent: 0, providerOffsetKg: 0, embodiedKg: 0, tool: 't',
  };
  assert.match(toModelCard({ ...base, emissionsKg: 1.97e-6 }), /emissions: 0\.00197\n/);
  assert.match(toModelCard({ ...base, emissionsKg: 50.99123 }), /emissions: 50991\.23\n/);
});
