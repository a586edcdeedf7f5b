/**
 * kill -9 of a hub (twice) while it ingests, on SQLite and on PostgreSQL: after a restart on the same store, every run that got a
 * 201 is there whole, nothing is half-written, and the roll-ups equal the sums over the stored runs. Also: a hub on
 * PostgreSQL outlives the server closing its connections.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { ServerOptions } from '../server.ts';
import { assertStoredWhole, postgresQuery, sqliteQuery, uploadable, type Query } from './hub-checks.test-helper.ts';
import { api, projectWithWriteToken, startHub, type HubProcess } from './hub-process.test-helper.ts';
import type { IncomingRun } from './store.ts';
import { postgresSkip, sqliteFile, startTestPostgres, type TestPostgres } from './test-engines.test-helper.ts';
import { makeRun, runId } from './test-runs.test-helper.ts';

const pgSkip = postgresSkip('the kill -9 tests');
let pg: TestPostgres | undefined;
before(async () => {
  if (!pgSkip) pg = await startTestPostgres();
});
after(() => pg?.stop());

const engines: { name: string; skip: string | false; store: () => Promise<{ options: ServerOptions; query: Query }> }[] = [
  {
    name: 'sqlite',
    skip: false,
    async store() {
      const file = sqliteFile();
      return { options: { sqlitePath: file }, query: sqliteQuery(file) };
    },
  },
  {
    name: 'postgres',
    skip: pgSkip,
    async store() {
      const url = await pg!.newDatabase();
      return { options: { databaseUrl: url }, query: postgresQuery(url) };
    },
  },
];

/** Batches of varied size (1 to 25 runs, 0 to 300 samples each), their runs numbered on. */
function batchMaker(): () => IncomingRun[] {
  let b = 0;
  let n = 0;
  return () => {
    const size = [1, 3, 12, 2, 25][b % 5]!;
    const batch = Array.from({ length: size }, (_, i) =>
      makeRun({
        id: runId(n + i),
        startedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + (n + i) * 5 * 3_600_000).toISOString(),
        samples: [0, 20, 120, 300][(b + i) % 4]!,
        place: [{ country: 'FR' }, { country: 'DE' }, { country: 'US' }, { provider: 'gcp', region: 'europe-west4' }][(n + i) % 4]!,
        gpuKwh: 0.5 + ((n + i) % 17) / 3,
        jobId: (n + i) % 5 === 0 ? `job-${Math.floor((n + i) / 10)}` : null,
      }),
    );
    b += 1;
    n += size;
    return batch;
  };
}

for (const engine of engines) {
  describe(`kill -9 during ingestion on ${engine.name}`, { skip: engine.skip, timeout: 300_000 }, () => {
    test('after each of two kills and a restart, every acknowledged run is whole and nothing is half-written', async () => {
      const { options, query } = await engine.store();
      const adminToken = `ct_admin_${randomBytes(12).toString('hex')}`;
      const config = { ...options, adminToken };
      let hub: HubProcess = await startHub(config);
      try {
        const token = await projectWithWriteToken(hub.base, adminToken, 'crash');
        const next = batchMaker();
        const sent = new Map<string, IncomingRun>();
        const acked = new Set<string>();
        const verified = new Set<string>();
        let killedWithInFlight = 0;
        for (let round = 0; round < 2; round++) {
          // four clients upload at once; after the eighth 201 of the round the hub is killed, the others' requests in flight
          let acks = 0;
          let killed = false;
          let inFlight = 0;
          const client = async () => {
            while (!killed) {
              const batch = next();
              for (const r of batch) sent.set(r.record.id, r);
              inFlight += 1;
              try {
                const res = await api(hub.base, 'POST', '/api/runs', token, { project: 'crash', runs: batch.map(uploadable) });
                assert.equal(res.status, 201, JSON.stringify(res.body));
                assert.equal(res.body.accepted + res.body.duplicates, batch.length);
                for (const id of batch.map((r) => r.record.id)) acked.add(id);
                acks += 1;
                if (acks === 8 && !killed) {
                  killed = true;
                  killedWithInFlight += inFlight - 1;
                  hub.child.kill('SIGKILL');
                }
              } catch (err) {
                // a request cut by the kill: its runs may or may not be stored, but never in part
                if (!killed) throw err;
              } finally {
                inFlight -= 1;
              }
            }
          };
          await Promise.all([client(), client(), client(), client()]);
          const end = await hub.exited;
          assert.equal(end.signal, 'SIGKILL');
          hub = await startHub(config);
          const stored = await assertStoredWhole({ base: hub.base, token, project: 'crash', sent, acked, query, verified });
          console.log(`# ${engine.name}, round ${round + 1}: ${sent.size} runs sent, ${acked.size} acknowledged, ${stored.size} stored`);
        }
        assert.ok(killedWithInFlight > 0, 'the kills cut requests in flight');
        if (engine.name === 'sqlite') {
          assert.deepEqual(await query('PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
          assert.deepEqual(await query('PRAGMA foreign_key_check'), []);
        }
        // a client that never got its 201 sends again: each run is stored once, or counted as a duplicate
        const unacked = [...sent.values()].filter((r) => !acked.has(r.record.id));
        for (let i = 0; i < unacked.length; i += 20) {
          const res = await api(hub.base, 'POST', '/api/runs', token, { project: 'crash', runs: unacked.slice(i, i + 20).map(uploadable) });
          assert.equal(res.status, 201, JSON.stringify(res.body));
          for (const r of unacked.slice(i, i + 20)) acked.add(r.record.id);
        }
        const stored = await assertStoredWhole({ base: hub.base, token, project: 'crash', sent, acked, query, verified });
        assert.equal(stored.size, sent.size);
      } finally {
        await hub.stop();
      }
    });
  });
}

describe('a hub on PostgreSQL whose connections the server closes', { skip: pgSkip, timeout: 300_000 }, () => {
  test('logs it, keeps running and serves the next requests on new connections', async () => {
    const url = await pg!.newDatabase();
    const adminToken = `ct_admin_${randomBytes(12).toString('hex')}`;
    const hub = await startHub({ databaseUrl: url, adminToken });
    try {
      const token = await projectWithWriteToken(hub.base, adminToken, 'outage');
      const run = makeRun({ id: runId(1), startedAt: '2025-01-01T00:00:00Z', samples: 10 });
      assert.equal((await api(hub.base, 'POST', '/api/runs', token, { project: 'outage', runs: [uploadable(run)] })).status, 201);
      // every connection of the hub ends, as when an administrator or a failover closes them
      const closed = await postgresQuery(url)('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      assert.ok(closed.length > 0, 'the hub had connections open');
      // the hub hears of each closed connection (and, without a handler for it, would die of the first)
      const lost = () => hub.stderr().match(/PostgreSQL connection was lost/g)?.length ?? 0;
      for (let waited = 0; lost() < closed.length && hub.child.exitCode === null && waited < 60_000; waited += 20) await new Promise((ok) => setTimeout(ok, 20));
      assert.equal(hub.child.exitCode, null, `the hub is still running: ${hub.stderr()}`);
      assert.equal(lost(), closed.length, hub.stderr());
      const again = makeRun({ id: runId(2), startedAt: '2025-01-02T00:00:00Z', samples: 10 });
      const res = await api(hub.base, 'POST', '/api/runs', token, { project: 'outage', runs: [uploadable(again)] });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const got = await api(hub.base, 'GET', `/api/runs/${runId(1)}`, token);
      // the API stores start times in UTC with milliseconds (api/schemas.ts); the rest of the record as sent
      assert.deepEqual(got.body.record, { ...run.record, startedAt: new Date(run.record.startedAt).toISOString() });
    } finally {
      await hub.stop();
    }
  });
});
