// The survey's views (GET /api/survey/…) at 1,000,000 runs, over HTTP from a hub server in its own process, on SQLite
// and PostgreSQL: p50/p95 latency beside the reference measured in the same run, core's analyses computed from the
// runs themselves in memory (summarise + the analysis, no database, no HTTP), which is what a hub without roll-ups
// would have to do at least. The runs are generated with the real grid data (each country's life-cycle intensity and
// main energy source for the run's year), 8 tasks of 3 data sets each, emissions spread over six decades, a metric on
// 40 % of the runs; their survey roll-ups are written straight into the hub's tables from core's summary of them
// (what ingest keeps), and every answer is checked against the in-memory analysis.
// Usage: node bench/hub-survey.mjs [--quick (100k runs)] [--runs 1000000] [--requests 30] [--only sqlite|postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresSkipReason, startPostgres } from '../scripts/pg-cluster.mjs';
import { call, expect, fmt, machineLine, latencies, printTable, quantile, startHub } from './lib/hub-bench-kit.mjs';

register();
const survey = await import('../packages/core/src/survey/index.ts');
const core = await import('../packages/core/src/index.ts');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    requests: { type: 'string', default: '30' },
    only: { type: 'string' },
  },
});
const totalRuns = Number(values.runs ?? (values.quick ? 100_000 : 1_000_000));
const requests = Number(values.requests);
const ADMIN = 'bench-admin-token-0123456789abcdef';
const PROJECT = 'survey-bench';
const AIM_MS = 300;

const COUNTRIES = ['US', 'CN', 'DE', 'FR', 'GB', 'CA', 'JP', 'IN', 'KR', 'SG', 'AU', 'BR', 'SE', 'NO', 'PL', 'NL', 'ES', 'IT', 'ZA', 'IS'];
const WEIGHTS = [30, 15, 8, 6, 6, 5, 5, 4, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1];
const TASKS = [
  ['Image Classification', 'top1'], ['Machine Translation', 'bleu'], ['Question Answering', 'f1'], ['Named Entity Recognition', 'f1'],
  ['Object Detection', 'map'], ['Language Modelling', 'perplexity'], ['Speech Recognition', 'wer'], ['Image Generation', 'fid'],
];
const YEARS = Array.from({ length: 12 }, (_, i) => 2013 + i);

/** Each country's life-cycle intensity and main energy source for each year, from the zone tables. */
const grid = new Map();
for (const c of COUNTRIES) {
  for (const y of YEARS) {
    const i = core.intensityFor(core.resolveLocation({ country: c, year: y }), y);
    const rows = core.findZone(c, 'zone').filter((z) => z.mainSource);
    grid.set(`${c} ${y}`, { g: i.gPerKwh, source: rows.length ? core.zoneForYear(rows, y).mainSource : 'unknown' });
  }
}

/** The analysis facts of the generated runs (deterministic: a seeded generator). */
function generate(n) {
  const random = survey.seededRandom(20261123);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = random() * total;
    for (let k = 0; k < COUNTRIES.length; k++) if ((r -= WEIGHTS[k]) < 0) return COUNTRIES[k];
    return COUNTRIES[0];
  };
  const facts = new Array(n);
  for (let i = 0; i < n; i++) {
    const country = pick();
    const year = YEARS[Math.floor(random() * YEARS.length)];
    const [task, metric] = TASKS[Math.floor(random() * TASKS.length)];
    const { g, source } = grid.get(`${country} ${year}`);
    const energyKwh = Math.exp(2 + 2.3 * gauss());
    const emissionsKg = (energyKwh * g) / 1000;
    const lower = survey.metricDirection(metric) === 'min';
    const score = 50 + 6 * Math.log10(energyKwh + 1) + 4 * gauss();
    facts[i] = {
      id: `r${i}`, label: `run ${i}`, source, country, task, dataset: `${task} set ${i % 3}`, year, intensityGPerKwh: g, energyKwh, emissionsKg,
      lowKg: emissionsKg * 0.8, highKg: emissionsKg * 1.25, hours: Math.exp(2 + 1.5 * gauss()),
      metrics: random() < 0.4 ? { [metric]: lower ? Math.max(0.1, 100 - score) : score } : {},
    };
  }
  return facts;
}

/** The summary's rows as the survey tables hold them. */
function tableRows(s, projectId) {
  return {
    survey_groups: s.groups.map((g) => [projectId, g.dim, g.key, g.runs, g.energyKwh, g.emissionsKg, g.lowKg, g.highKg, g.intensitySum]),
    survey_values: s.values.map((v) => [projectId, v.set, v.key, v.value, v.n]),
    survey_cells: s.cells.map((c) => [projectId, c.source, c.energyBin, c.emissionsBin, c.n, c.intensitySum]),
    survey_fronts: s.fronts.map((f) => [projectId, f.task, f.dataset, f.metric, f.id, f.label, f.emissionsKg, f.value]),
  };
}
const COLUMNS = {
  survey_groups: ['project_id', 'dim', 'key', 'runs', 'energy_kwh', 'emissions_kg', 'low_kg', 'high_kg', 'intensity_sum'],
  survey_values: ['project_id', 'value_set', 'key', 'value', 'n'],
  survey_cells: ['project_id', 'source', 'energy_bin', 'emissions_bin', 'n', 'intensity_sum'],
  survey_fronts: ['project_id', 'task', 'dataset', 'metric', 'run_id', 'label', 'emissions_kg', 'value'],
};
const PG_TYPES = {
  survey_groups: ['text', 'text', 'text', 'int', 'float8', 'float8', 'float8', 'float8', 'float8'],
  survey_values: ['text', 'text', 'text', 'float8', 'int'],
  survey_cells: ['text', 'text', 'int', 'int', 'int', 'float8'],
  survey_fronts: ['text', 'text', 'text', 'text', 'text', 'text', 'float8', 'float8'],
};

function writeSqlite(path, rows) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    for (const [table, list] of Object.entries(rows)) {
      const stmt = db.prepare(`INSERT INTO ${table} (${COLUMNS[table].join(', ')}) VALUES (${COLUMNS[table].map(() => '?').join(', ')})`);
      for (const r of list) stmt.run(r);
    }
  })();
  db.exec('ANALYZE');
  db.close();
}

async function writePostgres(url, rows) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('BEGIN');
  for (const [table, list] of Object.entries(rows)) {
    const cols = COLUMNS[table];
    for (let i = 0; i < list.length; i += 20_000) {
      const part = list.slice(i, i + 20_000);
      await c.query(`INSERT INTO ${table} (${cols.join(', ')}) SELECT * FROM unnest(${PG_TYPES[table].map((t, k) => `$${k + 1}::${t}[]`).join(', ')})`, cols.map((_, k) => part.map((r) => r[k])));
    }
  }
  await c.query('COMMIT');
  for (const table of Object.keys(rows)) await c.query(`VACUUM ANALYZE ${table}`);
  await c.end();
}

const near = (a, b, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;

console.log(`hub-survey: GET /api/survey/* at ${fmt(totalRuns)} runs, ${requests} requests a view; ${machineLine()}`);
let t0 = performance.now();
const facts = generate(totalRuns);
const generateS = (performance.now() - t0) / 1000;
t0 = performance.now();
const summary = survey.summarise(facts);
const summariseMs = performance.now() - t0;
const rows = tableRows(summary, 'PROJECT');
console.log(`${fmt(totalRuns)} runs generated in ${fmt(generateS, 1)} s; their summary (core summarise, in memory): ${fmt(summariseMs)} ms, ` +
  `${Object.entries(rows).map(([t, l]) => `${fmt(l.length)} ${t.replace('survey_', '')}`).join(', ')} rows`);

/** Each view: its path, and the analysis of the in-memory summary it must equal (the reference's work, timed). */
const VIEWS = [
  { path: 'by-source', local: (s) => survey.bySource(s), same: (a, b) => a.rows.length === b.rows.length && a.rows.every((r, i) => r.key === b.rows[i].key && r.runs === b.rows[i].runs && near(r.meanIntensity, b.rows[i].meanIntensity) && r.medianIntensity === b.rows[i].medianIntensity) },
  { path: 'by-country', local: (s) => ({ rows: survey.byCountry(s) }), same: (a, b) => a.rows.every((r, i) => r.key === b.rows[i].key && r.runs === b.rows[i].runs && r.medianIntensity === b.rows[i].medianIntensity) },
  { path: 'by-task-year', local: (s) => survey.byTaskYear(s), same: (a, b) => a.rows.length === b.rows.length && a.rows.every((r, i) => r.task === b.rows[i].task && r.year === b.rows[i].year && near(r.trimmedMeanKg, b.rows[i].trimmedMeanKg, 1e-6) && near(r.interval.low, b.rows[i].interval.low, 1e-6)) },
  { path: 'pareto?task=Image%20Classification&metric=top1', local: (s) => survey.paretoFor(s, 'Image Classification', 'top1'), same: (a, b) => a.front.map((p) => p.id).join() === b.front.map((p) => p.id).join() && a.runsWithMetric === b.runsWithMetric },
  { path: 'energy-emissions', local: (s) => survey.energyEmissions(s), same: (a, b) => a.points.reduce((n, p) => n + p.runs, 0) === b.points.reduce((n, p) => n + p.runs, 0) && a.points.length === b.points.length },
  { path: 'totals', local: (s) => survey.totalsAndGrowth(s), same: (a, b) => a.total.runs === b.total.runs && near(a.total.emissionsKg, b.total.emissionsKg, 1e-6) && a.total.medianHours === b.total.medianHours },
];

const results = [];
for (const engine of values.only ? [values.only] : ['sqlite', 'postgres']) {
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-survey-'));
  let cluster;
  let hub;
  try {
    let options;
    if (engine === 'sqlite') options = { sqlitePath: join(dir, 'hub.db') };
    else {
      const skip = postgresSkipReason();
      if (skip) {
        console.log(`\nPostgreSQL skipped: ${skip}`);
        continue;
      }
      cluster = await startPostgres({ shared_buffers: '512MB', work_mem: '64MB' });
      options = { databaseUrl: cluster.url };
    }
    hub = await startHub({ ...options, adminToken: ADMIN, seedSurvey: false });
    const projectId = (await expect(201, `${hub.url}/api/projects`, { method: 'POST', token: ADMIN, body: { name: PROJECT, visibility: 'private' } })).id;
    const read = (await expect(201, `${hub.url}/api/projects/${PROJECT}/tokens`, { method: 'POST', token: ADMIN, body: { name: 'survey page', scope: 'read' } })).token;
    await hub.stop();
    const own = tableRows(summary, projectId);
    if (engine === 'sqlite') writeSqlite(options.sqlitePath, own);
    else await writePostgres(options.databaseUrl, own);
    hub = await startHub({ ...options, adminToken: ADMIN, seedSurvey: false });
    const table = [];
    for (const view of VIEWS) {
      const api = await latencies(requests, async () => {
        const r = await call(`${hub.url}/api/survey/${view.path}${view.path.includes('?') ? '&' : '?'}project=${PROJECT}`, { token: read });
        if (r.status !== 200) throw new Error(`GET /api/survey/${view.path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
        return r.body;
      });
      // the reference: the same analysis from the runs in memory, as a hub without roll-ups would at least have to do:
      // their summary (timed once above) and the analysis of it (the median of 3)
      const refMs = [];
      let ref;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        ref = view.local(summary);
        refMs.push(summariseMs + performance.now() - t);
      }
      if (!view.same(api.last, ref)) throw new Error(`${engine} ${view.path}: the API's answer differs from core's analysis of the runs`);
      table.push([view.path.split('?')[0], fmt(api.p50, 1), fmt(api.p95, 1), fmt(quantile(refMs, 0.5))]);
      results.push({ engine, view: view.path, p95: api.p95 });
    }
    console.log(`\n${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${machineLine()}`);
    printTable(['view', 'API p50 ms', 'API p95 ms', 'from the runs in memory, ms'], table);
  } finally {
    await hub?.stop();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nsummary:');
for (const engine of new Set(results.map((r) => r.engine))) {
  const worst = Math.max(...results.filter((r) => r.engine === engine).map((r) => r.p95));
  console.log(`  ${engine.padEnd(8)} worst API p95 ${fmt(worst, 1)} ms (aim ≤ ${AIM_MS}): ${worst <= AIM_MS ? 'meets' : 'MISSES'} the aim; the in-memory analysis of the runs, summary included: ${fmt(summariseMs)} ms`);
}
