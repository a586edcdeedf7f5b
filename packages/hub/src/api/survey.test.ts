// The survey's analyses over the hub: the survey's own file imported into a fresh hub gives back its numbers; scopes,
// read rights and bad queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { expectStatus, makeProject, makeToken, testHub, testRun } from './hub.test-helper.ts';

const surveyFile = new URL('../../../../../shared/data/counting-carbon/co2ml95models.csv', import.meta.url);
const skip = existsSync(surveyFile) ? false : 'the survey file ../shared/data/counting-carbon/co2ml95models.csv is absent';
if (skip && process.env.CI === 'true') throw new Error(`${skip} (required when CI=true)`);
if (skip) console.log(`# skipping: ${skip}`);

test("the survey's file imported into a fresh hub gives back Table 2, ~253 t, a median of 72 h and Figure 1's counts", { skip }, async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'private');
    const w = await makeToken(hub, 'lab', 'write');
    const r = await makeToken(hub, 'lab', 'read');
    const file = readFileSync(surveyFile, 'utf8');
    const a = expectStatus(await hub.request('POST', '/api/projects/lab/import?format=survey', { token: w.token, body: file, type: 'text/csv' }), 201);
    assert.equal(a.body.imported, 95);
    const get = async (path: string) => expectStatus(await hub.request('GET', path, { token: r.token }), 200).body;
    const table = await get('/api/survey/by-source?project=lab');
    // Counting Carbon, Table 2
    const expected: Record<string, [number, number, boolean]> = { coal: [38, 512.3, false], gas: [23, 350.5, false], hydro: [19, 100.6, true], oil: [12, 453.6, false], nuclear: [3, 147.2, true] };
    assert.deepEqual(table.rows.map((x: { key: string }) => x.key), ['coal', 'gas', 'hydro', 'oil', 'nuclear']);
    for (const row of table.rows as { key: string; runs: number; meanIntensity: number; lowCarbon: boolean }[]) {
      const [runs, mean, low] = expected[row.key]!;
      assert.equal(row.runs, runs, row.key);
      assert.ok(Math.abs(row.meanIntensity - mean) < 0.1, `${row.key}: ${row.meanIntensity} against ${mean}`);
      assert.equal(row.lowCarbon, low, row.key);
    }
    assert.deepEqual(table.scope, { project: 'lab', projects: 1 });
    assert.ok(typeof table.basis.intensity === 'string' && typeof table.basis.lowCarbon === 'string', 'every answer says how its figures were obtained');
    const totals = await get('/api/survey/totals?project=lab');
    assert.ok(Math.abs(totals.total.emissionsKg / 1000 - 253.16) < 0.01, `${totals.total.emissionsKg} kg in all`);
    assert.equal(totals.total.medianHours, 72);
    assert.equal(totals.years.reduce((n: number, y: { runs: number }) => n + y.runs, 0), 95);
    const countries = await get('/api/survey/by-country?project=lab');
    assert.deepEqual(countries.rows.slice(0, 2).map((c: { key: string; runs: number }) => [c.key, c.runs]), [['US', 48], ['CN', 18]]);
    const ty = await get('/api/survey/by-task-year?project=lab');
    assert.deepEqual([ty.method.resamples, ty.method.seed, ty.method.level, ty.method.trim], [10000, 2021, 0.99, 0.01]);
    assert.ok(ty.rows.some((x: { interval: { method: string } }) => x.interval.method === 'bootstrap'));
    const again = await get('/api/survey/by-task-year?project=lab');
    assert.deepEqual(again.rows, ty.rows, 'seeded: the same intervals every time');
    const metrics = await get('/api/survey/pareto?project=lab');
    assert.deepEqual(
      metrics.metrics.map((m: { task: string; metric: string }) => `${m.task}/${m.metric}`).sort(),
      ['Image Classification/top1', 'Image Classification/top5', 'Machine Translation/bleu', 'Named Entity Recognition/f1', 'Question Answering/f1'],
    );
    const mt = await get(`/api/survey/pareto?project=lab&task=${encodeURIComponent('Machine Translation')}&metric=bleu`);
    assert.ok(mt.front.length >= 2);
    assert.deepEqual(mt.datasets.map((d: { dataset: string }) => d.dataset).sort(), ['WMT2014 English-French', 'WMT2014 English-German']);
    assert.equal(mt.runsWithMetric + mt.runsWithoutMetric, 30);
    const plane = await get('/api/survey/energy-emissions?project=lab');
    assert.equal(plane.points.reduce((n: number, p: { runs: number }) => n + p.runs, 0), 95);
    // the same file again adds nothing; into another project, it gives that project its own 95 runs
    assert.equal(expectStatus(await hub.request('POST', '/api/projects/lab/import?format=survey', { token: w.token, body: file, type: 'text/csv' }), 201).body.imported, 0);
    await makeProject(hub, 'open-lab', 'public');
    const w2 = await makeToken(hub, 'open-lab', 'write');
    assert.equal(expectStatus(await hub.request('POST', '/api/projects/open-lab/import?format=survey', { token: w2.token, body: file, type: 'text/csv' }), 201).body.imported, 95);
    // without a project: the public projects only (the private "lab" is not in it, whoever asks)
    const pub = expectStatus(await hub.request('GET', '/api/survey/totals', { token: hub.admin }), 200).body;
    assert.deepEqual([pub.scope, pub.total.runs], [{ project: null, projects: 1 }, 95]);
  } finally {
    await hub.close();
  }
});

test('survey views of tracked runs: unknown groups are counted, ranges summed, bad queries named', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'tracked', 'public');
    const w = await makeToken(hub, 'tracked', 'write');
    const runs = [testRun({ id: 't1', country: 'FR' }), testRun({ id: 't2', country: 'PL' }), testRun({ id: 't3', country: 'FR' })];
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { project: 'tracked', runs } }), 201);
    const bySource = expectStatus(await hub.request('GET', '/api/survey/by-source?project=tracked'), 200).body;
    assert.equal(bySource.total.runs, 3);
    const lowSum = runs.reduce((s, r) => s + r.emissionsLowKg, 0);
    assert.ok(Math.abs(bySource.total.lowKg - lowSum) < 1e-9, 'the range is the sum of the runs\' ranges');
    const ty = expectStatus(await hub.request('GET', '/api/survey/by-task-year?project=tracked'), 200).body;
    assert.deepEqual(ty.rows.map((x: { task: string; runs: number }) => [x.task, x.runs]), [['unknown', 3]], 'runs without a task are counted as unknown');
    for (const [path, what] of [
      ['/api/survey/by-task-year?resamples=5', '"5" is not a whole number from 100 to 20000'],
      ['/api/survey/by-task-year?level=abc', '"abc" is not a number from 0.5 to 0.999'],
      ['/api/survey/pareto?metric=bleu', 'metric and dataset need a task'],
      ['/api/survey/by-source?projekt=x', 'projekt'],
    ] as const) {
      const a = expectStatus(await hub.request('GET', path), 400, path);
      assert.ok(a.body.error.message.includes(what), `${path}: ${a.body.error.message}`);
    }
    expectStatus(await hub.request('GET', '/api/survey/by-source?project=nope'), 404);
  } finally {
    await hub.close();
  }
});
