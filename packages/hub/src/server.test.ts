import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { createServer, isHubError } from './index.ts';

/** A store file of its own for each server of these tests. */
const db = () => join(mkdtempSync(join(tmpdir(), 'ct-hub-db-')), 'hub.db');

function appDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ct-hub-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'assets', 'app-abc.js'), 'console.log("hello");'.repeat(50));
  writeFileSync(join(dir, 'assets', 'app-abc.js.gz'), gzipSync('console.log("hello");'.repeat(50)));
  writeFileSync(join(dir, 'assets', 'style.css'), 'body{color:red}'.repeat(40));
  return dir;
}

test('serves the app, its assets compressed, and falls back to index.html for client routes', async () => {
  const server = await createServer({ port: 0, host: '127.0.0.1', staticDir: appDir(), sqlitePath: db() });
  try {
    const base = `http://127.0.0.1:${server.port}`;
    assert.match(server.url, /^http:\/\/localhost:\d+\/$/);
    const index = await fetch(`${base}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await index.text(), /<title>app<\/title>/);

    const route = await fetch(`${base}/learn?x=1`);
    assert.equal(route.status, 200);
    assert.match(await route.text(), /<title>app<\/title>/);

    const js = await fetch(`${base}/assets/app-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-encoding'), 'gzip');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.match(await js.text(), /hello/);

    // No precompressed sibling: compressed on the fly.
    const { request } = await import('node:http');
    const raw = await new Promise<{ enc: string | undefined; body: Buffer }>((ok, fail) => {
      request(`${base}/assets/style.css`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => ok({ enc: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      })
        .on('error', fail)
        .end();
    });
    assert.equal(raw.enc, 'gzip');
    assert.match(gunzipSync(raw.body).toString(), /color:red/);

    const missing = await fetch(`${base}/assets/nope.js`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not-found');

    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    assert.equal(escape.status, 404);
    assert.doesNotMatch(await escape.text(), /root:/);

    const api = await fetch(`${base}/api/nothing`);
    assert.equal(api.status, 404);
    const body = (await api.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'not-found');
    assert.match(body.error.message, /\/api\/nothing/);

    const health = await fetch(`${base}/api/health`);
    assert.deepEqual(await health.json(), { ok: true, store: 'sqlite' });
  } finally {
    await server.close();
  }
});

test('refuses a port in use, a bad port and a missing build with a clear error', async () => {
  const first = await createServer({ port: 0, host: '127.0.0.1', sqlitePath: db() });
  try {
    await assert.rejects(createServer({ port: first.port, host: '127.0.0.1', sqlitePath: db() }), (err: unknown) => {
      assert.ok(isHubError(err));
      assert.match(err.message, new RegExp(`port ${first.port} .*already in use`));
      return true;
    });
  } finally {
    await first.close();
  }
  await assert.rejects(createServer({ port: 70000 }), /invalid server options: port/);
  await assert.rejects(createServer({ port: 0, staticDir: join(tmpdir(), 'ct-no-such-dir'), sqlitePath: db() }), /no built web app/);
});

test("a fresh store opens with the survey's 95 models as a public project; a store with projects is left as it is", async () => {
  const path = db();
  const first = await createServer({ port: 0, host: '127.0.0.1', sqlitePath: path });
  try {
    assert.deepEqual(first.seeded, { project: 'Counting Carbon survey', runs: 95 });
    const base = `http://127.0.0.1:${first.port}`;
    const table = (await (await fetch(`${base}/api/survey/by-source`)).json()) as { scope: { projects: number }; total: { runs: number }; rows: { key: string; runs: number }[] };
    assert.deepEqual([table.scope.projects, table.total.runs], [1, 95]);
    assert.deepEqual(table.rows.map((r) => [r.key, r.runs]), [['coal', 38], ['gas', 23], ['hydro', 19], ['oil', 12], ['nuclear', 3]]);
  } finally {
    await first.close();
  }
  const again = await createServer({ port: 0, host: '127.0.0.1', sqlitePath: path });
  try {
    assert.equal(again.seeded, undefined, 'not seeded twice');
  } finally {
    await again.close();
  }
  const off = await createServer({ port: 0, host: '127.0.0.1', sqlitePath: db(), seedSurvey: false });
  try {
    assert.equal(off.seeded, undefined);
    const projects = (await (await fetch(`http://127.0.0.1:${off.port}/api/projects`)).json()) as { projects: unknown[] };
    assert.deepEqual(projects.projects, []);
  } finally {
    await off.close();
  }
});
