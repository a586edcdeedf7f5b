// Reported runs: CodeCarbon rows and the survey's rows become run records that keep the reported numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportRowError, codeCarbonRow, missingCodeCarbonColumns, recordProblems, runFromCodeCarbonRow, runFromSurveyRow } from '../index.ts';
import { runRecord } from '../schemas/index.ts';
import { parseCsv, sharedData } from '../data/reference-data.test-helper.ts';

const row = {
  timestamp: '2024-05-01T10:00:00.123456', project_name: 'demo', run_id: '5b6f0c1e-aaaa-4bbb-8ccc-111111111111', experiment_id: 'e1',
  duration: '3600', emissions: '0.25', cpu_energy: '0.1', gpu_energy: '0.8', ram_energy: '0.1', energy_consumed: '1.0',
  country_name: 'France', country_iso_code: 'FRA', region: '', cloud_provider: 'gcp', cloud_region: 'europe-west9', os: 'Linux',
  codecarbon_version: '2.8.0', cpu_count: '16', cpu_model: 'AMD EPYC 7B13', gpu_count: '4', gpu_model: '4 x NVIDIA A100-SXM4-40GB', pue: '1.1',
};

test('a CodeCarbon row becomes a valid record with its energy, emissions, place and GPUs as reported', () => {
  const r = runFromCodeCarbonRow(row, 2);
  runRecord.parse(r);
  assert.equal(r.id, '5b6f0c1e-aaaa-4bbb-8ccc-111111111111@2024-05-01T10:00:00.123Z');
  assert.equal(r.project, 'demo');
  assert.deepEqual([r.energy.gpuKwh, r.energy.cpuKwh, r.energy.totalKwh, r.energy.facilityKwh], [0.8, 0.1, 1.0, 1.1]);
  assert.equal(r.emissionsKg, 0.25);
  assert.equal(r.intensity.country, 'FR');
  assert.equal(r.hardware.gpus.length, 4);
  assert.equal(r.startedAt, '2024-05-01T09:00:00.123Z');
  assert.equal(r.meta?.origin, 'codecarbon');
  assert.deepEqual(recordProblems(r), []);
  // and the export of the record gives CodeCarbon's figures back
  const back = codeCarbonRow(r);
  assert.deepEqual([back.emissions, back.energy_consumed, back.gpu_energy, back.country_iso_code], [0.25, 1, 0.8, 'FR']);
});

test('a bad CodeCarbon row names its line and column', () => {
  assert.deepEqual(missingCodeCarbonColumns(['timestamp', 'duration']), ['emissions', 'energy_consumed']);
  const bad = (over: Record<string, string>, column: string) =>
    assert.throws(() => runFromCodeCarbonRow({ ...row, ...over }, 7), (e: unknown) => e instanceof ImportRowError && e.line === 7 && e.column === column);
  bad({ emissions: '-1' }, 'emissions');
  bad({ energy_consumed: 'lots' }, 'energy_consumed');
  bad({ timestamp: 'yesterday' }, 'timestamp');
  bad({ energy_consumed: '5' }, 'energy_consumed');
  bad({ pue: '0.5' }, 'pue');
  // absurd figures are bad rows, never a crash or a record beyond the hub's limits
  bad({ duration: '1e308' }, 'duration');
  bad({ timestamp: '1900-01-01T00:00:00' }, 'timestamp');
  bad({ energy_consumed: '0', cpu_energy: '0', gpu_energy: '0', ram_energy: '0' }, 'emissions');
  bad({ gpu_model: '1000000000 x NVIDIA A100' }, 'gpu_model');
  bad({ gpu_model: 'NVIDIA A100', gpu_count: '1e9' }, 'gpu_count');
  bad({ run_id: 'x'.repeat(151) }, 'run_id');
  assert.equal(runFromCodeCarbonRow({ ...row, cpu_count: '2.5' }, 2).hardware.cpu.logicalCores, 3, 'a count is a whole number');
});

test('survey rows of different files get different ids; the same row the same id', () => {
  const a = { '': '0', Task: 'Image Classification', 'Year published': '2020', 'Energy consumed [kWh]': '10', 'CO₂eq emitted [kg]': '5' };
  const b = { ...a, Task: 'Machine Translation' };
  assert.equal(runFromSurveyRow(a, 2).id, runFromSurveyRow({ ...a }, 9).id);
  assert.notEqual(runFromSurveyRow(a, 2).id, runFromSurveyRow(b, 2).id);
  assert.throws(() => runFromSurveyRow({ ...a, 'Number of GPUs': '1e9' }, 3), (e: unknown) => e instanceof ImportRowError && e.column === 'Number of GPUs');
});

test("the survey's 95 rows become records that keep the survey's numbers", (t) => {
  const data = sharedData();
  if ('skip' in data) return t.skip(data.skip);
  const rows = parseCsv(data.read('counting-carbon/co2ml95models.csv'));
  assert.equal(rows.length, 95);
  const records = rows.map((r, i) => runFromSurveyRow(r, i + 2));
  let total = 0;
  for (const [i, r] of records.entries()) {
    runRecord.parse(r);
    const src = rows[i]!;
    assert.equal(r.emissionsKg, Number(src['CO₂eq emitted [kg]']));
    assert.equal(r.energy.totalKwh, Number(src['Energy consumed [kWh]']));
    if (src['Carbon intensity [g CO₂eq/kWh]']) assert.equal(r.intensity.gPerKwh, Number(src['Carbon intensity [g CO₂eq/kWh]']));
    assert.equal(r.meta?.task, src.Task);
    assert.equal(r.meta?.origin, 'survey');
    total += r.emissionsKg;
  }
  // the survey's total: about 253 t
  assert.ok(Math.abs(total / 1000 - 253) < 3, `${total / 1000} t`);
  assert.equal(new Set(records.map((r) => r.id)).size, 95);
});
