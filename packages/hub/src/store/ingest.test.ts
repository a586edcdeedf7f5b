// The store's batched ingest on SQLite and PostgreSQL: every run once (re-sent and repeated ids are duplicates, the first
// sent is kept), samples whole and in order across statement boundaries, roll-ups equal to the sums of the runs, and
// concurrent ingests of overlapping runs (PostgreSQL) neither deadlock nor store a run twice.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '@carbontrail/core/schemas';
import { DIMENSIONS } from './run-facts.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { IncomingRun, Store } from './store.ts';

interface Cluster {
  url: string;
  stop(): void;
}
const pgCluster = (await import(new URL('../../../../scripts/pg-cluster.mjs', import.meta.url).href)) as {
  postgresSkipReason(): string | undefined;
  startPostgres(settings?: Record<string, string>): Promise<Cluster>;
};

const COUNTRIES = ['FR', 'US', 'DE', 'IN', 'SE'];

/** A consistent record: the i-th run's country, month and GPU cycle through short lists. */
function record(id: string, i: number): RunRecord {
  const month = `2024-${String((i % 12) + 1).padStart(2, '0')}`;
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const gpuKwh = 0.1 + (i % 7) / 3;
  const cpuKwh = 0.05 + (i % 3) / 10;
  const totalKwh = gpuKwh + cpuKwh;
  const gPerKwh = 30 + (i % 11) * 37.1;
  const emissionsKg = (totalKwh * gPerKwh) / 1000;
  return {
    schemaVersion: 1, id, status: 'finished', command: ['x'], exitCode: 0, signal: null, startedAt: `${month}-03T10:00:00.000Z`,
    endedAt: `${month}-03T11:00:00.000Z`, durationS: 3600, host: { hostname: 'h', os: 'Linux', platform: 'linux', arch: 'x64', runtime: 'node 20' },
    node: 'h', jobId: null, project: null,
    hardware: {
      gpus: [{ index: 0, name: `GPU ${i % 3}`, uuid: 'g', energyKwh: gpuKwh, method: 'counter', avgPowerW: 1, maxPowerW: 1, avgUtilizationPercent: null, processes: [] }],
      cpu: { model: 'c', sockets: 1, logicalCores: 8, sensor: 'rapl', method: 'counter', tdpW: null, tdpSource: null, energyKwh: cpuKwh, cpuSeconds: null },
      ram: { totalGb: 8, sensor: 'none', method: 'none', source: 's', energyKwh: 0, peakRssGb: null },
    },
    energy: {
      gpuKwh, cpuKwh, ramKwh: 0, totalKwh, facilityKwh: totalKwh, methods: { gpu: 'counter', cpu: 'counter', ram: 'none' },
      accuracy: { gpu: { low: 0, high: 0 }, cpu: { low: 0, high: 0 }, ram: { low: 0, high: 0 } },
    },
    pue: { value: 1, low: 1, high: 1, source: 's' }, location: { country },
    intensity: { gPerKwh, low: gPerKwh, high: gPerKwh, rule: 'country', source: 's', country, byYear: [] },
    emissionsKg, emissionsLowKg: emissionsKg * 0.9, emissionsHighKg: emissionsKg * 1.1, embodiedKg: 0, embodiedLowKg: 0, embodiedHighKg: 0,
    embodiedSources: [], intervalS: 1, sampleCount: 0, timeline: [], tracker: { name: 'carbontrail', version: '0' }, notes: [],
    meta: { mainSource: ['coal', 'hydro', 'gas'][i % 3]! },
  };
}

/** n samples with distinct, exactly representable and awkward values. */
const samples = (n: number, k: number) =>
  Array.from({ length: n }, (_, s) => ({ at: 1_700_000_000_000 + s * 1000 + k, d: s === 0 ? 0 : 1 + s / 3, e: [s * 0.1 + k, 1e12, s / 7] as [number, number, number] }));

/** The roll-ups as the runs would give them one by one: totals per dimension and key. */
function expectedStats(runs: readonly RunRecord[], dim: (typeof DIMENSIONS)[number]) {
  const key = (r: RunRecord) =>
    dim === 'month' ? r.startedAt.slice(0, 7) : dim === 'country' ? r.location.country! : dim === 'source' ? r.meta!.mainSource! : `1 × ${r.hardware.gpus[0]!.name}`;
  const out = new Map<string, { runs: number; energyKwh: number; emissionsKg: number }>();
  for (const r of runs) {
    const t = out.get(key(r)) ?? { runs: 0, energyKwh: 0, emissionsKg: 0 };
    out.set(key(r), { runs: t.runs + 1, energyKwh: t.energyKwh + r.energy.totalKwh, emissionsKg: t.emissionsKg + r.emissionsKg });
  }
  return out;
}

async function checkStats(store: Store, projectId: string, runs: readonly RunRecord[]) {
  for (const dim of DIMENSIONS) {
    const want = expectedStats(runs, dim);
    const got = await store.stats([projectId], dim);
    assert.deepEqual(got.map((r) => r.key).sort(), [...want.keys()].sort(), dim);
    for (const row of got) {
      const w = want.get(row.key)!;
      assert.equal(row.runs, w.runs, `${dim} ${row.key}`);
      assert.ok(Math.abs(row.energyKwh - w.energyKwh) <= 1e-9 * w.energyKwh, `${dim} ${row.key}: ${row.energyKwh} ≠ ${w.energyKwh}`);
      assert.ok(Math.abs(row.emissionsKg - w.emissionsKg) <= 1e-9 * w.emissionsKg, `${dim} ${row.key}`);
    }
  }
}

function suite(name: string, open: () => Promise<{ store: Store; done: () => Promise<void> }>, skip?: string) {
  describe(`ingest on ${name}`, { skip }, () => {
    let store: Store;
    let done: () => Promise<void>;
    before(async () => ({ store, done } = await open()));
    after(async () => done?.());

    test('stores each run once with its samples, in order, across statement boundaries; roll-ups are the sums', async () => {
      const p = await store.createProject({ name: 'a', visibility: 'private' });
      // 620 runs (more than one INSERT of runs), sample counts around the statement sizes of both engines
      const ids = Array.from({ length: 620 }, (_, i) => (i === 7 ? `quote " back\\slash ' ünï {x,y}` : `run-${String(i).padStart(4, '0')}`));
      const sizes = [0, 1, 63, 64, 65, 129, 9_999, 10_000, 10_001];
      const runs: IncomingRun[] = ids.map((id, i) => ({ record: record(id, i), ...(i < sizes.length ? { samples: samples(sizes[i]!, i) } : i % 50 === 0 ? { samples: samples(700, i) } : {}) }));
      // the runs in a shuffled order, and one id sent twice in the batch: the first one sent is kept
      const shuffled = [...runs].sort((a, b) => ((ids.indexOf(a.record.id) * 7919) % 620) - ((ids.indexOf(b.record.id) * 7919) % 620));
      const twin: IncomingRun = { record: { ...record(ids[3]!, 3), node: 'second' } };
      const first = await store.ingest(p.id, [...shuffled, twin]);
      assert.deepEqual(first.accepted, shuffled.map((r) => r.record.id), 'accepted in the order sent');
      assert.deepEqual(first.duplicates, [ids[3]]);
      assert.equal((await store.getRun(ids[3]!))!.summary.node, 'h');
      for (let i = 0; i < sizes.length; i++) {
        const got = await store.getRun(ids[i]!);
        const want = runs[i]!.samples!;
        assert.equal(got!.samples.length, want.length, ids[i]);
        got!.samples.forEach((s, k) => assert.deepEqual(s, { seq: k, at: want[k]!.at, d: want[k]!.d, gpuJ: want[k]!.e[0], cpuJ: want[k]!.e[1], ramJ: want[k]!.e[2] }));
      }
      assert.equal((await store.getRun(ids[7]!))!.record.id, ids[7]);
      await checkStats(store, p.id, runs.map((r) => r.record));
      // re-sent: all duplicates, nothing changes
      const again = await store.ingest(p.id, runs.slice(0, 100));
      assert.deepEqual(again, { accepted: [], duplicates: ids.slice(0, 100) });
      await checkStats(store, p.id, runs.map((r) => r.record));
      // a batch mixing new and known runs adds only the new ones
      const more = [...runs.slice(600), ...Array.from({ length: 30 }, (_, i) => ({ record: record(`new-${i}`, 620 + i) }))];
      const mixed = await store.ingest(p.id, more);
      assert.equal(mixed.accepted.length, 30);
      assert.equal(mixed.duplicates.length, 20);
      await checkStats(store, p.id, [...runs.map((r) => r.record), ...more.slice(20).map((r) => r.record)]);
    });

    test('concurrent ingests of overlapping runs in different orders: no deadlock, each run once', async () => {
      const p = await store.createProject({ name: 'b', visibility: 'private' });
      const all = Array.from({ length: 400 }, (_, i) => record(`c-${i}`, i));
      const batches = Array.from({ length: 8 }, (_, b) => {
        const part = all.filter((_, i) => (i + b) % 3 !== 0);
        return (b % 2 ? part.reverse() : part).map((r) => ({ record: r, samples: samples(20, b) }));
      });
      const results = await Promise.all(batches.map((b) => store.ingest(p.id, b)));
      const accepted = results.flatMap((r) => r.accepted);
      assert.equal(accepted.length, all.length);
      assert.equal(new Set(accepted).size, all.length);
      await checkStats(store, p.id, all);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ct-ingest-'));
suite('SQLite', async () => {
  const store = await openSqliteStore(join(dir, 'hub.db'));
  return { store, done: async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  } };
});

const skip = process.env.CI === 'true' ? undefined : pgCluster.postgresSkipReason();
suite('PostgreSQL', async () => {
  const cluster = await pgCluster.startPostgres();
  const store = await openPostgresStore(cluster.url);
  return { store, done: async () => {
    await store.close();
    cluster.stop();
  } };
}, skip);
