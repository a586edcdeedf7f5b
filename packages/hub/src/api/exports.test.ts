// Exports: CSV in CodeCarbon's columns (one row per run, re-importable) and JSON as the run records stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CODECARBON_CSV_HEADER } from '@carbontrail/core';
import { expectStatus, makeProject, makeToken, testHub, testRun } from './hub.test-helper.ts';

test('CSV gives CodeCarbon\'s header and one row per run; JSON the records; a CSV re-imported elsewhere gives the same totals', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'private');
    await makeProject(hub, 'copy', 'private');
    const w = await makeToken(hub, 'lab', 'write');
    const runs = [
      testRun({ id: 'e1', startedAt: '2025-01-15T08:00:00.000Z', country: 'FR', gPerKwh: 56 }),
      testRun({ id: 'e2', startedAt: '2025-02-15T08:00:00.000Z', country: 'DE', gPerKwh: 380, gpuKwh: 12.5, jobId: 'job, "quoted"' }),
      testRun({ id: 'e3', startedAt: '2025-02-20T08:00:00.000Z', country: 'US', gPerKwh: 390, gpuCount: 8, gpu: 'NVIDIA A100-SXM4-80GB', pue: 1.1 }),
    ];
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs } }), 201);

    const csvAnswer = expectStatus(await hub.request('GET', '/api/projects/lab/export?format=csv', { token: w.token }), 200);
    assert.match(csvAnswer.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csvAnswer.headers.get('content-disposition') ?? '', /filename="lab-emissions\.csv"/);
    assert.equal(csvAnswer.text.split('\n')[0], CODECARBON_CSV_HEADER);
    const rows = parse(csvAnswer.text, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.run_id), ['e1', 'e2', 'e3']);
    assert.equal(rows[1]!.experiment_id, 'job, "quoted"');
    assert.equal(Number(rows[2]!.emissions), runs[2]!.emissionsKg);
    assert.equal(Number(rows[2]!.energy_consumed), runs[2]!.energy.totalKwh);
    assert.equal(rows[2]!.gpu_model, '8 x NVIDIA A100-SXM4-80GB');

    const json = expectStatus(await hub.request('GET', '/api/projects/lab/export?format=json', { token: w.token }), 200);
    assert.deepEqual(json.body, runs);
    assert.deepEqual(expectStatus(await hub.request('GET', '/api/projects/lab/export', { token: w.token }), 200).body, runs, 'JSON is the default');

    const imported = expectStatus(await hub.request('POST', '/api/projects/copy/import?format=codecarbon', { token: hub.admin, body: csvAnswer.text, type: 'text/csv' }), 201);
    assert.equal(imported.body.imported, 3);
    for (const by of ['country', 'hardware', 'month'] as const) {
      const a = expectStatus(await hub.request(`GET`, `/api/stats?project=lab&by=${by}`, { token: hub.admin }), 200).body as { key: string; runs: number; energyKwh: number; emissionsKg: number }[];
      const b = expectStatus(await hub.request(`GET`, `/api/stats?project=copy&by=${by}`, { token: hub.admin }), 200).body as typeof a;
      const total = (rs: typeof a) => [rs.reduce((s, r) => s + r.runs, 0), rs.reduce((s, r) => s + r.energyKwh, 0), rs.reduce((s, r) => s + r.emissionsKg, 0)];
      const [ra, ea, ka] = total(a);
      const [rb, eb, kb] = total(b);
      assert.equal(rb, ra, by);
      assert.ok(Math.abs(eb! - ea!) < 1e-9 * ea!, `${by} energy ${eb} vs ${ea}`);
      assert.ok(Math.abs(kb! - ka!) < 1e-9 * ka!, `${by} emissions ${kb} vs ${ka}`);
    }
    // the same places come back by country
    const countries = (expectStatus(await hub.request('GET', '/api/stats?project=copy&by=country', { token: hub.admin }), 200).body as { key: string }[]).map((r) => r.key);
    assert.deepEqual(countries, ['DE', 'FR', 'US']);

    expectStatus(await hub.request('GET', '/api/projects/lab/export?format=csv'), 401);
    expectStatus(await hub.request('GET', '/api/projects/lab/export?format=xlsx', { token: w.token }), 400);
    expectStatus(await hub.request('GET', '/api/projects/nowhere/export', { token: hub.admin }), 404);
  } finally {
    await hub.close();
  }
});

test('a name that a spreadsheet would run as a formula is exported with a leading apostrophe; numbers are left as they are', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'sheet', 'private');
    const w = await makeToken(hub, 'sheet', 'write');
    const run = testRun({ id: 'f1', jobId: '=HYPERLINK("http://evil.example","x")', gpu: '@SUM(1+1)' });
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: run }), 201);
    const csv = expectStatus(await hub.request('GET', '/api/projects/sheet/export?format=csv', { token: w.token }), 200).text;
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    assert.equal(row!.experiment_id, `'=HYPERLINK("http://evil.example","x")`);
    assert.match(row!.gpu_model ?? '', /^\d+ x @SUM/, 'a cell that does not start with a formula sign is left alone');
    for (const [column, value] of Object.entries(row!)) assert.doesNotMatch(value, /^[=+\-@\t\r]/, `${column}: ${value}`);
    assert.equal(Number(row!.emissions), run.emissionsKg);
  } finally {
    await hub.close();
  }
});
