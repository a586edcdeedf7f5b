// Runs: uploads (one or a batch, with samples or not, idempotent, checked against the pricing model), listing, reading, jobs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectStatus, makeProject, makeToken, testHub, testRun, testSamples, type TestHub } from './hub.test-helper.ts';

async function storedIds(hub: TestHub, project: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const a = expectStatus(await hub.request('GET', `/api/runs?project=${project}&limit=1000${cursor ? `&cursor=${cursor}` : ''}`, { token: hub.admin }), 200);
    ids.push(...(a.body.runs as { id: string }[]).map((r) => r.id));
    cursor = a.body.next;
  } while (cursor);
  return ids.sort();
}

test('one record or a batch, with or without samples, is 201 {accepted, duplicates}; a re-sent run is a duplicate', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'private');
    const w = await makeToken(hub, 'lab', 'write');
    const one = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: testRun({ id: 'r1' }) }), 201);
    assert.deepEqual([one.body.accepted, one.body.duplicates, one.body.project], [1, 0, 'lab']);

    const withSamples = { ...testRun({ id: 'r2' }), samples: testSamples(120) };
    const batch = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: [withSamples, testRun({ id: 'r3' }), testRun({ id: 'r1' })] } }), 201);
    assert.deepEqual([batch.body.accepted, batch.body.duplicates], [2, 1]);
    assert.deepEqual(batch.body.duplicateIds, ['r1']);

    const again = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: [withSamples] } }), 201);
    assert.deepEqual([again.body.accepted, again.body.duplicates], [0, 1]);
    assert.deepEqual(await storedIds(hub, 'lab'), ['r1', 'r2', 'r3']);

    const read = expectStatus(await hub.request('GET', '/api/runs/r2', { token: w.token }), 200);
    assert.equal(read.body.samples.length, 120, 'a re-sent run does not add its samples twice');
    assert.deepEqual(read.body.samples[0], { seq: 0, at: withSamples.samples[0]!.at, d: 1, gpuJ: 500, cpuJ: 60, ramJ: 7 });
    assert.equal(read.body.record.id, 'r2');
    assert.equal(read.body.run.project, 'lab');
    assert.equal(read.body.run.energyKwh, withSamples.energy.totalKwh);

    // the admin names the project in the batch or the query; without one it is 400 naming "project"
    expectStatus(await hub.request('POST', '/api/runs', { token: hub.admin, json: { project: 'lab', runs: [testRun({ id: 'r4' })] } }), 201);
    expectStatus(await hub.request('POST', '/api/runs?project=lab', { token: hub.admin, json: testRun({ id: 'r5' }) }), 201);
    const nowhere = expectStatus(await hub.request('POST', '/api/runs', { token: hub.admin, json: testRun({ id: 'r6' }) }), 400);
    assert.equal(nowhere.body.error.field, 'project');
    // the same id twice in one batch is refused whole
    const twice = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: [testRun({ id: 'r7' }), testRun({ id: 'r7' })] } }), 400);
    assert.match(twice.body.error.message, /r7 appears twice/);
    assert.deepEqual(await storedIds(hub, 'lab'), ['r1', 'r2', 'r3', 'r4', 'r5']);
  } finally {
    await hub.close();
  }
});

test('an inconsistent record is 422 naming the run and the problem, and nothing of its batch is stored', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const bad = testRun({ id: 'doubled' });
    bad.emissionsKg *= 2; // not facility energy × intensity any more
    bad.emissionsHighKg *= 2;
    const a = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: [testRun({ id: 'fine' }), bad] } }), 422);
    assert.equal(a.body.error.code, 'inconsistent-run');
    assert.equal(a.body.error.field, 'runs.1');
    assert.match(a.body.error.message, /run doubled: emissionsKg .* does not follow from each year's facility energy × intensity/);
    assert.equal(a.body.error.details[0].run, 'doubled');

    const pue = testRun({ id: 'pue' });
    pue.energy.facilityKwh = pue.energy.totalKwh; // PUE 1.2 not applied
    const b = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: pue }), 422);
    assert.match(b.body.error.message, /run pue: energy\.facilityKwh .* is not totalKwh × PUE/);

    const parts = testRun({ id: 'parts' });
    parts.energy.totalKwh += 1;
    assert.match(expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: parts }), 422).body.error.message, /not gpuKwh \+ cpuKwh \+ ramKwh/);
    assert.deepEqual(await storedIds(hub, 'lab'), []);
  } finally {
    await hub.close();
  }
});

test('malformed records are 400 naming the field, the bad value and what is allowed', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const post = async (json: unknown) => expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json }), 400).body.error;
    const negative = testRun();
    negative.energy.gpuKwh = -1;
    let e = await post({ runs: [testRun(), negative] });
    assert.equal(e.field, 'runs.1.energy.gpuKwh');
    assert.match(e.message, />=0.*\(got -1\)/);
    e = await post({ ...testRun(), startedAt: '2025-02-30T10:00:00Z' });
    assert.equal(e.field, 'startedAt');
    assert.match(e.message, /exists.*got "2025-02-30T10:00:00Z"/);
    const huge = testRun({ gpuKwh: 1e300 });
    e = await post(huge);
    assert.equal(e.field, 'energy.gpuKwh');
    assert.match(e.message, /1e\+300 kWh is beyond what one run is believed to reach \(at most 10000000000 kWh\)/);
    e = await post({ ...testRun(), samples: [{ at: 1.5, d: 1, e: [1, 2, 3] }] });
    assert.equal(e.field, 'samples.0.at');
    e = await post({ ...testRun(), id: 'x'.repeat(201) });
    assert.equal(e.field, 'id');
    e = await post({ runs: [] });
    assert.equal(e.field, 'runs');
    e = await post([testRun()]);
    assert.equal(e.field, '(body)');
    const type = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, body: JSON.stringify(testRun()), type: 'text/plain' }), 415);
    assert.match(type.body.error.message, /application\/json.*text\/plain/);
    const notJson = expectStatus(await hub.request('POST', '/api/runs', { token: w.token, body: '{"id": ', type: 'application/json' }), 400);
    assert.match(notJson.body.error.message, /not valid JSON/);
    // NUL, which PostgreSQL cannot store in text, is refused in every string, for both stores
    const nul = testRun();
    nul.hardware.gpus[0]!.name = 'H100\u0000';
    e = await post({ runs: [nul] });
    assert.equal(e.field, 'runs.0.hardware.gpus.0.name');
    assert.match(e.message, /NUL/);
    expectStatus(await hub.request('GET', '/api/jobs/a%00b'), 404);
    // a known path with another method: 405 with the methods it answers
    const put = expectStatus(await hub.request('PUT', '/api/runs', { token: w.token }), 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, POST');
    assert.equal(put.body.error.code, 'method-not-allowed');
    expectStatus(await hub.request('POST', '/api/runs/r1', { token: w.token }), 405);
    expectStatus(await hub.request('GET', '/api/nothing-here'), 404);
  } finally {
    await hub.close();
  }
});

test('GET /api/runs filters by date, status and job, pages with a cursor, and keeps dates in UTC', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    await makeProject(hub, 'other', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const runs = Array.from({ length: 25 }, (_, i) =>
      testRun({
        id: `p${String(i).padStart(2, '0')}`,
        startedAt: new Date(Date.UTC(2025, 0, 1 + i * 3, 12)).toISOString(),
        status: i % 5 === 0 ? 'interrupted' : 'finished',
        jobId: i < 4 ? 'job-7' : null,
        node: `n${i % 2}`,
      }),
    );
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs } }), 201);
    expectStatus(await hub.request('POST', '/api/runs?project=other', { token: hub.admin, json: testRun({ id: 'elsewhere' }) }), 201);

    // pages of 7, newest first, every run once
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const a = expectStatus(await hub.request('GET', `/api/runs?project=lab&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200);
      seen.push(...(a.body.runs as { id: string }[]).map((r) => r.id));
      cursor = a.body.next;
      pages++;
    } while (cursor);
    assert.equal(pages, 4);
    assert.deepEqual(seen, runs.map((r) => r.id).reverse());

    const ids = async (q: string) => (expectStatus(await hub.request('GET', `/api/runs?${q}`), 200).body.runs as { id: string }[]).map((r) => r.id).sort();
    assert.deepEqual(await ids('project=lab&status=interrupted'), ['p00', 'p05', 'p10', 'p15', 'p20']);
    assert.deepEqual(await ids('job=job-7'), ['p00', 'p01', 'p02', 'p03']);
    // from is inclusive, to exclusive; a date-time without a zone is UTC
    assert.deepEqual(await ids('project=lab&from=2025-01-04&to=2025-01-10T12:00:00'), ['p01', 'p02']);
    assert.deepEqual(await ids('from=2025-01-04T13:00:00%2B01:00&to=2025-01-07'), ['p01']);
    assert.ok((await ids('limit=1000')).includes('elsewhere'), 'without a project: every project the caller may read');

    const bad = async (q: string, field: string) => assert.equal(expectStatus(await hub.request('GET', `/api/runs?${q}`), 400).body.error.field, field);
    await bad('limit=0', 'limit');
    await bad('limit=abc', 'limit');
    await bad('from=2025-13-01', 'from');
    await bad('status=done', 'status');
    await bad('cursor=not-a-cursor', 'cursor');
    await bad('colour=red', 'colour');
    await bad('sort=colour', 'sort');
    await bad('order=up', 'order');
    await bad('country=France', 'country');

    // sorted by emissions, smallest first, in pages; a cursor kept across a change of order is refused
    const byEmissions: string[] = [];
    let next: string | null = null;
    do {
      const a = expectStatus(await hub.request('GET', `/api/runs?project=lab&sort=emissions&order=asc&limit=4${next ? `&cursor=${encodeURIComponent(next)}` : ''}`), 200);
      byEmissions.push(...(a.body.runs as { id: string }[]).map((r) => r.id));
      next = a.body.next;
      if (next) await bad(`project=lab&sort=energy&cursor=${encodeURIComponent(next)}`, 'cursor');
    } while (next);
    const all = (expectStatus(await hub.request('GET', '/api/runs?project=lab&limit=1000'), 200).body.runs as { id: string; emissionsKg: number }[]);
    assert.deepEqual(byEmissions, [...all].sort((a, b) => a.emissionsKg - b.emissionsKg || (a.id < b.id ? -1 : 1)).map((r) => r.id));
    assert.deepEqual(await ids('project=lab&country=FR&limit=1000'), runs.map((r) => r.id).sort());
    assert.deepEqual(await ids('project=lab&country=DE'), []);
    expectStatus(await hub.request('GET', '/api/runs?project=nowhere'), 404);

    // a run sent with an offset is stored and listed in UTC
    const offset = testRun({ id: 'offset' });
    offset.startedAt = '2025-06-01T01:30:00.000+02:00';
    offset.endedAt = '2025-06-01T02:30:00.000+02:00';
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: offset }), 201);
    const o = expectStatus(await hub.request('GET', '/api/runs/offset'), 200).body;
    assert.equal(o.run.startedAt, '2025-05-31T23:30:00.000Z');
    assert.equal(o.record.endedAt, '2025-06-01T00:30:00.000Z');
    const months = expectStatus(await hub.request('GET', '/api/stats?project=lab&by=month'), 200).body as { key: string }[];
    assert.ok(months.some((m) => m.key === '2025-05'), 'the month is the UTC one');
    expectStatus(await hub.request('GET', '/api/runs/nothing-here'), 404);
  } finally {
    await hub.close();
  }
});

test('GET /api/jobs/{job} sums the nodes of a multi-node job, each node once', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    const w = await makeToken(hub, 'lab', 'write');
    const start = '2025-04-01T08:00:00.000Z';
    const n1 = testRun({ id: 'job-n1', jobId: 'slurm-42', node: 'node1', startedAt: start, gpuKwh: 4 });
    const n2 = testRun({ id: 'job-n2', jobId: 'slurm-42', node: 'node2', startedAt: start, gpuKwh: 3 });
    const n3 = testRun({ id: 'job-n3', jobId: 'slurm-42', node: 'node3', startedAt: start, gpuKwh: 2 });
    // node1 again: an interrupted copy of the same measurement, overlapping it: not counted a second time
    const n1copy = testRun({ id: 'job-n1-partial', jobId: 'slurm-42', node: 'node1', startedAt: start, durationS: 1800, gpuKwh: 2 });
    // node1 later: a second run of the same node after the first ended: counted
    const n1later = testRun({ id: 'job-n1-later', jobId: 'slurm-42', node: 'node1', startedAt: '2025-04-01T10:00:00.000Z', gpuKwh: 1 });
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: [n1, n2, n3, n1copy, n1later, testRun({ id: 'solo' })] } }), 201);
    const job = expectStatus(await hub.request('GET', '/api/jobs/slurm-42'), 200).body;
    const counted = [n1, n2, n3, n1later];
    const sum = (f: (r: typeof n1) => number) => counted.reduce((s, r) => s + f(r), 0);
    assert.ok(Math.abs(job.energyKwh - sum((r) => r.energy.totalKwh)) < 1e-9, `${job.energyKwh}`);
    assert.ok(Math.abs(job.emissionsKg - sum((r) => r.emissionsKg)) < 1e-9);
    assert.deepEqual(job.skipped, ['job-n1-partial']);
    assert.deepEqual(job.nodes.map((n: { node: string; runs: number }) => [n.node, n.runs]), [['node1', 2], ['node2', 1], ['node3', 1]]);
    assert.equal(job.runs.length, 5);
    expectStatus(await hub.request('GET', '/api/jobs/slurm-43'), 404);
    expectStatus(await hub.request('GET', '/api/jobs/slurm-42?project=lab'), 200);
    expectStatus(await hub.request('GET', '/api/jobs/slurm-42?colour=red'), 400);
  } finally {
    await hub.close();
  }
});
