/**
 * The store's contract, one suite run against both engines: SQLite (a temporary file) and PostgreSQL (a throwaway
 * cluster started here). Every expectation is the same for both.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import type { RunRecord } from '@carbontrail/core/schemas';
import {
  ConflictError, DIMENSIONS, isHubError, openPostgresStore, openSqliteStore, type Dimension, type IncomingRun, type RunSummary, type StatRow, type Store,
} from '../index.ts';
import { postgresQuery, sqliteQuery, type Query } from './hub-checks.test-helper.ts';
import { postgresSkip, sqliteFile, startTestPostgres, type TestPostgres } from './test-engines.test-helper.ts';
import { makeRun, runId, seeded, type RunSpec } from './test-runs.test-helper.ts';

const pgSkip = postgresSkip('the store contract suite');
let pg: TestPostgres | undefined;
before(async () => {
  if (!pgSkip) pg = await startTestPostgres();
});
after(() => pg?.stop());

interface Engine {
  name: Store['dialect'];
  skip: string | false;
  /** A new empty store, a way to open the same store again, and SQL run on it beside the store (one statement or script). */
  open(): Promise<{ store: Store; reopen: () => Promise<Store>; exec: (sql: string) => Promise<void>; query: Query }>;
  /** SQL that makes the engine refuse a row of `table` when `when` holds (a trigger, as a failing disk or constraint would). */
  refuseRows(table: 'samples' | 'rollups', when: string): string;
}

const engines: Engine[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const file = sqliteFile();
      const exec = async (sql: string) => {
        const db = new SqliteDatabase(file);
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      };
      return { store: await openSqliteStore(file), reopen: () => openSqliteStore(file), exec, query: sqliteQuery(file) };
    },
    refuseRows: (table, when) =>
      `DROP TRIGGER IF EXISTS refuse; CREATE TRIGGER refuse BEFORE INSERT ON ${table} WHEN ${when.replaceAll('row.', 'NEW.')} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;`,
  },
  {
    name: 'postgres',
    skip: pgSkip,
    async open() {
      const url = await pg!.newDatabase();
      const exec = async (sql: string) => {
        const c = await pg!.client(url);
        try {
          await c.query(sql);
        } finally {
          await c.end();
        }
      };
      return { store: await openPostgresStore(url), reopen: () => openPostgresStore(url), exec, query: postgresQuery(url) };
    },
    refuseRows: (table, when) => `
      CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF ${when.replaceAll('row.', 'NEW.')} THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
      DROP TRIGGER IF EXISTS refuse ON samples; DROP TRIGGER IF EXISTS refuse ON rollups;
      CREATE TRIGGER refuse BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse();`,
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const utc = (iso: string) => new Date(iso).toISOString();
/** Close enough for sums of doubles added in another order (and by another engine). */
function near(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} is not ${expected}`);
}

/** Every page of a listing, checking that no page is longer than the limit. */
async function allPages(store: Store, q: Omit<Parameters<Store['listRuns']>[0], 'cursor'>): Promise<RunSummary[]> {
  const out: RunSummary[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await store.listRuns({ ...q, ...(cursor ? { cursor } : {}) });
    assert.ok(page.runs.length <= q.limit, `a page of ${page.runs.length} runs for limit ${q.limit}`);
    out.push(...page.runs);
    if (!page.next) return out;
    assert.ok(page.runs.length === q.limit, 'a page before the last one is full');
    cursor = page.next;
  }
  throw new Error('the listing does not end');
}

/** Newest first, then by id descending: the order of listRuns. */
const newestFirst = (a: RunRecord, b: RunRecord) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The totals by one dimension that the roll-ups must give, summed from the records and the keys their runs are listed with. */
function expectedStats(records: RunRecord[], summaries: Map<string, RunSummary>, by: Dimension): Map<string, StatRow> {
  const out = new Map<string, StatRow>();
  for (const r of records) {
    const s = summaries.get(r.id)!;
    const key = by === 'month' ? s.startedAt.slice(0, 7) : s[by];
    const row = out.get(key) ?? { key, runs: 0, energyKwh: 0, emissionsKg: 0, emissionsLowKg: 0, emissionsHighKg: 0 };
    row.runs += 1;
    row.energyKwh += r.energy.totalKwh;
    row.emissionsKg += r.emissionsKg;
    row.emissionsLowKg += r.emissionsLowKg;
    row.emissionsHighKg += r.emissionsHighKg;
    out.set(key, row);
  }
  return out;
}

function assertStats(actual: StatRow[], expected: Map<string, StatRow>, what: string): void {
  assert.deepEqual(actual.map((r) => r.key).sort(), [...expected.keys()].sort(), `${what}: keys`);
  for (const a of actual) {
    const e = expected.get(a.key)!;
    assert.equal(a.runs, e.runs, `${what} ${a.key}: runs`);
    assert.equal(typeof a.runs, 'number');
    for (const f of ['energyKwh', 'emissionsKg', 'emissionsLowKg', 'emissionsHighKg'] as const) {
      assert.equal(typeof a[f], 'number', `${what} ${a.key}: ${f} is a number`);
      near(a[f], e[f], `${what} ${a.key}: ${f}`);
    }
  }
}

/** The roll-ups of a project against its stored runs, for every dimension. */
async function assertRollupsMatch(store: Store, projectIds: string[], records: RunRecord[]): Promise<void> {
  const summaries = new Map((await allPages(store, { projectIds, limit: 1000 })).map((s) => [s.id, s]));
  assert.equal(summaries.size, records.length, 'runs listed');
  for (const by of DIMENSIONS) assertStats(await store.stats(projectIds, by), expectedStats(records, summaries, by), `stats by ${by}`);
}

async function ingestAll(store: Store, projectId: string, runs: IncomingRun[], batch = 250): Promise<void> {
  for (let i = 0; i < runs.length; i += batch) {
    const r = await store.ingest(projectId, runs.slice(i, i + batch));
    assert.equal(r.duplicates.length, 0);
  }
}

for (const engine of engines) {
  describe(`store contract on ${engine.name}`, { skip: engine.skip }, () => {
    /** Runs a test on a new empty store of this engine, closing it after. */
    type Raw = { exec: (sql: string) => Promise<void>; query: Query };
    const withStore = async (fn: (store: Store, reopen: () => Promise<Store>, raw: Raw) => Promise<void>) => {
      const { store, reopen, exec, query } = await engine.open();
      try {
        assert.equal(store.dialect, engine.name);
        await fn(store, reopen, { exec, query });
      } finally {
        await store.close();
      }
    };

    test('projects: unique names (ConflictError, also when created at once), found by id or name, listed by name', () =>
      withStore(async (store) => {
        const beta = await store.createProject({ name: 'beta', visibility: 'public' });
        const alpha = await store.createProject({ name: 'alpha', visibility: 'private' });
        assert.match(beta.id, UUID);
        assert.equal(beta.visibility, 'public');
        assert.ok(!Number.isNaN(Date.parse(beta.createdAt)));
        await assert.rejects(store.createProject({ name: 'beta', visibility: 'private' }), (e: unknown) => {
          assert.ok(e instanceof ConflictError);
          assert.equal(e.code, 'conflict');
          assert.equal(e.field, 'name');
          return true;
        });
        const racing = await Promise.allSettled(Array.from({ length: 6 }, () => store.createProject({ name: 'gamma', visibility: 'public' })));
        assert.equal(racing.filter((r) => r.status === 'fulfilled').length, 1, 'one of six creations of one name wins');
        for (const r of racing) if (r.status === 'rejected') assert.ok(r.reason instanceof ConflictError, String(r.reason));
        assert.deepEqual(await store.findProject(beta.id), beta);
        assert.deepEqual(await store.findProject('alpha'), alpha);
        assert.equal(await store.findProject('delta'), undefined);
        assert.equal(await store.findProject(randomUUID()), undefined);
        assert.deepEqual((await store.listProjects()).map((p) => p.name), ['alpha', 'beta', 'gamma']);
      }));

    test('tokens: found by hash while live, revoked once, admin tokens counted, a hash used once (ConflictError)', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'vision', visibility: 'private' });
        assert.equal(await store.countAdminTokens(), 0);
        const admin = await store.createToken({ projectId: null, name: 'admin', scope: 'admin', hash: 'a'.repeat(64) });
        assert.equal(await store.countAdminTokens(), 1);
        const write = await store.createToken({ projectId: p.id, name: 'ci', scope: 'write', hash: 'b'.repeat(64) });
        const read = await store.createToken({ projectId: p.id, name: 'dashboard', scope: 'read', hash: 'c'.repeat(64) });
        assert.match(write.id, UUID);
        assert.deepEqual(write, { id: write.id, projectId: p.id, name: 'ci', scope: 'write', createdAt: write.createdAt, revokedAt: null });
        assert.deepEqual(await store.tokenByHash('b'.repeat(64)), write);
        assert.deepEqual(await store.tokenByHash('a'.repeat(64)), admin);
        assert.equal(await store.tokenByHash('d'.repeat(64)), undefined);
        assert.deepEqual(await store.findToken(read.id), read);
        assert.equal(await store.findToken(randomUUID()), undefined);
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        assert.deepEqual((await store.listTokens(p.id)).sort(byId), [write, read].sort(byId));
        await assert.rejects(store.createToken({ projectId: p.id, name: 'again', scope: 'read', hash: 'c'.repeat(64) }), ConflictError);

        assert.equal(await store.revokeToken(write.id), true);
        assert.equal(await store.revokeToken(write.id), false, 'revoked once');
        assert.equal(await store.revokeToken(randomUUID()), false);
        assert.equal(await store.tokenByHash('b'.repeat(64)), undefined, 'a revoked token is not found by its hash');
        const revoked = await store.findToken(write.id);
        assert.ok(revoked?.revokedAt && !Number.isNaN(Date.parse(revoked.revokedAt)));
        assert.deepEqual(await store.tokenByHash('c'.repeat(64)), read, 'the other token lives on');

        const admin2 = await store.createToken({ projectId: null, name: 'admin 2', scope: 'admin', hash: 'e'.repeat(64) });
        assert.equal(await store.countAdminTokens(), 2);
        assert.equal(await store.revokeToken(admin2.id), true);
        assert.equal(await store.countAdminTokens(), 1, 'revoked admin tokens are not counted');
        assert.deepEqual(await store.listTokens(randomUUID()), []);
      }));

    test('ingest is idempotent by run id: a re-sent run is a duplicate and changes nothing, in any project', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'nlp', visibility: 'public' });
        const q = await store.createProject({ name: 'other', visibility: 'public' });
        const runs = [
          makeRun({ id: runId(1), startedAt: '2025-01-10T08:00:00.000Z', samples: 5 }),
          makeRun({ id: runId(2), startedAt: '2025-02-10T08:00:00.000Z', place: { country: 'DE' } }),
          makeRun({ id: runId(3), startedAt: '2025-02-11T08:00:00.000Z', samples: 2, gpu: { name: 'NVIDIA H100 SXM5 80GB', count: 8 } }),
        ];
        assert.deepEqual(await store.ingest(p.id, runs), { accepted: [runId(1), runId(2), runId(3)], duplicates: [] });
        const stored = async () => Promise.all(runs.map((r) => store.getRun(r.record.id)));
        const stats = async (ids: string[]) => Promise.all(DIMENSIONS.map((by) => store.stats(ids, by)));
        const before = { runs: await stored(), stats: await stats([p.id]) };

        // the same ids again, one of them with other figures and samples: all duplicates, nothing changes
        const changed = makeRun({ id: runId(2), startedAt: '2025-03-01T08:00:00.000Z', gpuKwh: 99, samples: 3, place: { country: 'PL' } });
        assert.deepEqual(await store.ingest(p.id, [runs[0]!, changed, runs[2]!]), { accepted: [], duplicates: [runId(1), runId(2), runId(3)] });
        assert.deepEqual(await store.ingest(q.id, [runs[0]!]), { accepted: [], duplicates: [runId(1)] }, 'run ids are unique across projects');
        assert.deepEqual(await stored(), before.runs);
        assert.deepEqual(await stats([p.id]), before.stats);
        assert.deepEqual(await stats([q.id]), DIMENSIONS.map(() => []));

        // a batch of new and known runs: the new one is stored, the known ones are counted
        const fresh = makeRun({ id: runId(4), startedAt: '2025-02-12T08:00:00.000Z', samples: 3 });
        assert.deepEqual(await store.ingest(p.id, [runs[1]!, fresh, runs[0]!]), { accepted: [runId(4)], duplicates: [runId(2), runId(1)] });
        assert.deepEqual((await store.getRun(runId(4)))?.record, fresh.record);
        await assertRollupsMatch(store, [p.id], [...runs, fresh].map((r) => r.record));
      }));

    test('a batch that fails part-way stores nothing: no run, no sample, no roll-up', () =>
      withStore(async (store, _reopen, { exec, query }) => {
        const p = await store.createProject({ name: 'atomic', visibility: 'public' });
        const runs = [
          makeRun({ id: runId(1), startedAt: '2025-01-10T08:00:00.000Z', samples: 4 }),
          makeRun({ id: runId(2), startedAt: '2025-01-11T08:00:00.000Z', samples: 4 }),
          makeRun({ id: runId(3), startedAt: '2025-01-12T08:00:00.000Z', samples: 4, place: { country: 'PL' } }),
        ];
        const nothingStored = async (what: string) => {
          assert.deepEqual(await store.listRuns({ projectIds: [p.id], limit: 10 }), { runs: [], next: null }, what);
          for (const r of runs) assert.equal(await store.getRun(r.record.id), undefined, what);
          for (const by of DIMENSIONS) assert.deepEqual(await store.stats([p.id], by), [], `${what}: no roll-up by ${by}`);
          for (const table of ['runs', 'samples', 'rollups']) assert.equal(Number((await query(`SELECT count(*) AS n FROM ${table}`))[0]!.n), 0, `${what}: ${table}`);
        };
        // the engine refuses the third sample of the second run, after the first run was written whole
        await exec(engine.refuseRows('samples', `row.run_id = '${runId(2)}' AND row.seq = 2`));
        await assert.rejects(store.ingest(p.id, runs), /refused by the test/);
        await nothingStored('a sample refused');
        // the engine refuses the last roll-up row, after every run and sample was written
        await exec(engine.refuseRows('rollups', `row.key = 'PL'`));
        await assert.rejects(store.ingest(p.id, runs), /refused by the test/);
        await nothingStored('a roll-up refused');
        // into a project that does not exist: refused, nothing stored
        await assert.rejects(store.ingest(randomUUID(), runs));
        await nothingStored('an unknown project');
        // the store goes on, and the runs are new to it
        await exec(engine.name === 'sqlite' ? 'DROP TRIGGER refuse' : 'DROP TRIGGER refuse ON rollups');
        assert.deepEqual(await store.ingest(p.id, runs), { accepted: runs.map((r) => r.record.id), duplicates: [] });
        assert.equal((await store.getRun(runId(2)))?.samples.length, 4);
        await assertRollupsMatch(store, [p.id], runs.map((r) => r.record));
      }));

    test('getRun gives the record back exactly, its samples in order with every bit, and its columns', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'speech', visibility: 'private' });
        const big = makeRun({
          id: runId(7), startedAt: '2025-03-01T23:30:00.123-05:00', samples: 10_005, jobId: 'slurm-42', node: 'gpu-7', task: 'speech recognition',
          place: { provider: 'gcp', region: 'europe-west4' }, gpu: { name: 'NVIDIA H100 SXM5 80GB', count: 4 }, status: 'interrupted',
        });
        const cpuOnly = makeRun({ id: runId(8), startedAt: '2025-03-02T00:00:00Z', gpu: { name: 'none', count: 0 }, place: { country: 'NO' } });
        await store.ingest(p.id, [big, cpuOnly]);
        const got = await store.getRun(runId(7));
        assert.ok(got);
        assert.deepEqual(got.record, big.record);
        assert.equal(got.samples.length, 10_005);
        got.samples.forEach((s, i) => {
          const sent = big.samples![i]!;
          assert.deepEqual(s, { seq: i, at: sent.at, d: sent.d, gpuJ: sent.e[0], cpuJ: sent.e[1], ramJ: sent.e[2] }, `sample ${i}`);
        });
        assert.deepEqual(got.summary, {
          id: runId(7), projectId: p.id, startedAt: '2025-03-02T04:30:00.123Z', status: 'interrupted', jobId: 'slurm-42', node: 'gpu-7',
          country: big.record.intensity.country ?? big.record.location.country, source: got.summary.source, hardware: '4 × NVIDIA H100 SXM5 80GB',
          task: 'speech recognition', energyKwh: big.record.energy.totalKwh, emissionsKg: big.record.emissionsKg, emissionsLowKg: big.record.emissionsLowKg,
          emissionsHighKg: big.record.emissionsHighKg, embodiedKg: big.record.embodiedKg,
        });
        assert.equal(got.summary.country, 'NL');
        const cpu = await store.getRun(runId(8));
        assert.deepEqual(cpu?.record, cpuOnly.record);
        assert.deepEqual(cpu?.samples, []);
        assert.equal(cpu?.summary.hardware, 'AMD EPYC 7763 64-Core Processor');
        assert.equal(cpu?.summary.jobId, null);
        assert.equal(cpu?.summary.task, null);
        assert.equal(await store.getRun(runId(9)), undefined);
      }));

    test('listRuns sorted by emissions or energy, either way, filtered by hardware and country: every run once, in order, ties by id', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'sorted', visibility: 'public' });
        const rand = seeded(29);
        const places = [{ country: 'FR' }, { country: 'DE' }, { country: 'PL' }];
        const gpus = [{ name: 'NVIDIA A100-SXM4-40GB', count: 8 }, { name: 'Tesla V100-SXM2-16GB', count: 2 }];
        const specs: RunSpec[] = [];
        for (let i = 0; i < 40; i++) {
          // a few runs share their energy exactly, so that the id decides between them
          const gpuKwh = i % 7 === 0 ? 2.5 : Math.round(rand() * 1000) / 100;
          specs.push({ id: runId(i), startedAt: new Date(Date.UTC(2025, 1, 1 + (i % 20), i)).toISOString(), gpuKwh, place: places[i % 3]!, gpu: gpus[i % 2]! });
        }
        const runs = specs.map(makeRun);
        await ingestAll(store, p.id, runs, 13);
        const stored = await allPages(store, { projectIds: [p.id], limit: 1000 });
        const by = (key: 'emissionsKg' | 'energyKwh', order: 'asc' | 'desc') => (a: RunSummary, b: RunSummary) => {
          const d = a[key] - b[key] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
          return order === 'asc' ? d : -d;
        };
        for (const [sort, key] of [['emissions', 'emissionsKg'], ['energy', 'energyKwh']] as const) {
          for (const order of ['asc', 'desc'] as const) {
            for (const limit of [1, 6, 1000]) {
              const listed = await allPages(store, { projectIds: [p.id], sort, order, limit });
              assert.deepEqual(listed.map((r) => r.id), [...stored].sort(by(key, order)).map((r) => r.id), `${sort} ${order}, pages of ${limit}`);
            }
          }
        }
        const started = await allPages(store, { projectIds: [p.id], sort: 'started', order: 'asc', limit: 5 });
        assert.deepEqual(started.map((r) => r.id), [...stored].reverse().map((r) => r.id), 'oldest first');
        const hardware = stored[0]!.hardware;
        const french = await allPages(store, { projectIds: [p.id], country: 'FR', hardware, sort: 'energy', limit: 3 });
        assert.ok(french.length > 0);
        assert.deepEqual(french.map((r) => r.id), stored.filter((r) => r.country === 'FR' && r.hardware === hardware).sort(by('energyKwh', 'desc')).map((r) => r.id));
        assert.deepEqual((await store.listRuns({ projectIds: [p.id], country: 'JP', limit: 10 })).runs, []);
        // a cursor of one order is refused for another, naming the cursor
        const first = await store.listRuns({ projectIds: [p.id], sort: 'emissions', order: 'asc', limit: 2 });
        assert.ok(first.next);
        await assert.rejects(store.listRuns({ projectIds: [p.id], sort: 'energy', order: 'asc', cursor: first.next, limit: 2 }), (e: unknown) => isHubError(e) && e.status === 400 && /emissions asc/.test(e.message));
        await assert.rejects(store.listRuns({ projectIds: [p.id], sort: 'emissions', order: 'desc', cursor: first.next, limit: 2 }), (e: unknown) => isHubError(e) && e.status === 400);
      }));

    test('listRuns: newest first by instant whatever the written form, filters, and a cursor that visits every run once', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'list', visibility: 'public' });
        const q = await store.createProject({ name: 'list-other', visibility: 'public' });
        const rand = seeded(11);
        const forms = [
          (ms: number) => new Date(ms).toISOString(),
          (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z'),
          (ms: number) => new Date(ms).toISOString().replace(/\.(\d\d)\dZ$/, '.$1Z'),
          (ms: number) => { const d = new Date(ms + 2 * 3_600_000).toISOString(); return d.replace('Z', '+02:00'); },
          (ms: number) => { const d = new Date(ms - 5.5 * 3_600_000).toISOString(); return d.slice(0, 19) + d.slice(23).replace('Z', '-05:30'); },
        ];
        const base = Date.parse('2025-01-30T20:00:00Z');
        const specs: RunSpec[] = [];
        for (let i = 0; i < 73; i++) {
          // whole hours, many runs sharing an instant written in several forms (the last form drops milliseconds)
          const ms = base + Math.floor(rand() * 24 * 40) * 3_600_000;
          const form = forms[i % forms.length]!;
          specs.push({
            id: runId(i), startedAt: form(ms), status: (['finished', 'interrupted', 'running'] as const)[i % 3],
            jobId: i % 4 === 0 ? `job-${i % 3}` : null, node: `n${i % 4}`,
          });
        }
        for (let i = 0; i < 6; i++) specs.push({ id: runId(i, 'b'), startedAt: new Date(base + i * 3_600_000).toISOString(), jobId: 'job-0' });
        const sameInstant = ['2025-02-10T12:00:00Z', '2025-02-10T12:00:00.000Z', '2025-02-10T14:00:00+02:00', '2025-02-10T06:30:00-05:30'];
        sameInstant.forEach((startedAt, i) => specs.push({ id: runId(100 + i), startedAt }));
        const mine = specs.filter((s) => s.id.startsWith('a')).map(makeRun);
        const theirs = specs.filter((s) => s.id.startsWith('b')).map(makeRun);
        await ingestAll(store, p.id, mine, 20);
        await ingestAll(store, q.id, theirs);
        const records = mine.map((r) => r.record);

        const expectIds = (rs: RunRecord[]) => [...rs].sort(newestFirst).map((r) => r.id);
        for (const limit of [1, 7, 25, 1000]) {
          const listed = await allPages(store, { projectIds: [p.id], limit });
          assert.deepEqual(listed.map((r) => r.id), expectIds(records), `every run once, in order, pages of ${limit}`);
        }
        const listed = await allPages(store, { projectIds: [p.id], limit: 1000 });
        for (const s of listed) assert.equal(s.startedAt, utc(records.find((r) => r.id === s.id)!.startedAt), 'listed with its start in UTC');
        assert.deepEqual(
          (await allPages(store, { projectIds: [p.id, q.id], limit: 9 })).map((r) => r.id),
          expectIds([...records, ...theirs.map((r) => r.record)]),
        );

        const within = (from?: string, to?: string) => (r: RunRecord) =>
          (!from || Date.parse(r.startedAt) >= Date.parse(from)) && (!to || Date.parse(r.startedAt) < Date.parse(to));
        const cases: { q: { from?: string; to?: string; status?: 'finished' | 'interrupted' | 'running'; job?: string }; keep: (r: RunRecord) => boolean }[] = [
          { q: { from: '2025-02-01' }, keep: within('2025-02-01T00:00:00Z') },
          { q: { to: '2025-02-01' }, keep: within(undefined, '2025-02-01T00:00:00Z') },
          { q: { from: '2025-02-03T10:00:00+02:00', to: '2025-02-20T00:00:00Z' }, keep: within('2025-02-03T08:00:00Z', '2025-02-20T00:00:00Z') },
          { q: { from: '2025-02-10T12:00:00Z', to: '2025-02-10T12:00:00.001Z' }, keep: within('2025-02-10T12:00:00Z', '2025-02-10T12:00:00.001Z') },
          { q: { status: 'interrupted' }, keep: (r) => r.status === 'interrupted' },
          { q: { job: 'job-0' }, keep: (r) => r.jobId === 'job-0' },
          { q: { job: 'job-1', status: 'finished', from: '2025-02-05' }, keep: (r) => r.jobId === 'job-1' && r.status === 'finished' && within('2025-02-05T00:00:00Z')(r) },
          { q: { job: 'no-such-job' }, keep: () => false },
        ];
        for (const c of cases) {
          const expected = expectIds(records.filter(c.keep));
          assert.deepEqual((await allPages(store, { projectIds: [p.id], ...c.q, limit: 4 })).map((r) => r.id), expected, JSON.stringify(c.q));
        }
        const atNoon = await allPages(store, { projectIds: [p.id], from: '2025-02-10T12:00:00Z', to: '2025-02-10T12:00:00.001Z', limit: 2 });
        assert.ok(atNoon.length >= sameInstant.length, 'one instant written four ways is one instant');
        assert.deepEqual(new Set(atNoon.map((r) => r.startedAt)), new Set(['2025-02-10T12:00:00.000Z']));
        assert.deepEqual(await store.listRuns({ projectIds: [], limit: 10 }), { runs: [], next: null });
        await assert.rejects(store.listRuns({ projectIds: [p.id], cursor: 'not a cursor', limit: 10 }), (e: unknown) => isHubError(e) && e.status === 400);
      }));

    test('jobRuns: the records of one job on every node, in the projects given, oldest first', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'jobs', visibility: 'public' });
        const q = await store.createProject({ name: 'jobs-2', visibility: 'public' });
        const nodes = [2, 0, 1].map((n) => makeRun({ id: runId(n), startedAt: `2025-04-01T10:00:0${n}Z`, jobId: 'slurm-7', node: `node-${n}`, samples: 2 }));
        const same = makeRun({ id: runId(9), startedAt: '2025-04-01T10:00:00Z', jobId: 'slurm-7', node: 'node-9' });
        const elsewhere = makeRun({ id: runId(5, 'b'), startedAt: '2025-04-01T09:00:00Z', jobId: 'slurm-7', node: 'node-0' });
        await store.ingest(p.id, [...nodes, same, makeRun({ id: runId(3), startedAt: '2025-04-01T10:00:00Z', jobId: 'slurm-8' })]);
        await store.ingest(q.id, [elsewhere]);
        const tie = (a: RunRecord, b: RunRecord) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.id < b.id ? -1 : 1);
        assert.deepEqual(await store.jobRuns('slurm-7', [p.id]), [...nodes, same].map((r) => r.record).sort(tie));
        assert.deepEqual(await store.jobRuns('slurm-7', [p.id, q.id]), [...nodes, same, elsewhere].map((r) => r.record).sort(tie));
        assert.deepEqual(await store.jobRuns('slurm-9', [p.id]), []);
        assert.deepEqual(await store.jobRuns('slurm-7', []), []);
      }));

    test('stats: the roll-ups by month, country, source and hardware equal the sums over the stored records', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'survey', visibility: 'public' });
        const q = await store.createProject({ name: 'survey-2', visibility: 'public' });
        const rand = seeded(5);
        const places = [{ country: 'FR' }, { country: 'DE' }, { country: 'US' }, { country: 'PL' }, { country: 'NO' }, { provider: 'gcp', region: 'europe-west4' }, { country: 'IN' }];
        const gpus = [{ name: 'NVIDIA A100-SXM4-80GB', count: 8 }, { name: 'NVIDIA H100 SXM5 80GB', count: 4 }, { name: 'none', count: 0 }, { name: 'NVIDIA A100-SXM4-80GB', count: 1 }];
        const make = (i: number, prefix: string) =>
          makeRun({
            id: runId(i, prefix),
            // around New Year and month ends, some written with an offset that moves them across a month in UTC
            startedAt: new Date(Date.parse('2024-11-15T00:00:00Z') + rand() * 120 * 86_400_000).toISOString().replace(/\.\d+Z$/, i % 5 === 0 ? '+09:00' : 'Z'),
            gpuKwh: rand() * 50, cpuKwh: rand() * 3, ramKwh: rand() / 3, place: places[i % places.length]!, gpu: gpus[i % gpus.length]!,
            ...(i % 3 ? { task: ['image classification', 'translation'][i % 2]! } : {}), pue: i % 2 ? 1.1 + rand() / 2 : undefined,
          } as RunSpec);
        const mine = Array.from({ length: 140 }, (_, i) => make(i, 'a'));
        const theirs = Array.from({ length: 30 }, (_, i) => make(i, 'b'));
        await ingestAll(store, p.id, mine, 13);
        await ingestAll(store, q.id, theirs, 7);
        await assertRollupsMatch(store, [p.id], mine.map((r) => r.record));
        await assertRollupsMatch(store, [q.id], theirs.map((r) => r.record));
        await assertRollupsMatch(store, [p.id, q.id], [...mine, ...theirs].map((r) => r.record));

        // the keys themselves, from the records
        const byMonth = await store.stats([p.id], 'month');
        assert.deepEqual(byMonth.map((r) => r.key).sort(), [...new Set(mine.map((r) => utc(r.record.startedAt).slice(0, 7)))].sort());
        const byCountry = new Map((await store.stats([p.id], 'country')).map((r) => [r.key, r.runs]));
        assert.equal(byCountry.get('FR'), mine.filter((r) => r.record.location.country === 'FR').length);
        assert.equal(byCountry.get('NL'), mine.filter((r) => r.record.location.region === 'europe-west4').length);
        const byHardware = new Map((await store.stats([p.id], 'hardware')).map((r) => [r.key, r.runs]));
        assert.equal(byHardware.get('8 × NVIDIA A100-SXM4-80GB'), 35);
        assert.equal(byHardware.get('AMD EPYC 7763 64-Core Processor'), 35);
        for (const by of DIMENSIONS) {
          assert.equal((await store.stats([p.id], by)).reduce((s, r) => s + r.runs, 0), 140, `every run counted once by ${by}`);
          assert.deepEqual(await store.stats([], by), []);
        }
      }));

    test('records() pages through every record of a project (over 500), oldest first, each once', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'export', visibility: 'public' });
        const q = await store.createProject({ name: 'export-2', visibility: 'public' });
        const base = Date.parse('2025-05-01T00:00:00Z');
        // 1,203 runs over 400 instants: many share a start, so the pages must break ties by id
        const mine = Array.from({ length: 1203 }, (_, i) => makeRun({ id: runId((i * 7919) % 1203), startedAt: new Date(base + (i % 400) * 60_000).toISOString() }));
        await ingestAll(store, p.id, mine, 300);
        await ingestAll(store, q.id, Array.from({ length: 5 }, (_, i) => makeRun({ id: runId(i, 'b'), startedAt: new Date(base).toISOString() })));
        const seen: RunRecord[] = [];
        for await (const r of store.records(p.id)) seen.push(r);
        const oldestFirst = [...mine.map((r) => r.record)].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.id < b.id ? -1 : 1));
        assert.equal(seen.length, 1203);
        assert.deepEqual(seen.map((r) => r.id), oldestFirst.map((r) => r.id));
        assert.deepEqual(seen[600], oldestFirst[600]);
        const none: RunRecord[] = [];
        for await (const r of store.records(randomUUID())) none.push(r);
        assert.deepEqual(none, []);
      }));

    test('concurrent batches of overlapping runs in any order: each run stored once, none lost, roll-ups exact', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'race', visibility: 'public' });
        const rand = seeded(99);
        const pool = Array.from({ length: 120 }, (_, i) =>
          makeRun({
            id: runId(i), startedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 7 * 3_600_000).toISOString(), samples: 3,
            place: [{ country: 'FR' }, { country: 'DE' }, { country: 'US' }][i % 3]!, gpuKwh: rand() * 10,
          }),
        );
        // twelve batches of 40 runs drawn from the pool, half in reverse order: every run is in several batches
        const batches = Array.from({ length: 12 }, (_, b) => {
          const picked = pool.filter((_, i) => (i * 5 + b * 3) % 12 < 4);
          return b % 2 ? picked.reverse() : picked;
        });
        const results = await Promise.all(batches.map((batch) => store.ingest(p.id, batch)));
        const accepted = results.flatMap((r) => r.accepted);
        const covered = new Set(batches.flat().map((r) => r.record.id));
        assert.equal(accepted.length, covered.size, 'each run accepted exactly once');
        assert.deepEqual([...new Set(accepted)].sort(), [...covered].sort());
        results.forEach((r, b) => {
          assert.deepEqual([...r.accepted, ...r.duplicates].sort(), batches[b]!.map((x) => x.record.id).sort(), `batch ${b} answers for each of its runs`);
        });
        const stored = pool.filter((r) => covered.has(r.record.id));
        await assertRollupsMatch(store, [p.id], stored.map((r) => r.record));
        for (const r of stored) assert.equal((await store.getRun(r.record.id))?.samples.length, 3);
      }));

    test('what one engine could not keep is refused alike by both, before anything is written', () =>
      withStore(async (store) => {
        const p = await store.createProject({ name: 'limits', visibility: 'public' });
        const ok = makeRun({ id: runId(1), startedAt: '2025-01-01T00:00:00Z', samples: 2 });
        const bad: [string, IncomingRun][] = [
          ['a NUL character in a text column', makeRun({ id: runId(2), startedAt: '2025-01-01T00:00:00Z', node: 'gpu\u0000node' })],
          ['an id too long to index', makeRun({ id: 'x'.repeat(3000), startedAt: '2025-01-01T00:00:00Z' })],
          ['a job id too long to index', makeRun({ id: runId(3), startedAt: '2025-01-01T00:00:00Z', jobId: 'j'.repeat(3000) })],
          ['a sample time beyond any date', { ...makeRun({ id: runId(4), startedAt: '2025-01-01T00:00:00Z', samples: 1 }), samples: [{ at: 1e300, d: 1, e: [1, 1, 1] }] }],
          ['a figure whose sums would overflow', makeRun({ id: runId(5), startedAt: '2025-01-01T00:00:00Z', gpuKwh: 1e300, place: { intensityGPerKwh: 1 } })],
        ];
        for (const [what, run] of bad) {
          await assert.rejects(store.ingest(p.id, [ok, run]), (e: unknown) => {
            assert.ok(isHubError(e), `${what}: ${String(e)}`);
            assert.equal(e.status, 422, what);
            return true;
          }, what);
        }
        assert.deepEqual(await store.listRuns({ projectIds: [p.id], limit: 10 }), { runs: [], next: null });
        await assert.rejects(store.createToken({ projectId: p.id, name: 'bad\u0000name', scope: 'read', hash: 'f'.repeat(64) }), (e: unknown) => isHubError(e) && e.status === 422);
        // a sample time with a fraction of a millisecond is kept to the millisecond on both engines
        const frac = { ...makeRun({ id: runId(6), startedAt: '2025-01-01T00:00:00Z', samples: 1 }), samples: [{ at: 1_735_689_600_000.6, d: 1, e: [1, 2, 3] as [number, number, number] }] };
        assert.deepEqual(await store.ingest(p.id, [ok, frac]), { accepted: [runId(1), runId(6)], duplicates: [] });
        assert.deepEqual((await store.getRun(runId(6)))?.samples, [{ seq: 0, at: 1_735_689_600_001, d: 1, gpuJ: 1, cpuJ: 2, ramJ: 3 }]);
      }));

    test('a store opened again (migrations already applied) keeps everything', () =>
      withStore(async (store, reopen) => {
        const p = await store.createProject({ name: 'kept', visibility: 'private' });
        const run = makeRun({ id: runId(1), startedAt: '2025-01-01T00:00:00Z', samples: 3 });
        await store.ingest(p.id, [run]);
        const again = await reopen();
        try {
          assert.deepEqual(await again.findProject('kept'), p);
          assert.deepEqual((await again.getRun(runId(1)))?.record, run.record);
          assert.deepEqual(await again.ingest(p.id, [run]), { accepted: [], duplicates: [runId(1)] });
        } finally {
          await again.close();
        }
      }));
  });
}
