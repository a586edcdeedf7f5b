/**
 * Checks of a hub's store after crashes and races, through the API (what a client sees) and beneath it in the database
 * (what no client could see: samples without their run, roll-ups that disagree with the runs).
 */
import assert from 'node:assert/strict';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { RunRecord } from '@carbontrail/core/schemas';
import { DIMENSIONS } from './run-facts.ts';
import type { IncomingRun } from './store.ts';
import { api } from './hub-process.test-helper.ts';

/** Rows of one SQL query on the store's database, beside the hub (the same SQL for both engines). */
export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export function sqliteQuery(file: string): Query {
  return async (sql, params = []) => {
    const db = new SqliteDatabase(file);
    try {
      return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };
}

export function postgresQuery(url: string): Query {
  return async (sql, params = []) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as Record<string, unknown>[];
    } finally {
      await c.end();
    }
  };
}

/** A run as the API takes it: the record with its samples. */
export function uploadable(run: IncomingRun): Record<string, unknown> {
  return { ...run.record, ...(run.samples ? { samples: run.samples } : {}) };
}

/** The ids of every run of a project, through the API's listing (pages of 1000). */
export async function listedIds(base: string, token: string, project: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const q: string = `/api/runs?project=${project}&limit=1000${next ? `&cursor=${encodeURIComponent(next)}` : ''}`;
    const page = await api(base, 'GET', q, token);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    ids.push(...(page.body.runs as { id: string }[]).map((r) => r.id));
    next = page.body.next as string | null;
  } while (next);
  return ids;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * Every run that got a 201 is stored whole, and every stored run is one that was sent, whole: its record as sent, all
 * its samples; no sample without its run; the roll-ups equal the sums over the stored runs (through /api/stats and in
 * the tables). Returns the ids stored.
 */
export async function assertStoredWhole(o: {
  base: string;
  token: string;
  project: string;
  sent: ReadonlyMap<string, IncomingRun>;
  acked: ReadonlySet<string>;
  query: Query;
  /** Runs whose record and samples an earlier check read through the API: read again only as rows (counts, sums). */
  verified?: Set<string>;
}): Promise<Set<string>> {
  const ids = await listedIds(o.base, o.token, o.project);
  const stored = new Set(ids);
  assert.equal(stored.size, ids.length, 'no run listed twice');
  for (const id of o.acked) assert.ok(stored.has(id), `run ${id} got a 201 but is not stored`);
  const records: RunRecord[] = [];
  for (const id of stored) {
    const run = o.sent.get(id);
    assert.ok(run, `run ${id} is stored but was never sent`);
    records.push(run.record);
    if (o.verified?.has(id)) continue;
    const got = await api(o.base, 'GET', `/api/runs/${id}`, o.token);
    assert.equal(got.status, 200);
    assert.deepEqual(got.body.record, run.record, `run ${id}: the record as sent`);
    const samples = run.samples ?? [];
    assert.equal(got.body.samples.length, samples.length, `run ${id}: all its samples`);
    samples.forEach((s, i) => {
      const g = got.body.samples[i];
      assert.deepEqual([g.seq, g.at, g.d, g.gpuJ, g.cpuJ, g.ramJ], [i, s.at, s.d, ...s.e], `run ${id}: sample ${i}`);
    });
    o.verified?.add(id);
  }
  // the roll-ups, as the API gives them, against the stored records (keyed as the listing gives each run)
  const summaries = new Map<string, Record<string, string>>();
  let next: string | null = null;
  do {
    const page = await api(o.base, 'GET', `/api/runs?project=${o.project}&limit=1000${next ? `&cursor=${encodeURIComponent(next)}` : ''}`, o.token);
    for (const r of page.body.runs as Record<string, string>[]) summaries.set(r.id!, r);
    next = page.body.next as string | null;
  } while (next);
  for (const by of DIMENSIONS) {
    const stats = await api(o.base, 'GET', `/api/stats?project=${o.project}&by=${by}`, o.token);
    assert.equal(stats.status, 200, JSON.stringify(stats.body));
    const rows = (Array.isArray(stats.body) ? stats.body : stats.body.stats) as { key: string; runs: number; energyKwh: number; emissionsKg: number }[];
    const expected = new Map<string, { runs: number; energyKwh: number; emissionsKg: number }>();
    for (const r of records) {
      const s = summaries.get(r.id)!;
      const key = by === 'month' ? s.startedAt!.slice(0, 7) : s[by]!;
      const e = expected.get(key) ?? { runs: 0, energyKwh: 0, emissionsKg: 0 };
      e.runs += 1;
      e.energyKwh += r.energy.totalKwh;
      e.emissionsKg += r.emissionsKg;
      expected.set(key, e);
    }
    assert.deepEqual(rows.map((r) => r.key).sort(), [...expected.keys()].sort(), `stats by ${by}: keys`);
    for (const row of rows) {
      const e = expected.get(row.key)!;
      assert.equal(row.runs, e.runs, `stats by ${by} ${row.key}: runs`);
      assert.ok(near(row.energyKwh, e.energyKwh) && near(row.emissionsKg, e.emissionsKg), `stats by ${by} ${row.key}: ${JSON.stringify(row)} against ${JSON.stringify(e)}`);
    }
  }
  // beneath the API: no orphan samples, each run's samples complete, roll-up rows equal to sums over the runs table
  const orphans = await o.query('SELECT count(*) AS n FROM samples WHERE run_id NOT IN (SELECT id FROM runs)');
  assert.equal(Number(orphans[0]!.n), 0, 'no sample without its run');
  const counts = await o.query('SELECT r.id AS id, (SELECT count(*) FROM samples s WHERE s.run_id = r.id) AS n FROM runs r');
  for (const c of counts) assert.equal(Number(c.n), o.sent.get(String(c.id))?.samples?.length ?? 0, `run ${String(c.id)}: samples in the table`);
  for (const dim of DIMENSIONS) {
    const rollups = await o.query('SELECT project_id, key, runs, energy_kwh, emissions_kg FROM rollups WHERE dim = $1', [dim]);
    const sums = await o.query(
      `SELECT project_id, ${dim} AS key, count(*) AS runs, sum(energy_kwh) AS energy_kwh, sum(emissions_kg) AS emissions_kg FROM runs GROUP BY project_id, ${dim}`,
    );
    const byKey = new Map(sums.map((s) => [`${String(s.project_id)} ${String(s.key)}`, s]));
    assert.equal(rollups.length, sums.length, `roll-up rows by ${dim}`);
    for (const r of rollups) {
      const s = byKey.get(`${String(r.project_id)} ${String(r.key)}`);
      assert.ok(s, `roll-up ${dim} ${String(r.key)} has runs`);
      assert.equal(Number(r.runs), Number(s.runs), `roll-up ${dim} ${String(r.key)}: runs`);
      assert.ok(near(Number(r.energy_kwh), Number(s.energy_kwh)) && near(Number(r.emissions_kg), Number(s.emissions_kg)), `roll-up ${dim} ${String(r.key)}: sums`);
    }
  }
  return stored;
}
