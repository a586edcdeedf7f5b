// Fuzz: thousands of generated requests, valid and not, against one hub: no answer is 5xx, every error has the API's
// shape, and afterwards the store holds exactly the runs that were acknowledged with a 201.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CODECARBON_COLUMNS } from '@carbontrail/core';
import { openPostgresStore, type Store } from '../index.ts';
import { makeProject, makeToken, testHub, testRun, testSamples, type Answer, type Ask, type TestHub } from './hub.test-helper.ts';

const SEED = 20_250_301;
const REQUESTS = 10_000;

/** A generated request; a huge body is described, and made only when sent. */
interface Fuzzed {
  kind: string;
  method: string;
  path: string;
  who: string;
  authorization?: string;
  type?: string;
  json?: unknown;
  body?: string;
  huge?: { bytes: number; shape: 'garbage' | 'samples' | 'string' | 'nested' };
}

const UNICODE = ['é', 'ß', '漢字', '🔥', '\u0000', '\u202e', '\ud83d', '"', '\\', '\n', ' ', '%', '/', '..'];

/** Values that break a field: wrong types, negative and absurd figures, strings shaped like numbers, unicode. */
const badValue = fc.oneof(
  fc.constantFrom(-1, -0.001, 1e308, -1e308, 1e10 + 1, 0, 3.5, 2 ** 53, Number.MIN_VALUE),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '', ' ', 'null', '0x10', '2025-02-30T10:00:00Z', '9999-12-31T23:59:59Z', 'x'.repeat(300)),
  fc.constantFrom(null, true, false, [], {}, [1, 2, 3], { a: 1 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(...UNICODE),
);

/** Every leaf path of a record (mutations reach every field). */
function leafPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [prefix];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  const inner = entries.flatMap(([k, x]) => leafPaths(x, [...prefix, k]));
  return prefix.length ? [prefix, ...inner] : inner;
}
const PATHS = leafPaths({ ...testRun({ jobId: 'j' }), meta: { task: 't', metrics: { top1: 1 } }, samples: testSamples(1) });

/** A copy of a value with `path` set to `to` (or removed when `to` is the deletion mark). */
const DELETE = Symbol('delete');
function setPath(v: unknown, path: readonly (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to;
  const [k, ...rest] = path;
  const base: any = Array.isArray(v) ? [...v] : v !== null && typeof v === 'object' ? { ...v } : {};
  if (rest.length === 0 && to === DELETE) {
    if (Array.isArray(base)) base.splice(Number(k), 1);
    else delete base[k!];
  } else base[k!] = setPath(base[k!], rest, to);
  return base;
}

const runId = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 2999 }).map((i) => `fz-${i}`), weight: 8 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), weight: 1 },
  { arbitrary: fc.uuid(), weight: 1 },
);

/** A run whose figures are consistent (though perhaps beyond the limits or out of the calendar). */
const consistentRun = fc
  .record({
    id: runId,
    at: fc.oneof(
      { arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), weight: 9 },
      { arbitrary: fc.constantFrom(new Date('1969-12-31T23:59:59Z'), new Date('1970-01-01T00:00:00Z'), new Date('2999-12-31T23:00:00Z'), new Date('3001-01-01T00:00:00Z')), weight: 1 },
    ),
    gpuKwh: fc.oneof({ arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 9 }, { arbitrary: fc.constantFrom(0, 1e9, 2e10, 1e300), weight: 1 }),
    pue: fc.oneof({ arbitrary: fc.double({ min: 1, max: 3, noNaN: true }), weight: 9 }, { arbitrary: fc.constantFrom(0.5, 3.5), weight: 1 }),
    gPerKwh: fc.double({ min: 0, max: 1500, noNaN: true }),
    country: fc.constantFrom('FR', 'DE', 'US', 'IN', 'ZZ', 'fr'),
    jobId: fc.option(fc.constantFrom('job-a', 'job-b', 'job-c'), { nil: null }),
    node: fc.constantFrom('n1', 'n2', 'n3'),
    samples: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  })
  .map((o) => {
    const r = testRun({ id: o.id, startedAt: o.at.toISOString(), gpuKwh: o.gpuKwh, pue: o.pue, gPerKwh: o.gPerKwh, country: o.country, jobId: o.jobId, node: o.node });
    return o.samples === undefined ? r : { ...r, samples: testSamples(o.samples, o.at.getTime()) };
  });

/** A run with one to four fields broken (set to a bad value, or removed). */
const brokenRun = fc
  .tuple(consistentRun, fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.oneof({ arbitrary: badValue, weight: 5 }, { arbitrary: fc.constant(DELETE), weight: 1 })), { minLength: 1, maxLength: 4 }))
  .map(([r, changes]) => changes.reduce<unknown>((v, [p, to]) => setPath(v, p, to), r));

/** A run whose emissions do not follow from its energy, PUE and intensity (422). */
const inconsistentRun = fc.tuple(consistentRun, fc.constantFrom(0.5, 1.5, 10)).map(([r, k]) => ({
  ...r, emissionsKg: r.emissionsKg * k, emissionsLowKg: r.emissionsLowKg * k, emissionsHighKg: r.emissionsHighKg * k,
}));

const PROJECTS = ['fz-public', 'fz-private'];
const project = fc.oneof({ arbitrary: fc.constantFrom(...PROJECTS), weight: 6 }, { arbitrary: fc.constantFrom('nowhere', '', 'FZ-PUBLIC', '00000000-0000-4000-8000-000000000000', '%00', '漢字'), weight: 1 });
const who = fc.constantFrom('none', 'admin', 'write-public', 'write-private', 'read-public', 'garbage', 'random', 'malformed');
/** Callers of writes: mostly ones that may write, so that what is stored is tested as much as what is refused. */
const writer = fc.oneof({ arbitrary: fc.constantFrom('write-public', 'write-private', 'admin'), weight: 4 }, { arbitrary: who, weight: 1 });
const ascii = (max: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: max });
/** Percent-encoding that also writes a lone surrogate (as the invalid UTF-8 a careless client would send). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const enc = (s: string) => s.split(LONE_SURROGATE).map(encodeURIComponent).join('%ED%A0%BD');
const queryPart = fc.tuple(fc.oneof(fc.constantFrom('project', 'from', 'to', 'status', 'job', 'cursor', 'limit', 'by', 'format'), ascii(8)), fc.oneof(badValue.map(String), ascii(20), fc.constantFrom('2025-01-01', '2025-02-29', 'public', 'month', 'csv', 'json', 'survey', 'codecarbon', '10', '-1', 'eyJ4IjoxfQ', '%E0%A4%A')))
  .map(([k, v]) => `${enc(k)}=${/%/.test(v) && v.length < 12 ? v : enc(v)}`);
const query = fc.array(queryPart, { maxLength: 4 }).map((ps) => (ps.length ? `?${ps.join('&')}` : ''));

const upload = fc
  .tuple(
    fc.oneof(
      { arbitrary: consistentRun.map((r) => ({ one: r as unknown })), weight: 3 },
      { arbitrary: fc.array(consistentRun, { minLength: 1, maxLength: 8 }).map((runs) => ({ runs: runs as unknown[] })), weight: 3 },
      { arbitrary: brokenRun.map((r) => ({ one: r })), weight: 2 },
      { arbitrary: inconsistentRun.map((r) => ({ one: r as unknown })), weight: 1 },
      { arbitrary: fc.array(fc.oneof(consistentRun, consistentRun, brokenRun, inconsistentRun), { minLength: 1, maxLength: 6 }).map((runs) => ({ runs })), weight: 2 },
    ),
    fc.option(project, { freq: 2, nil: undefined }),
    fc.boolean(),
    writer,
  )
  .map(([b, p, inQuery, w]): Fuzzed => {
    const json = 'one' in b ? b.one : p !== undefined && !inQuery ? { project: p, runs: b.runs } : { runs: b.runs };
    return { kind: 'upload', method: 'POST', path: `/api/runs${p !== undefined && inQuery ? `?project=${enc(p)}` : ''}`, who: w, json };
  });

const badJson = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('', '{', '[', '{"runs":', 'null', 'true', '1e309', '{"runs":[{"schemaVersion":1,}]}', '\ufeff{}', '{"a":1}{"b":2}', 'NaN', "{'single':1}"),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      consistentRun.map((r) => JSON.stringify(r).slice(0, -3)),
    ),
    fc.constantFrom('/api/runs', '/api/projects', '/api/projects/fz-public/tokens'),
    who,
  )
  .map(([body, path, w]): Fuzzed => ({ kind: 'bad-json', method: 'POST', path, who: w, body, type: 'application/json' }));

const wrongType = fc
  .tuple(consistentRun, fc.oneof(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json-patch+json', 'text/csv', ''), ascii(40)), fc.constantFrom('/api/runs', '/api/projects', '/api/projects/fz-public/import?format=codecarbon'), who)
  .map(([r, type, path, w]): Fuzzed => ({ kind: 'wrong-type', method: 'POST', path, who: w, body: JSON.stringify(r), type }));

const huge = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('garbage', 'samples', 'string', 'nested') as fc.Arbitrary<'garbage' | 'samples' | 'string' | 'nested'>, fc.constantFrom('/api/runs', '/api/projects/fz-public/import?format=codecarbon'), who)
  .map(([mb, shape, path, w]): Fuzzed => ({ kind: 'huge', method: 'POST', path, who: w, huge: { bytes: mb * 1024 * 1024, shape }, type: path.includes('import') ? 'text/csv' : 'application/json' }));

const KNOWN_PATHS = [
  '/api/health', '/metrics', '/api/projects', '/api/projects/fz-public/tokens', '/api/projects/fz-private/tokens', '/api/tokens/00000000-0000-4000-8000-000000000000',
  '/api/runs', '/api/runs/fz-1', '/api/jobs/job-a', '/api/projects/fz-private/import', '/api/projects/fz-public/export', '/api/stats',
];
const segment = fc.oneof(ascii(12).map(enc), fc.constantFrom(...UNICODE).map(enc), fc.constantFrom('..', '%2e%2e', '%2F', '%E0%A4%A', '%00', 'api', 'runs', ''));
const anyRoute = fc
  .tuple(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
    fc.oneof(fc.constantFrom(...KNOWN_PATHS), fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/api/${s.join('/')}`), fc.array(segment, { maxLength: 3 }).map((s) => `/${s.join('/')}`)),
    query,
    who,
    fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  )
  .map(([method, path, q, w, json]): Fuzzed => ({ kind: 'route', method, path: `${path}${q}`, who: w, ...(json !== undefined && method !== 'GET' && method !== 'HEAD' ? { json } : {}) }));

const GET_PATHS = ['/api/projects', '/api/runs', '/api/stats', '/api/jobs/job-a', '/api/jobs/job-b', '/api/runs/fz-2', '/api/projects/fz-public/export', '/api/projects/fz-private/export', '/api/projects/fz-public/tokens'];
const badQuery = fc.tuple(fc.constantFrom(...GET_PATHS), query, who).map(([p, q, w]): Fuzzed => ({ kind: 'query', method: 'GET', path: `${p}${q}`, who: w }));

/** A CodeCarbon file of a random layout: most rows valid, some cells bad; the ids its rows give when it is taken. */
const importFile = fc
  .tuple(
    fc.subarray([...CODECARBON_COLUMNS]).map((cols) => [...new Set(['timestamp', 'run_id', 'duration', 'emissions', 'energy_consumed', ...cols])]),
    fc.array(
      fc.record({
        run: fc.integer({ min: 0, max: 500 }),
        at: fc.date({ min: new Date('2019-01-01'), max: new Date('2031-01-01'), noInvalidDate: true }),
        cpu: fc.double({ min: 0, max: 5, noNaN: true }),
        gpu: fc.double({ min: 0, max: 50, noNaN: true }),
        ram: fc.double({ min: 0, max: 1, noNaN: true }),
        g: fc.double({ min: 1, max: 900, noNaN: true }),
        bad: fc.option(fc.tuple(fc.constantFrom(...CODECARBON_COLUMNS), badValue.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))), { freq: 4, nil: undefined }),
      }),
      { minLength: 1, maxLength: 20 },
    ),
    fc.constantFrom('codecarbon', 'codecarbon', 'codecarbon', 'survey', 'xml', ''),
    fc.constantFrom('fz-public', 'fz-public', 'fz-private', 'nowhere'),
    writer,
  )
  .map(([columns, rows, format, p, w]): Fuzzed => {
    const lines = rows.map((r) => {
      const stamp = r.at.toISOString().slice(0, 19);
      const energy = r.cpu + r.gpu + r.ram;
      const cells: Record<string, string | number> = {
        timestamp: stamp, run_id: `cc-${r.run}`, duration: 60, emissions: (energy * r.g) / 1000, energy_consumed: energy,
        cpu_energy: r.cpu, gpu_energy: r.gpu, ram_energy: r.ram, country_iso_code: 'FRA', gpu_model: '1 x NVIDIA A100', gpu_count: 1, cpu_count: 8, pue: 1,
      };
      if (r.bad) cells[r.bad[0]] = r.bad[1];
      return columns.map((c) => {
        const v = String(cells[c] ?? '');
        return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      }).join(',');
    });
    return {
      kind: 'import', method: 'POST', path: `/api/projects/${p}/import${format ? `?format=${format}` : ''}`, who: w, type: 'text/csv',
      body: `${columns.join(',')}\n${lines.join('\n')}\n`,
    };
  });

const admin = fc
  .tuple(
    fc.constantFrom('/api/projects', '/api/projects/fz-public/tokens', '/api/projects/fz-private/tokens'),
    fc.oneof(
      fc.record({ name: fc.oneof(ascii(30), fc.string({ unit: 'grapheme', maxLength: 120 })), visibility: fc.constantFrom('public', 'private', 'secret') }),
      fc.record({ name: fc.oneof(ascii(30), badValue), scope: fc.oneof(fc.constantFrom('read', 'admin', 'write'), badValue) }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    fc.constantFrom('admin', 'admin', 'write-public', 'none', 'garbage'),
  )
  .map(([path, json, w]): Fuzzed => ({ kind: 'admin', method: 'POST', path, who: w, json }));

const request = fc.oneof(
  { arbitrary: upload, weight: 45 },
  { arbitrary: badJson, weight: 8 },
  { arbitrary: wrongType, weight: 4 },
  { arbitrary: huge, weight: 1 },
  { arbitrary: anyRoute, weight: 10 },
  { arbitrary: badQuery, weight: 12 },
  { arbitrary: importFile, weight: 12 },
  { arbitrary: admin, weight: 4 },
);

/** The body of a huge request, made when sent. */
function hugeBody(h: NonNullable<Fuzzed['huge']>): string {
  switch (h.shape) {
    case 'garbage':
      return 'x,'.repeat(h.bytes / 2);
    case 'samples':
      return JSON.stringify({ ...testRun({ id: `fz-huge-${h.bytes}` }), samples: [...testSamples(Math.floor(h.bytes / 60)), { at: -1, d: 1, e: [1, 2, 3] }] });
    case 'string':
      return JSON.stringify({ ...testRun({ id: `fz-huge-${h.bytes}` }), node: 'n'.repeat(h.bytes) });
    case 'nested':
      return `${'['.repeat(h.bytes / 2)}${']'.repeat(h.bytes / 2)}`;
  }
}

/** Problems of an answer's shape: every error is {error: {code, message, field?, details?}}. */
function shapeProblems(a: Answer): string[] {
  if (a.status < 400) return [];
  const e = a.body?.error;
  const out: string[] = [];
  if (!a.body || typeof a.body !== 'object' || Object.keys(a.body).join() !== 'error') out.push('the body is not {error}');
  else if (typeof e !== 'object' || e === null) out.push('error is not an object');
  else {
    if (typeof e.code !== 'string' || !/^[a-z][a-z-]*$/.test(e.code)) out.push(`code ${JSON.stringify(e.code)}`);
    if (typeof e.message !== 'string' || e.message.length === 0) out.push('no message');
    if ('field' in e && typeof e.field !== 'string') out.push('field is not a string');
    const extra = Object.keys(e).filter((k) => !['code', 'message', 'field', 'details'].includes(k));
    if (extra.length) out.push(`extra keys ${extra.join()}`);
  }
  if (!/^application\/json/.test(a.headers.get('content-type') ?? '')) out.push(`content-type ${a.headers.get('content-type')}`);
  return out;
}

const DUE = new Set([200, 201, 400, 401, 403, 404, 405, 409, 413, 415, 422]);

async function allRunIds(hub: TestHub): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const a = await hub.request('GET', `/api/runs?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: hub.admin });
    assert.equal(a.status, 200);
    for (const r of a.body.runs as { id: string }[]) ids.add(r.id);
    cursor = a.body.next;
  } while (cursor);
  return ids;
}

/**
 * The store fuzzed: SQLite; with CARBONTRAIL_FUZZ_STORE=postgres, a throwaway PostgreSQL cluster (scripts/pg-cluster.mjs),
 * which refuses more than SQLite does (NUL in text, over-long index keys, non-integer bigints).
 */
async function fuzzStore(): Promise<{ open?: () => Promise<Store>; stop: () => void; name: string }> {
  if (process.env.CARBONTRAIL_FUZZ_STORE !== 'postgres') return { stop: () => undefined, name: 'SQLite' };
  const { startPostgres } = await import(new URL('../../../../scripts/pg-cluster.mjs', import.meta.url).href);
  const pg = await startPostgres();
  return { open: () => openPostgresStore(pg.url), stop: () => pg.stop(), name: 'PostgreSQL' };
}

test(`${REQUESTS} generated requests (seed ${SEED}): none is 5xx, every error has the API's shape, the store holds exactly the acknowledged runs`, async () => {
  const where = await fuzzStore();
  const hub = await testHub(where.open).catch((err: unknown) => {
    where.stop();
    throw err;
  });
  try {
    for (const p of PROJECTS) await makeProject(hub, p, p.endsWith('private') ? 'private' : 'public');
    const tokens: Record<string, Ask> = {
      none: {}, admin: { token: hub.admin }, 'write-public': { token: (await makeToken(hub, 'fz-public', 'write')).token },
      'write-private': { token: (await makeToken(hub, 'fz-private', 'write')).token }, 'read-public': { token: (await makeToken(hub, 'fz-public', 'read')).token },
      garbage: { token: 'ct_not-a-token-at-all-but-long-enough' }, malformed: { authorization: 'Bearer a b c' },
    };
    const acknowledged = new Set<string>();
    const statuses = new Map<string, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 0, maxLength: 210 }), async (r, randomToken) => {
        const auth: Ask = r.who === 'random' ? { authorization: `Bearer ${randomToken}` } : tokens[r.who]!;
        const ask: Ask = { ...auth, ...(r.json !== undefined ? { json: r.json } : {}), ...(r.body !== undefined ? { body: r.body } : {}), ...(r.huge ? { body: hugeBody(r.huge) } : {}), ...(r.type !== undefined ? { type: r.type } : {}) };
        const a = await hub.request(r.method, r.path, ask);
        sent++;
        const label = `${r.kind} ${r.method} ${r.path.slice(0, 120)} as ${r.who}`;
        statuses.set(`${r.kind} ${a.status}`, (statuses.get(`${r.kind} ${a.status}`) ?? 0) + 1);
        assert.ok(a.status < 500, `${label}: ${a.status} ${a.text.slice(0, 300)}`);
        assert.ok(DUE.has(a.status) || (a.status === 204 && r.method === 'OPTIONS'), `${label}: status ${a.status}`);
        // (an answer to HEAD has no body)
        if (r.method !== 'HEAD') assert.deepEqual(shapeProblems(a), [], `${label}: ${a.status} ${a.text.slice(0, 300)}`);
        if (a.status === 201 && r.kind === 'upload') {
          const sentRuns = (Array.isArray((r.json as { runs?: unknown[] }).runs) ? (r.json as { runs: { id: string }[] }).runs : [r.json as { id: string }]).map((x) => x.id);
          assert.equal(a.body.accepted + a.body.duplicates, sentRuns.length, label);
          for (const id of a.body.ids as string[]) {
            assert.ok(sentRuns.includes(id), `${label}: acknowledged ${id}, which was not sent`);
            acknowledged.add(id);
          }
        }
        if (a.status === 201 && r.kind === 'import') {
          assert.equal(a.body.ids.length, a.body.imported, label);
          for (const id of a.body.ids as string[]) acknowledged.add(id);
        }
        if (a.status !== 201 && r.kind === 'huge') assert.ok(a.status >= 400, label);
      }),
      { seed: SEED, numRuns: REQUESTS, endOnFailure: true },
    );
    const stored = await allRunIds(hub);
    console.log(`# fuzz on ${where.name}: ${sent} requests, seed ${SEED}; ${acknowledged.size} runs acknowledged, ${stored.size} stored`);
    console.log(`# answers: ${[...statuses].sort().map(([k, v]) => `${k}×${v}`).join(', ')}`);
    assert.equal(sent, REQUESTS);
    assert.ok(acknowledged.size > 500, 'enough requests are valid to test what is stored');
    assert.deepEqual([...stored].filter((id) => !acknowledged.has(id)), [], 'stored without a 201');
    assert.deepEqual([...acknowledged].filter((id) => !stored.has(id)), [], 'acknowledged but not stored');
    // the roll-ups agree with the runs
    for (const by of ['month', 'country', 'source', 'hardware']) {
      const rows = (await hub.request('GET', `/api/stats?by=${by}`, { token: hub.admin })).body as { runs: number }[];
      assert.equal(rows.reduce((s, x) => s + x.runs, 0), stored.size, by);
    }
  } finally {
    await hub.close();
    where.stop();
  }
});
