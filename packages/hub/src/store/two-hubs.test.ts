/**
 * Several hubs on one PostgreSQL: they migrate a fresh database together without colliding (Kysely's Migrator takes an
 * advisory lock), start together with one admin token, and ingest the same runs at once: no run twice, none lost,
 * roll-ups exact.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ensureAdminToken, hashSecret, openPostgresStore } from '../index.ts';
import { migrations } from './migrations.ts';
import { assertStoredWhole, postgresQuery, uploadable } from './hub-checks.test-helper.ts';
import { api, projectWithWriteToken, startHub } from './hub-process.test-helper.ts';
import { postgresSkip, startTestPostgres, type TestPostgres } from './test-engines.test-helper.ts';
import { makeRun, runId } from './test-runs.test-helper.ts';
import type { IncomingRun } from './store.ts';

const skip = postgresSkip('the tests of two hubs on one database');
let pg: TestPostgres | undefined;
before(async () => {
  if (!skip) pg = await startTestPostgres();
});
after(() => pg?.stop());

describe('hubs sharing one PostgreSQL', { skip, timeout: 300_000 }, () => {
  test('eight stores opened at once on a fresh database migrate it once, make one admin token, and all work', async () => {
    const url = await pg!.newDatabase();
    const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(url)));
    try {
      const query = postgresQuery(url);
      assert.deepEqual((await query('SELECT name FROM kysely_migration ORDER BY name')).map((r) => r.name), Object.keys(migrations).sort());
      // every hub makes sure of the operator's admin token at start: one token, and no hub fails on another's
      const adminToken = `ct_admin_${randomBytes(12).toString('hex')}`;
      assert.deepEqual(await Promise.all(stores.map((s) => ensureAdminToken(s, adminToken))), stores.map(() => undefined));
      assert.deepEqual((await query('SELECT hash FROM tokens WHERE scope = $1', ['admin'])).map((r) => r.hash), [hashSecret(adminToken)]);
      const p = await stores[0]!.createProject({ name: 'shared', visibility: 'public' });
      const runs = Array.from({ length: 8 }, (_, i) => makeRun({ id: runId(i), startedAt: '2025-01-01T00:00:00Z', samples: 2 }));
      // each store ingests every run: one of them stores each, the others count a duplicate
      const results = await Promise.all(stores.map((s) => s.ingest(p.id, runs)));
      assert.deepEqual(results.flatMap((r) => r.accepted).sort(), runs.map((r) => r.record.id).sort());
      for (const s of stores) assert.equal((await s.stats([p.id], 'month'))[0]?.runs, 8);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('two hub processes started together ingest the same runs at once: none stored twice, none lost, roll-ups exact', async () => {
    const url = await pg!.newDatabase();
    const adminToken = `ct_admin_${randomBytes(12).toString('hex')}`;
    // both start on the fresh database at the same moment: both migrate, both make sure of the admin token
    const [a, b] = await Promise.all([startHub({ databaseUrl: url, adminToken }), startHub({ databaseUrl: url, adminToken })]);
    try {
      const token = await projectWithWriteToken(a.base, adminToken, 'shared');
      const seen = (await api(b.base, 'GET', '/api/projects', token)).body.projects.map((p: { name: string }) => p.name);
      // beside the survey project one of the two seeded (both tried; the other saw it made)
      assert.deepEqual(seen.sort(), ['Counting Carbon survey', 'shared'], 'hub B sees what hub A made');
      const seeded = await api(b.base, 'GET', `/api/survey/totals?project=${encodeURIComponent('Counting Carbon survey')}`, token);
      assert.equal(seeded.body.total.runs, 95, 'the survey was seeded once, whole');

      const places = [{ country: 'FR' }, { country: 'DE' }, { country: 'US' }, { country: 'PL' }];
      const runs: IncomingRun[] = Array.from({ length: 240 }, (_, i) =>
        makeRun({
          id: runId(i), startedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 9 * 3_600_000).toISOString(), samples: [0, 5, 60][i % 3]!,
          place: places[i % places.length]!, gpuKwh: 1 + (i % 13) / 7, jobId: i % 6 === 0 ? `job-${i % 4}` : null, node: `node-${i % 3}`,
        }),
      );
      // hub A gets them in batches of 10, oldest first; hub B in batches of 7, newest first; three clients each
      const batches = (list: IncomingRun[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
      const plan = [
        { base: a.base, queue: batches(runs, 10) },
        { base: b.base, queue: batches([...runs].reverse(), 7) },
      ];
      const accepted: string[] = [];
      let duplicates = 0;
      const client = async (hub: { base: string; queue: IncomingRun[][] }) => {
        for (let batch = hub.queue.shift(); batch; batch = hub.queue.shift()) {
          const res = await api(hub.base, 'POST', '/api/runs', token, { project: 'shared', runs: batch.map(uploadable) });
          assert.equal(res.status, 201, JSON.stringify(res.body));
          assert.deepEqual([...res.body.ids, ...res.body.duplicateIds].sort(), batch.map((r) => r.record.id).sort());
          accepted.push(...(res.body.ids as string[]));
          duplicates += res.body.duplicates as number;
        }
      };
      await Promise.all(plan.flatMap((hub) => [client(hub), client(hub), client(hub)]));
      assert.equal(accepted.length, runs.length, 'each run accepted by exactly one hub, once');
      assert.deepEqual([...accepted].sort(), runs.map((r) => r.record.id).sort());
      assert.equal(duplicates, runs.length, 'the other hub counted it as a duplicate');

      const sent = new Map(runs.map((r) => [r.record.id, r]));
      const all = new Set(sent.keys());
      const query = postgresQuery(url);
      for (const hub of [a, b]) {
        const stored = await assertStoredWhole({ base: hub.base, token, project: 'shared', sent, acked: all, query });
        assert.equal(stored.size, runs.length);
      }
      assert.equal(Number((await query('SELECT count(*) AS n FROM tokens WHERE scope = $1', ['admin']))[0]!.n), 1, 'one admin token, made once');
      assert.deepEqual((await query('SELECT name FROM kysely_migration ORDER BY name')).map((r) => r.name), Object.keys(migrations).sort());
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
