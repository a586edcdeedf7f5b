// The authorisation matrix, exhaustively: every route of the app × every kind of caller × a public and a private project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODECARBON_CSV_HEADER } from '@carbontrail/core';
import { expectStatus, makeProject, makeToken, testHub, testRun, type Answer, type Ask, type TestHub } from './hub.test-helper.ts';

const PRINCIPALS = ['none', 'malformed', 'revoked', 'read', 'write', 'other-read', 'other-write', 'admin'] as const;
type Who = (typeof PRINCIPALS)[number];
type Visibility = 'public' | 'private';

/**
 * What a route needs: nothing (open), to read the project, to write to it, the admin token; or it lists what the caller
 * may read (listing), or names a thing it finds only among what the caller may read (find: 404 for the others), or
 * sums over the public projects whoever asks (public: a private project never shows, not even to its own tokens).
 */
type Need = 'open' | 'read' | 'write' | 'admin' | 'listing' | 'find' | 'public';

interface Context {
  hub: TestHub;
  vis: Visibility;
  /** The project the case is about, and the country of the run seeded in it (for the listings). */
  project: string;
  seedCountry: string;
  n: number;
}

interface Route {
  /** Method and path as the app's route table has them. */
  route: string;
  variant?: string;
  need: Need;
  /** The request, without its token. */
  request(ctx: Context): Promise<{ method: string; path: string; ask?: Ask }>;
  /** Whether the answer shows the case's project (listings only). */
  shows?(a: Answer, ctx: Context): boolean;
}

const get = (path: string) => async () => ({ method: 'GET', path });

const ROUTES: Route[] = [
  { route: 'GET /api/health', need: 'open', request: get('/api/health') },
  { route: 'GET /metrics', need: 'open', request: get('/metrics') },
  { route: 'POST /api/projects', need: 'admin', request: async (c) => ({ method: 'POST', path: '/api/projects', ask: { json: { name: `made-${c.n}`, visibility: c.vis } } }) },
  { route: 'GET /api/projects', need: 'listing', request: get('/api/projects'), shows: (a, c) => a.body.projects.some((p: { name: string }) => p.name === c.project) },
  { route: 'POST /api/projects/:project/tokens', need: 'admin', request: async (c) => ({ method: 'POST', path: `/api/projects/${c.project}/tokens`, ask: { json: { name: `t${c.n}`, scope: 'read' } } }) },
  { route: 'GET /api/projects/:project/tokens', need: 'admin', request: async (c) => ({ method: 'GET', path: `/api/projects/${c.project}/tokens` }) },
  {
    route: 'DELETE /api/tokens/:id', need: 'admin',
    request: async (c) => ({ method: 'DELETE', path: `/api/tokens/${(await makeToken(c.hub, c.project, 'read', `victim ${c.n}`)).id}` }),
  },
  {
    route: 'POST /api/runs', variant: 'project in the batch', need: 'write',
    request: async (c) => ({ method: 'POST', path: '/api/runs', ask: { json: { project: c.project, runs: [testRun({ id: `m-${c.n}` })] } } }),
  },
  {
    route: 'POST /api/runs', variant: 'one record, ?project=', need: 'write',
    request: async (c) => ({ method: 'POST', path: `/api/runs?project=${c.project}`, ask: { json: testRun({ id: `m-${c.n}` }) } }),
  },
  { route: 'GET /api/runs', variant: '?project=', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/runs?project=${c.project}` }) },
  {
    route: 'GET /api/runs', variant: 'all', need: 'listing', request: get('/api/runs?limit=1000'),
    shows: (a, c) => a.body.runs.some((r: { id: string }) => r.id === `seed-${c.vis}`),
  },
  { route: 'GET /api/runs/:id', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/runs/seed-${c.vis}` }) },
  { route: 'GET /api/jobs/:job', variant: '?project=', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/jobs/job-${c.vis}?project=${c.project}` }) },
  { route: 'GET /api/jobs/:job', variant: 'any project', need: 'find', request: async (c) => ({ method: 'GET', path: `/api/jobs/job-${c.vis}` }) },
  {
    route: 'POST /api/projects/:project/import', need: 'write',
    request: async (c) => ({
      method: 'POST', path: `/api/projects/${c.project}/import?format=codecarbon`,
      ask: { type: 'text/csv', body: `timestamp,run_id,duration,emissions,energy_consumed\n2025-01-01T00:00:00,cc-${c.n},60,0.01,0.1\n` },
    }),
  },
  { route: 'GET /api/projects/:project/export', variant: 'csv', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/projects/${c.project}/export?format=csv` }) },
  { route: 'GET /api/projects/:project/export', variant: 'json', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/projects/${c.project}/export?format=json` }) },
  { route: 'GET /api/stats', variant: '?project=', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/stats?project=${c.project}&by=month` }) },
  {
    route: 'GET /api/stats', variant: 'all', need: 'listing', request: get('/api/stats?by=country'),
    shows: (a, c) => a.body.some((r: { key: string }) => r.key === c.seedCountry),
  },
  ...['by-source', 'by-country', 'by-task-year', 'pareto', 'energy-emissions', 'totals'].flatMap((view): Route[] => [
    { route: `GET /api/survey/${view}`, variant: '?project=', need: 'read', request: async (c) => ({ method: 'GET', path: `/api/survey/${view}?project=${c.project}` }) },
    {
      route: `GET /api/survey/${view}`, variant: 'public projects', need: 'public', request: get(`/api/survey/${view}`),
      ...(view === 'by-country' ? { shows: (a: Answer, c: Context) => a.body.rows.some((r: { key: string }) => r.key === c.seedCountry) } : {}),
    },
  ]),
];

/** Whether the caller may read the case's project: anyone a public one; a private one its own tokens and the admin. */
const mayRead = (who: Who, vis: Visibility) => vis === 'public' || who === 'read' || who === 'write' || who === 'admin';

/** The status due to a caller on a route. */
function due(r: Route, who: Who, vis: Visibility): number {
  if (r.need === 'open') return 200;
  if (who === 'malformed' || who === 'revoked') return 401;
  const ok = r.route.startsWith('POST') ? 201 : 200;
  switch (r.need) {
    case 'admin':
      return who === 'admin' ? ok : who === 'none' ? 401 : 403;
    case 'write':
      return who === 'admin' || who === 'write' ? ok : who === 'none' ? 401 : 403;
    case 'read':
      return mayRead(who, vis) ? 200 : who === 'none' ? 401 : 403;
    case 'listing':
    case 'public':
      return 200;
    case 'find':
      return mayRead(who, vis) ? 200 : 404;
  }
}

const CODES: Record<number, string> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' };

test('every route answers every caller as due, for a public and a private project', async () => {
  const hub = await testHub();
  try {
    // the matrix covers every route of the app
    const table = new Set(hub.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    assert.deepEqual([...new Set(ROUTES.map((r) => r.route))].sort(), [...table].sort());

    const seedCountry = { public: 'SE', private: 'NO' } as const;
    await makeProject(hub, 'other', 'private');
    const otherRead = await makeToken(hub, 'other', 'read');
    const otherWrite = await makeToken(hub, 'other', 'write');
    expectStatus(await hub.request('POST', '/api/runs', { token: otherWrite.token, json: testRun({ id: 'seed-other', country: 'FI', jobId: 'job-other' }) }), 201);
    const tokens = {} as Record<Visibility, Record<Who, Ask>>;
    for (const vis of ['public', 'private'] as const) {
      const project = `target-${vis}`;
      await makeProject(hub, project, vis);
      const read = await makeToken(hub, project, 'read');
      const write = await makeToken(hub, project, 'write');
      const revoked = await makeToken(hub, project, 'write', 'revoked');
      expectStatus(await hub.request('DELETE', `/api/tokens/${revoked.id}`, { token: hub.admin }), 200);
      expectStatus(await hub.request('POST', '/api/runs', { token: write.token, json: testRun({ id: `seed-${vis}`, country: seedCountry[vis], jobId: `job-${vis}` }) }), 201);
      tokens[vis] = {
        none: {}, malformed: { authorization: 'Bearer' }, revoked: { token: revoked.token }, read: { token: read.token }, write: { token: write.token },
        'other-read': { token: otherRead.token }, 'other-write': { token: otherWrite.token }, admin: { token: hub.admin },
      };
    }

    const failures: string[] = [];
    let cases = 0;
    let n = 0;
    for (const vis of ['public', 'private'] as const) {
      for (const r of ROUTES) {
        for (const who of PRINCIPALS) {
          cases++;
          const ctx: Context = { hub, vis, project: `target-${vis}`, seedCountry: seedCountry[vis], n: ++n };
          const { method, path, ask } = await r.request(ctx);
          const a = await hub.request(method, path, { ...ask, ...tokens[vis][who] });
          const name = `${r.route}${r.variant ? ` (${r.variant})` : ''} as ${who} on a ${vis} project`;
          const status = due(r, who, vis);
          if (a.status !== status) {
            failures.push(`${name}: ${a.status}, due ${status}: ${a.text.slice(0, 200)}`);
            continue;
          }
          if (CODES[status] && a.body?.error?.code !== CODES[status]) failures.push(`${name}: error code ${a.body?.error?.code}, due ${CODES[status]}`);
          const shown = r.need === 'public' ? vis === 'public' : mayRead(who, vis);
          if (r.shows && status === 200 && r.shows(a, ctx) !== shown) {
            failures.push(`${name}: the project ${shown ? 'is missing from' : 'shows in'} the listing`);
          }
          // a listing shows the private project "other" to its own tokens and the admin only
          const mayReadOther = who === 'other-read' || who === 'other-write' || who === 'admin';
          if (r.route === 'GET /api/runs' && r.variant === 'all' && status === 200 && a.body.runs.some((x: { id: string }) => x.id === 'seed-other') !== mayReadOther) {
            failures.push(`${name}: the run of the private project "other" is ${mayReadOther ? 'missing' : 'shown'}`);
          }
        }
      }
    }
    console.log(`# authorisation matrix: ${cases} cases (${ROUTES.length} route variants of ${new Set(ROUTES.map((r) => r.route)).size} routes × ${PRINCIPALS.length} callers × 2 visibilities)`);
    assert.deepEqual(failures, []);
    // and the file written by the CSV export is CodeCarbon's, whoever may read it
    const csv = expectStatus(await hub.request('GET', '/api/projects/target-public/export?format=csv'), 200);
    assert.equal(csv.text.split('\n')[0], CODECARBON_CSV_HEADER);
  } finally {
    await hub.close();
  }
});
