// Ingest over HTTP: batched uploads of runs with their samples to a real hub server (its own process) on SQLite and on
// PostgreSQL, in samples/s, beside the raw insert rate of the same database measured in the same run (same settings,
// same tables); and the server's memory (VmRSS) as the samples come in.
// Usage: node bench/hub-ingest.mjs [--quick (200k samples, 50 runs a request)] [--samples 1000000] [--runs-per-request 100] [--samples-per-run 500]
//        [--clients 4] [--only sqlite|postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresSkipReason, startPostgres } from '../scripts/pg-cluster.mjs';
import { call, fmt, machineLine, printTable, projectWithToken, startHub, uploadBody } from './lib/hub-bench-kit.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    samples: { type: 'string' },
    'runs-per-request': { type: 'string' },
    'samples-per-run': { type: 'string', default: '500' },
    clients: { type: 'string', default: '4' },
    only: { type: 'string' },
  },
});
const totalSamples = Number(values.samples ?? (values.quick ? 200_000 : 1_000_000));
const runsPerRequest = Number(values['runs-per-request'] ?? (values.quick ? 50 : 100));
const samplesPerRun = Number(values['samples-per-run']);
const clients = Number(values.clients);
const perRequest = runsPerRequest * samplesPerRun;
const requests = Math.ceil(totalSamples / perRequest);
const total = requests * perRequest;
if (!(requests >= 4 && clients >= 1)) throw new Error('need at least 4 requests (--samples ≥ 4 × runs-per-request × samples-per-run) and 1 client');
const ADMIN = 'bench-admin-token-0123456789abcdef';
const RAW_TX = 10_000;
const slug = (s) => s.replace(/[^a-z]/g, '');

/** The samples of the raw reference, column by column (generated before the clock starts). */
function rawColumns() {
  const at = new Float64Array(total);
  const gpu = new Float64Array(total);
  const cpu = new Float64Array(total);
  const ram = new Float64Array(total);
  const runIds = [];
  for (let r = 0; r < total / samplesPerRun; r++) {
    runIds.push(crypto.randomUUID());
    for (let s = 0; s < samplesPerRun; s++) {
      const k = r * samplesPerRun + s;
      at[k] = 1_700_000_000_000 + r * 3_600_000 + s * 1000;
      gpu[k] = 350 + ((r + s) % 300) / 7;
      cpu[k] = 40 + (s % 17) / 3;
      ram[k] = 6 + (s % 5) / 10;
    }
  }
  return { at, gpu, cpu, ram, runIds };
}

const RUN_STUB = ['2024-01-01T00:00:00.000Z', '2024-01', 'finished', null, 'gpu0', 'FR', 'nuclear', '8 × NVIDIA H100', null, 1, 1, 1, 1, 0, 'tracker', '{}', '2024-01-01T00:00:00.000Z'];
const RUN_COLUMNS = 'id, project_id, started_at, month, status, job_id, node, country, source, hardware, task, energy_kwh, emissions_kg, emissions_low_kg, emissions_high_kg, embodied_kg, origin, record, ingested_at';

/** Raw SQLite: better-sqlite3 with the hub's pragmas, on the hub's own tables, one prepared statement, transactions of 10k. */
function rawSqlite(path, cols) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.prepare("INSERT INTO projects (id, name, visibility, created_at) VALUES ('raw', 'raw', 'private', '2024-01-01')").run();
  const run = db.prepare(`INSERT INTO runs (${RUN_COLUMNS}) VALUES (?, 'raw', ${RUN_STUB.map(() => '?').join(', ')})`);
  const sample = db.prepare('INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const batch = db.transaction((from, to) => {
    for (let k = from; k < to; k++) {
      const seq = k % samplesPerRun;
      const id = cols.runIds[(k - seq) / samplesPerRun];
      if (seq === 0) run.run(id, ...RUN_STUB);
      sample.run(id, seq, cols.at[k], 1, cols.gpu[k], cols.cpu[k], cols.ram[k]);
    }
  });
  const t0 = performance.now();
  for (let k = 0; k < total; k += RAW_TX) batch(k, Math.min(total, k + RAW_TX));
  const s = (performance.now() - t0) / 1000;
  const n = db.prepare('SELECT count(*) AS n FROM samples').get().n;
  db.close();
  if (n !== total) throw new Error(`raw SQLite holds ${n} samples, not ${total}`);
  return total / s;
}

/**
 * Raw PostgreSQL: pg on the hub's tables, transactions of 10k samples, each one INSERT … SELECT FROM unnest of array
 * literals built inside the clock (no COPY: pg-copy-streams is not a dependency), on as many connections at once as the
 * hub has clients.
 */
async function rawPostgres(url, cols) {
  const connections = await Promise.all(Array.from({ length: clients }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
  await connections[0].query("INSERT INTO projects (id, name, visibility, created_at) VALUES ('raw', 'raw', 'private', '2024-01-01')");
  const list = (xs) => `{${xs.join(',')}}`;
  const runSql = (n) => `INSERT INTO runs (${RUN_COLUMNS}) VALUES ${Array.from({ length: n }, (_, j) => `($${j * 18 + 1}, 'raw', ${RUN_STUB.map((_, c) => `$${j * 18 + c + 2}`).join(', ')})`).join(', ')}`;
  const sampleSql = `INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j)
    SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::float8[], $5::float8[], $6::float8[], $7::float8[])`;
  const ones = new Array(RAW_TX).fill(1);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(connections.map(async (client) => {
    for (let k = next; k < total; k = next) {
      next += RAW_TX;
      const to = Math.min(total, k + RAW_TX);
      const ids = [];
      const seq = [];
      const runs = [];
      for (let i = k; i < to; i++) {
        const s = i % samplesPerRun;
        const id = cols.runIds[(i - s) / samplesPerRun];
        if (s === 0) runs.push(id);
        ids.push(`"${id}"`);
        seq.push(s);
      }
      await client.query('BEGIN');
      if (runs.length) await client.query(runSql(runs.length), runs.flatMap((id) => [id, ...RUN_STUB]));
      await client.query(sampleSql, [list(ids), list(seq), list(cols.at.subarray(k, to)), list(ones.slice(0, to - k)), list(cols.gpu.subarray(k, to)), list(cols.cpu.subarray(k, to)), list(cols.ram.subarray(k, to))]);
      await client.query('COMMIT');
    }
  }));
  const s = (performance.now() - t0) / 1000;
  const { rows } = await connections[0].query('SELECT count(*)::int AS n FROM samples');
  await Promise.all(connections.map((c) => c.end()));
  if (rows[0].n !== total) throw new Error(`raw PostgreSQL holds ${rows[0].n} samples, not ${total}`);
  return total / s;
}

/** Migrates an empty store by starting (and stopping) a hub on it: the raw reference then writes the very same tables. */
async function migrate(options) {
  const hub = await startHub({ ...options, adminToken: ADMIN, seedSurvey: false });
  await hub.stop();
}

/**
 * The hub: a project and a write token made through the API, the upload bodies generated before the clock starts, then
 * `clients` concurrent clients send them; the server's memory is read before and after (VmRSS, and V8's heap after a full GC).
 */
async function hubIngest(options, engine) {
  const hub = await startHub({ ...options, adminToken: ADMIN, seedSurvey: false });
  try {
    const project = `bench-${slug(engine)}`;
    const token = await projectWithToken(hub.url, ADMIN, project);
    const bodies = [];
    for (let i = 0; i < requests; i++) bodies.push(uploadBody(project, i * runsPerRequest, runsPerRequest, samplesPerRun));
    const start = hub.rssKb();
    const startGc = await hub.afterGc();
    const cpu0 = hub.cpuS();
    let next = 0;
    let done = 0;
    const latencies = [];
    const quarters = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const r = await call(`${hub.url}/api/runs`, { method: 'POST', token, body });
        if (r.status !== 201 || r.body.accepted !== runsPerRequest) throw new Error(`upload answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
        latencies.push(r.ms);
        done++;
        if ([1, 2, 3].some((q) => done === Math.ceil((q * requests) / 4))) quarters.push(hub.rssKb());
      }
    }));
    const s = (performance.now() - t0) / 1000;
    const cpuS = hub.cpuS() - cpu0;
    const end = hub.rssKb();
    await new Promise((ok) => setTimeout(ok, 10_000));
    const later = hub.rssKb();
    const endGc = await hub.afterGc();
    const rss = { start, startGc, quarters, peak: hub.hwmKb(), end, later, endGc };
    const stats = await call(`${hub.url}/api/stats?by=month&project=${project}`, { token });
    const runs = stats.body.reduce((n, r) => n + r.runs, 0);
    if (runs !== requests * runsPerRequest) throw new Error(`the hub's roll-ups count ${runs} runs, not ${requests * runsPerRequest}`);
    return { rate: total / s, seconds: s, cpuS, rss, p50: latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)] };
  } finally {
    await hub.stop();
  }
}

async function countSamples(engine, where) {
  if (engine === 'sqlite') {
    const db = new Database(where, { readonly: true });
    const n = db.prepare('SELECT count(*) AS n FROM samples').get().n;
    db.close();
    return n;
  }
  const c = new pg.Client({ connectionString: where });
  await c.connect();
  const { rows } = await c.query('SELECT count(*)::int AS n FROM samples');
  await c.end();
  return rows[0].n;
}

console.log(`hub-ingest: ${fmt(total)} samples in ${requests} requests of ${runsPerRequest} runs × ${samplesPerRun} samples, ${clients} concurrent clients; ${machineLine()}`);
const cols = rawColumns();
const results = [];
const engines = values.only ? [values.only] : ['sqlite', 'postgres'];
for (const engine of engines) {
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-ingest-'));
  let cluster;
  try {
    // the raw reference runs just before and just after the hub, each on a fresh database: the ratio is to their mean
    let hubOptions;
    let rawOnce;
    let rawLabel;
    if (engine === 'sqlite') {
      let round = 0;
      rawOnce = async () => {
        const path = join(dir, `raw-${++round}.db`);
        await migrate({ sqlitePath: path });
        return rawSqlite(path, cols);
      };
      rawLabel = 'better-sqlite3, prepared INSERT, tx of 10k';
      hubOptions = { sqlitePath: join(dir, 'hub.db') };
    } else {
      const skip = postgresSkipReason();
      if (skip) {
        console.log(`\nPostgreSQL skipped: ${skip}`);
        continue;
      }
      cluster = await startPostgres({ shared_buffers: '512MB', max_wal_size: '4GB' });
      const url = cluster.url;
      let round = 0;
      rawOnce = async () => {
        const name = `raw${++round}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const rawUrl = url.replace(/\/carbontrail$/, `/${name}`);
        await migrate({ databaseUrl: rawUrl });
        return rawPostgres(rawUrl, cols);
      };
      rawLabel = `pg, unnest INSERT, tx of 10k, ${clients} connections`;
      hubOptions = { databaseUrl: url };
    }
    const rawBefore = await rawOnce();
    const hub = await hubIngest(hubOptions, engine);
    const rawAfter = await rawOnce();
    const raw = (rawBefore + rawAfter) / 2;
    const stored = await countSamples(engine, engine === 'sqlite' ? hubOptions.sqlitePath : hubOptions.databaseUrl);
    if (stored !== total) throw new Error(`the hub stored ${stored} samples, not ${total}`);
    results.push({ engine, raw, rawLabel, hub });
    console.log(`\n${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${machineLine()}):`);
    printTable(['', 'samples/s', 'vs raw', 'aim'], [
      [`hub, POST /api/runs over HTTP (${fmt(hub.seconds, 1)} s)`, fmt(hub.rate), `${(hub.rate / raw).toFixed(2)} ×`, '≥ 50,000 and ≥ 0.30 ×'],
      [`raw: ${rawLabel}: mean of`, fmt(raw), '1.00 ×', ''],
      ['  just before the hub', fmt(rawBefore), '', ''],
      ['  just after the hub', fmt(rawAfter), '', ''],
    ]);
    console.log(`server CPU ${fmt(hub.cpuS, 1)} s (${fmt((hub.cpuS / total) * 1e6, 2)} µs a sample); median request ${fmt(hub.p50)} ms for ${fmt(perRequest)} samples`);
    const mib = (kb) => fmt(kb / 1024, 1);
    const { rss } = hub;
    console.log('server memory (the hub process):');
    printTable(['', 'VmRSS MiB', 'V8 heap in use MiB'], [
      ['  before the first upload (idle)', mib(rss.start), ''],
      ['  then after a full GC', mib(rss.startGc.rss / 1024), mib(rss.startGc.heapUsed / 1024)],
      ['  after ¼, ½ and ¾ of the samples', rss.quarters.map(mib).join(', '), ''],
      ['  highest (VmHWM)', mib(rss.peak), ''],
      [`  after the last upload (${fmt(total / 1e6, 1)}M samples)`, mib(rss.end), ''],
      ['  10 s later', mib(rss.later), ''],
      ['  then after a full GC', mib(rss.endGc.rss / 1024), mib(rss.endGc.heapUsed / 1024)],
    ]);
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nsummary:');
for (const { engine, raw, hub } of results) {
  const { start, end, startGc, endGc } = hub.rss;
  const ok = hub.rate >= 50_000 && hub.rate >= 0.3 * raw;
  const retained = (endGc.heapUsed - startGc.heapUsed) / 2 ** 20;
  console.log(`  ${engine.padEnd(8)} ${fmt(hub.rate).padStart(9)} samples/s = ${(hub.rate / raw).toFixed(2)} × raw ${fmt(raw)}/s: ${ok ? 'meets' : 'MISSES'} the aim; ` +
    `RSS ${fmt(start / 1024)} MiB before, ${fmt(end / 1024)} after ${fmt(total / 1e6, 1)}M samples (${fmt(endGc.rss / 2 ** 20)} after a full GC); ` +
    `V8 heap in use after a full GC ${fmt(startGc.heapUsed / 2 ** 20, 1)} → ${fmt(endGc.heapUsed / 2 ** 20, 1)} MiB (${retained <= 16 ? 'flat' : 'GROWS'})`);
}
