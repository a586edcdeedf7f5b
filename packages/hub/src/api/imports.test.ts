// Imports: CodeCarbon's emissions.csv in each layout its 2.x and 3.x versions write, and the survey's data file; a file
// with a bad row is refused whole, naming each bad line and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CODECARBON_COLUMNS } from '@carbontrail/core';
import { expectStatus, makeProject, makeToken, testHub, type TestHub } from './hub.test-helper.ts';

/**
 * The columns of CodeCarbon's emissions.csv by version: the fields of its EmissionsData dataclass, in order, read from
 * github.com/mlco2/codecarbon at each release tag (codecarbon/output.py up to 2.4, then
 * codecarbon/output_methods/emissions_data.py): 2.0.0–2.1.x have no codecarbon_version, experiment_id or pue; 2.2
 * adds codecarbon_version; 2.3 adds pue; 2.7 adds experiment_id; 3.0.8 adds water_consumed and wue; 3.2.1 adds the
 * four utilisation columns (cpu_utilization_percent … ram_used_gb), which is the layout of core's CODECARBON_COLUMNS.
 */
const v3_2 = [...CODECARBON_COLUMNS];
const v3_1 = v3_2.filter((c) => !['cpu_utilization_percent', 'gpu_utilization_percent', 'ram_utilization_percent', 'ram_used_gb'].includes(c));
const v2_8 = v3_1.filter((c) => c !== 'water_consumed' && c !== 'wue');
const v2_5 = v2_8.filter((c) => c !== 'experiment_id');
const v2_2 = v2_5.filter((c) => c !== 'pue');
const v2_0 = v2_2.filter((c) => c !== 'codecarbon_version');
const LAYOUTS = { '2.0.0': v2_0, '2.2.0': v2_2, '2.5.0': v2_5, '2.8.0': v2_8, '3.1.0': v3_1, '3.2.9': v3_2 } as const;

/** A CodeCarbon row as it writes one: every column it has, by name (the test keeps those of the layout). */
function ccRow(i: number, over: Record<string, string | number> = {}): Record<string, string | number> {
  const cpu = 0.0425 * (i + 1);
  const gpu = 0.25 * (i + 1);
  const ram = 0.0118 * (i + 1);
  const energy = cpu + gpu + ram;
  return {
    timestamp: `2025-03-0${i + 1}T10:11:12`, project_name: 'codecarbon', run_id: `5b0fa12a-3dd7-45bb-9766-cc326314d9f${i}`,
    experiment_id: '5b0fa12a-3dd7-45bb-9766-cc326314d9f1', duration: 3600.5, emissions: energy * 0.056, emissions_rate: (energy * 0.056) / 3600.5,
    cpu_power: 42.5, gpu_power: 250.1, ram_power: 11.8, cpu_energy: cpu, gpu_energy: gpu, ram_energy: ram, energy_consumed: energy,
    water_consumed: 0, country_name: 'France', country_iso_code: 'FRA', region: 'île-de-france', cloud_provider: '', cloud_region: '',
    os: 'Linux-5.15.0-91-generic-x86_64-with-glibc2.35', python_version: '3.11.4', codecarbon_version: '2.8.0', cpu_count: 16,
    cpu_model: 'AMD EPYC 7B13 64-Core Processor', gpu_count: 1, gpu_model: '1 x NVIDIA A100-SXM4-40GB', longitude: 2.35, latitude: 48.85,
    ram_total_size: 62.8, tracking_mode: 'machine', cpu_utilization_percent: 12.5, gpu_utilization_percent: 88, ram_utilization_percent: 20,
    ram_used_gb: 12.6, on_cloud: 'N', pue: 1.0, wue: 0, ...over,
  };
}

const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
function csv(columns: readonly string[], rows: Record<string, string | number>[]): string {
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(',')).join('\n')}\n`;
}

async function importCsv(hub: TestHub, token: string, project: string, body: string, format = 'codecarbon') {
  return hub.request('POST', `/api/projects/${project}/import?format=${format}`, { token, body, type: 'text/csv' });
}

async function runCount(hub: TestHub, project: string): Promise<number> {
  return (expectStatus(await hub.request('GET', `/api/runs?project=${project}&limit=1000`, { token: hub.admin }), 200).body.runs as unknown[]).length;
}

test('CodeCarbon files of every 2.x and 3.x layout import, with their energy and emissions as written', async () => {
  const hub = await testHub();
  try {
    for (const [version, columns] of Object.entries(LAYOUTS)) {
      const project = `cc-${version.replace(/\./g, '-')}`;
      await makeProject(hub, project, 'private');
      const w = await makeToken(hub, project, 'write');
      // run ids are the hub's identity of a run across projects: each file has its own, as CodeCarbon's runs do
      const id = (i: number) => ({ run_id: `${version}-run-${i}`, codecarbon_version: version });
      const rows = [ccRow(0, id(0)), ccRow(1, id(1)), ccRow(2, { ...id(2), cloud_provider: 'gcp', cloud_region: 'europe-west9', on_cloud: 'Y' })];
      const a = expectStatus(await importCsv(hub, w.token, project, csv(columns, rows)), 201, version);
      assert.equal(a.body.imported, 3, version);
      const runs = expectStatus(await hub.request('GET', `/api/runs?project=${project}`, { token: w.token }), 200).body.runs as { energyKwh: number; emissionsKg: number; country: string }[];
      const sum = (f: (r: Record<string, string | number>) => number) => rows.reduce((s, r) => s + f(r), 0);
      assert.ok(Math.abs(runs.reduce((s, r) => s + r.energyKwh, 0) - sum((r) => Number(r.energy_consumed))) < 1e-9, version);
      assert.ok(Math.abs(runs.reduce((s, r) => s + r.emissionsKg, 0) - sum((r) => Number(r.emissions))) < 1e-9, version);
      assert.deepEqual([...new Set(runs.map((r) => r.country))], ['FR'], version);
      // importing the same file again adds nothing
      assert.deepEqual(expectStatus(await importCsv(hub, w.token, project, csv(columns, rows)), 201).body.imported, 0);
    }
  } finally {
    await hub.close();
  }
});

test('a file with bad rows is 422 listing each bad line and why, and nothing of it is stored', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const columns = LAYOUTS['2.8.0'];
    const good = csv(columns, [ccRow(0)]).split('\n')[1]!;
    const lines = [
      columns.join(','),
      good, // line 2
      '', // line 3: blank lines are skipped, and counted
      csv(columns, [ccRow(1, { emissions: -0.2 })]).split('\n')[1], // line 4
      csv(columns, [ccRow(2, { timestamp: 'yesterday', cpu_model: 'Intel "Xeon",\nGold' })]).split('\n').slice(1, 3).join('\n'), // lines 5–6
      csv(columns, [ccRow(3, { energy_consumed: 5 })]).split('\n')[1], // line 7
      good.split(',').slice(0, 10).join(','), // line 8: too few cells
      csv(columns, [ccRow(4, { duration: '1e308' })]).split('\n')[1], // line 9
      csv(columns, [ccRow(5, { energy_consumed: 0, cpu_energy: 0, gpu_energy: 0, ram_energy: 0 })]).split('\n')[1], // line 10
      csv(columns, [ccRow(6, { gpu_model: '100000000 x NVIDIA H100' })]).split('\n')[1], // line 11
    ];
    const a = expectStatus(await importCsv(hub, w.token, 'lab', `${lines.join('\n')}\n`), 422);
    assert.equal(a.body.error.code, 'bad-rows');
    assert.match(a.body.error.message, /^7 row\(s\) cannot be imported .*nothing was stored/);
    const details = a.body.error.details as { line: number; column: string; message: string }[];
    assert.deepEqual(details.map((d) => [d.line, d.column]), [
      [4, 'emissions'], [5, 'timestamp'], [7, 'energy_consumed'], [8, '(row)'], [9, 'duration'], [10, 'emissions'], [11, 'gpu_model'],
    ]);
    for (const d of details) assert.match(d.message, new RegExp(`^line ${d.line}`));
    assert.match(details[0]!.message, /"-0\.2" is not a non-negative number/);
    assert.match(details[1]!.message, /"yesterday" is not a date and time/);
    assert.match(details[3]!.message, /10 cells, but the header has 32 columns/);
    assert.equal(await runCount(hub, 'lab'), 0);
  } finally {
    await hub.close();
  }
});

/** The survey's data file beside the repository (../shared/data), or a reason to skip; under CI=true its absence fails. */
function surveyFile(): { text: string } | { skip: string } {
  const url = new URL('../../../../../shared/data/counting-carbon/co2ml95models.csv', import.meta.url);
  if (existsSync(url)) return { text: readFileSync(url, 'utf8') };
  const reason = `the survey's data file is not at ${url.pathname}`;
  if (process.env.CI === 'true') throw new Error(`${reason} (required when CI=true)`);
  console.log(`# skipped: ${reason}`);
  return { skip: reason };
}

test("the survey's file imports whole, and the survey's numbers come back: 95 runs, about 253 t", async (t) => {
  const file = surveyFile();
  if ('skip' in file) return t.skip(file.skip);
  const hub = await testHub();
  try {
    await makeProject(hub, 'survey', 'public');
    const w = await makeToken(hub, 'survey', 'write');
    const a = expectStatus(await importCsv(hub, w.token, 'survey', file.text, 'survey'), 201);
    assert.equal(a.body.imported, 95);
    assert.equal(await runCount(hub, 'survey'), 95);
    for (const by of ['month', 'country', 'source', 'hardware']) {
      const rows = expectStatus(await hub.request('GET', `/api/stats?project=survey&by=${by}`), 200).body as { runs: number; emissionsKg: number; energyKwh: number }[];
      assert.equal(rows.reduce((s, r) => s + r.runs, 0), 95, by);
      const tonnes = rows.reduce((s, r) => s + r.emissionsKg, 0) / 1000;
      assert.ok(Math.abs(tonnes - 253) < 3, `${by}: ${tonnes} t`);
    }
    // the survey's classification by main energy source is kept
    const sources = (expectStatus(await hub.request('GET', '/api/stats?project=survey&by=source'), 200).body as { key: string }[]).map((r) => r.key);
    for (const s of ['coal', 'gas', 'hydro', 'nuclear']) assert.ok(sources.includes(s), `${s} in ${sources.join(', ')}`);
    // a CodeCarbon import of the survey's file says which columns it lacks
    const wrong = expectStatus(await importCsv(hub, w.token, 'survey', file.text, 'codecarbon'), 422);
    assert.equal(wrong.body.error.code, 'not-this-format');
    assert.match(wrong.body.error.message, /"timestamp"/);
  } finally {
    await hub.close();
  }
});

test('an import needs CSV, a known format and a file with rows', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const body = csv(LAYOUTS['3.2.9'], [ccRow(0)]);
    const type = expectStatus(await hub.request('POST', '/api/projects/lab/import?format=codecarbon', { token: w.token, body, type: 'application/json' }), 415);
    assert.match(type.body.error.message, /text\/csv.*application\/json/);
    const format = expectStatus(await importCsv(hub, w.token, 'lab', body, 'xml'), 400);
    assert.equal(format.body.error.field, 'format');
    assert.match(format.body.error.message, /"codecarbon"\|"survey".*got "xml"/);
    expectStatus(await importCsv(hub, w.token, 'lab', ''), 400);
    assert.equal(expectStatus(await importCsv(hub, w.token, 'lab', `${LAYOUTS['3.2.9'].join(',')}\n`), 422).body.error.code, 'no-rows');
    assert.match(expectStatus(await importCsv(hub, w.token, 'lab', 'a,"b\n1,2\n'), 400).body.error.message, /not CSV/);
    expectStatus(await importCsv(hub, w.token, 'nowhere', body), 404);
    assert.equal(await runCount(hub, 'lab'), 0);
  } finally {
    await hub.close();
  }
});
