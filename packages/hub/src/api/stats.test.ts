// Stats: totals by month, country, main energy source and hardware, from the roll-ups, equal to sums over the stored runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectStatus, makeProject, makeToken, testHub, testRun } from './hub.test-helper.ts';

interface Summary { id: string; startedAt: string; country: string; source: string; hardware: string; energyKwh: number; emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number }

test('GET /api/stats?by=month|country|source|hardware equals sums over the stored runs, duplicates counted once', async () => {
  const hub = await testHub();
  try {
    await makeProject(hub, 'lab', 'public');
    await makeProject(hub, 'hidden', 'private');
    const w = await makeToken(hub, 'lab', 'write');
    const countries = ['FR', 'DE', 'US', 'PL', 'SE', 'IN'];
    const gpus = ['NVIDIA H100 80GB HBM3', 'NVIDIA A100-SXM4-80GB', 'Tesla V100-SXM2-16GB'];
    const runs = Array.from({ length: 60 }, (_, i) =>
      testRun({
        id: `s${i}`, startedAt: new Date(Date.UTC(2024, i % 14, 1 + (i % 27), i % 24)).toISOString(), country: countries[i % countries.length],
        gPerKwh: 20 + 17 * i, gpuKwh: 0.5 + i / 7, gpu: gpus[i % 3], gpuCount: 1 + (i % 4), pue: 1 + (i % 5) / 10,
      }),
    );
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: runs.slice(0, 40) } }), 201);
    // a batch that re-sends half of the first adds only its new runs to the totals
    expectStatus(await hub.request('POST', '/api/runs', { token: w.token, json: { runs: runs.slice(20) } }), 201);
    expectStatus(await hub.request('POST', '/api/runs?project=hidden', { token: hub.admin, json: testRun({ id: 'secret', gpuKwh: 1000 }) }), 201);

    const listed = expectStatus(await hub.request('GET', '/api/runs?project=lab&limit=1000'), 200).body.runs as Summary[];
    assert.equal(listed.length, 60);
    const keyOf = { month: (r: Summary) => r.startedAt.slice(0, 7), country: (r: Summary) => r.country, source: (r: Summary) => r.source, hardware: (r: Summary) => r.hardware };
    for (const by of ['month', 'country', 'source', 'hardware'] as const) {
      const expected = new Map<string, { runs: number; energyKwh: number; emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number }>();
      for (const r of listed) {
        const e = expected.get(keyOf[by](r)) ?? { runs: 0, energyKwh: 0, emissionsKg: 0, emissionsLowKg: 0, emissionsHighKg: 0 };
        expected.set(keyOf[by](r), { runs: e.runs + 1, energyKwh: e.energyKwh + r.energyKwh, emissionsKg: e.emissionsKg + r.emissionsKg, emissionsLowKg: e.emissionsLowKg + r.emissionsLowKg, emissionsHighKg: e.emissionsHighKg + r.emissionsHighKg });
      }
      const got = expectStatus(await hub.request('GET', `/api/stats?project=lab&by=${by}`), 200).body as ({ key: string } & Summary & { runs: number })[];
      assert.deepEqual(got.map((g) => g.key), [...expected.keys()].sort(), by);
      for (const g of got) {
        const e = expected.get(g.key)!;
        assert.equal(g.runs, e.runs, `${by} ${g.key}`);
        for (const f of ['energyKwh', 'emissionsKg', 'emissionsLowKg', 'emissionsHighKg'] as const) {
          assert.ok(Math.abs(g[f] - e[f]) <= 1e-9 * Math.max(1, e[f]), `${by} ${g.key} ${f}: ${g[f]} vs ${e[f]}`);
        }
      }
      // without a project: the projects the caller may read (the private one only with a token that may)
      const anon = expectStatus(await hub.request('GET', `/api/stats?by=${by}`), 200).body as { runs: number }[];
      assert.equal(anon.reduce((s, r) => s + r.runs, 0), 60, by);
      const admin = expectStatus(await hub.request('GET', `/api/stats?by=${by}`, { token: hub.admin }), 200).body as { runs: number }[];
      assert.equal(admin.reduce((s, r) => s + r.runs, 0), 61, by);
    }
    assert.deepEqual(expectStatus(await hub.request('GET', '/api/stats?by=month&project=hidden', { token: hub.admin }), 200).body.map((r: { key: string }) => r.key), ['2025-03']);
    const bad = expectStatus(await hub.request('GET', '/api/stats?by=colour'), 400);
    assert.equal(bad.body.error.field, 'by');
    assert.match(bad.body.error.message, /"month"\|"country"\|"source"\|"hardware".*got "colour"/);
    expectStatus(await hub.request('GET', '/api/stats'), 400);
    expectStatus(await hub.request('GET', '/api/stats?by=month&project=hidden'), 401);
  } finally {
    await hub.close();
  }
});
