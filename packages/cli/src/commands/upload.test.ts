// The tracker uploads, as real processes against a real hub (`carbontrail serve` on a throwaway SQLite store): a run
// lands in the hub with its samples; an outage leaves it in the outbox until `carbontrail upload` or the next run; a
// 4xx is reported and kept aside; a hub answering 500, or not answering at all, keeps it in the outbox; the exit code
// is always the command's, and the token is written nowhere.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = `${root}packages/cli/bin/carbontrail.mjs`;
const built = existsSync(`${root}packages/cli/dist/carbontrail.mjs`) && existsSync(`${root}packages/web/dist/index.html`);
const skip = built ? false : 'the CLI bundle or the web app is not built; run `npm run build`';
if (skip && process.env.CI === 'true') throw new Error(`upload tests cannot run in CI: ${skip}`);
if (skip) console.log(`# skipping upload tests: ${skip}`);

const ADMIN = 'ct_admin-token-for-upload-tests-0123456789';

/** The environment of a carbontrail process: no NVML, no job ids, no hub from the caller's own environment. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['SLURM_JOB_ID', 'TORCHELASTIC_RUN_ID', 'CUDA_VISIBLE_DEVICES', 'CARBONTRAIL_NVML_LIB', 'CARBONTRAIL_HUB_URL', 'CARBONTRAIL_TOKEN', 'CARBONTRAIL_ADMIN_TOKEN', 'DATABASE_URL']) delete env[k];
  return { ...env, CARBONTRAIL_NVML_LIB: '', ...extra };
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs carbontrail without blocking this process (the test's own stand-in hubs must keep answering meanwhile). */
function ct(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  const started = Date.now();
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((ok) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      ok({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    }),
  );
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ct-upload-'));
}

const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Hub {
  url: string;
  /** Calls the API as `token` (JSON in and out). */
  api(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** Starts the real hub on a free port and a store of its own; resolves once it prints its URL. */
async function startHub(): Promise<Hub> {
  const dir = tmp();
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'hub.db')], {
    cwd: dir,
    env: cleanEnv({ CARBONTRAIL_ADMIN_TOKEN: ADMIN }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited early (${code}): ${stderr}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    async api(method, path, token, body) {
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(new URL(path, url), { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      return { status: res.status, body: await res.json() };
    },
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** A project and its write and read tokens. */
async function project(hub: Hub, name: string): Promise<{ write: string; read: string }> {
  const p = await hub.api('POST', 'api/projects', ADMIN, { name, visibility: 'private' });
  assert.equal(p.status, 201, JSON.stringify(p.body));
  const w = await hub.api('POST', `api/projects/${name}/tokens`, ADMIN, { name: 'gpu-node', scope: 'write' });
  const r = await hub.api('POST', `api/projects/${name}/tokens`, ADMIN, { name: 'reader', scope: 'read' });
  assert.equal(w.status, 201);
  assert.equal(r.status, 201);
  return { write: w.body.token, read: r.body.token };
}

/** A port on which nothing listens (a hub that is down). */
async function closedPort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/** A stand-in for a broken external service: an HTTP server of this test that answers every request with `status`. */
async function answering(status: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server: Server = createHttpServer((req, res) => {
    n++;
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'the store is down' } }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    requests: () => n,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A hub that accepts connections and never answers. */
async function silent(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createNetServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.resume();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

const outboxOf = (cwd: string) => join(cwd, '.carbontrail', 'outbox');
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const runIdsOf = (cwd: string) => jsonFiles(join(cwd, '.carbontrail', 'runs')).map((f) => f.slice(0, -5));
/** The run id the tracker printed in its summary. */
const runIdOf = (r: Result) => /\[carbontrail\] run ([0-9a-f-]{36}) /.exec(r.stderr)?.[1] ?? assert.fail(`no run id in: ${r.stderr}`);

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Samples of the journal of a run, as the tracker wrote them. */
function journalSampleCount(cwd: string, id: string): number {
  return readFileSync(join(cwd, '.carbontrail', 'runs', `${id}.jsonl`), 'utf8').split('\n').filter((l) => l.startsWith('{"t":"s"')).length;
}

test('run --hub --token: the exit code is the command\'s, its output untouched, and the run is in the hub with its samples', { skip }, async () => {
  const hub = await startHub();
  try {
    const { write } = await project(hub, 'demo');
    const cwd = tmp();
    const r = await ct(['run', '-q', '--interval', '0.2', '--hub', hub.url, '--token', write, '--', 'sh', '-c', 'echo out; sleep 0.7; exit 3'], cwd);
    assert.equal(r.code, 3, r.stderr);
    assert.equal(r.stdout, 'out\n');
    assert.match(r.stderr, /\[carbontrail\] uploaded to http:\/\/127\.0\.0\.1:\d+\/ \(project demo\)/);
    const id = runIdOf(r);
    const got = await hub.api('GET', `api/runs/${id}`, write);
    assert.equal(got.status, 200, JSON.stringify(got.body));
    assert.equal(got.body.run.project, 'demo');
    assert.equal(got.body.record.exitCode, 3);
    assert.ok(got.body.samples.length >= 2, `samples: ${got.body.samples.length}`);
    assert.equal(got.body.samples.length, journalSampleCount(cwd, id));
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [], 'nothing waits in the outbox');

    // from the environment; a flag wins over it
    const e = await ct(['run', '-q', '--', 'true'], cwd, { CARBONTRAIL_HUB_URL: hub.url, CARBONTRAIL_TOKEN: write });
    assert.equal(e.code, 0, e.stderr);
    assert.equal((await hub.api('GET', `api/runs/${runIdOf(e)}`, write)).status, 200);
    const f = await ct(['run', '-q', '--token', write, '--', 'true'], cwd, { CARBONTRAIL_HUB_URL: hub.url, CARBONTRAIL_TOKEN: 'ct_not-a-token-of-this-hub' });
    assert.equal(f.code, 0, f.stderr);
    assert.equal((await hub.api('GET', `api/runs/${runIdOf(f)}`, write)).status, 200, f.stderr);
    for (const out of [r, e, f]) assert.ok(!out.stdout.includes(write) && !out.stderr.includes(write), 'the token is printed nowhere');
  } finally {
    await hub.stop();
  }
});

test('an outage: the run waits in the outbox, `carbontrail upload` sends it, the next upload has nothing to send, and a later run flushes the outbox', { skip }, async () => {
  const hub = await startHub();
  try {
    const { write } = await project(hub, 'outage');
    const cwd = tmp();
    const down = `http://127.0.0.1:${await closedPort()}/`;
    const r = await ct(['run', '-q', '--interval', '0.2', '--hub', down, '--token', write, '--', 'sh', '-c', 'echo still here; sleep 0.5; exit 5'], cwd);
    assert.equal(r.code, 5, r.stderr);
    assert.equal(r.stdout, 'still here\n');
    assert.ok(r.seconds < 30, `not stuck: ${r.seconds} s`);
    const id = runIdOf(r);
    assert.match(r.stderr, /not uploaded: the hub cannot be reached \(ECONNREFUSED\); the run waits in .*outbox/);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [`${id}.json`]);
    const queued = JSON.parse(readFileSync(join(outboxOf(cwd), `${id}.json`), 'utf8'));
    assert.equal(queued.id, id);
    assert.equal(queued.samples.length, journalSampleCount(cwd, id));

    // the hub is up again
    const up = await ct(['upload', '--hub', hub.url, '--token', write], cwd);
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stdout, new RegExp(`^sent\\s+${id}\\s+sent to project outage$`, 'm'));
    assert.match(up.stdout, /^1 sent \(hub /m);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), []);
    const got = await hub.api('GET', `api/runs/${id}`, write);
    assert.equal(got.status, 200);
    assert.equal(got.body.record.exitCode, 5);
    assert.equal(got.body.samples.length, queued.samples.length);

    const again = await ct(['upload', '--hub', hub.url, '--token', write], cwd);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^nothing to send: the outbox .* is empty$/m);

    // another outage, then a run with the hub up sends the waiting run too
    const r2 = await ct(['run', '-q', '--hub', down, '--token', write, '--', 'true'], cwd);
    assert.equal(r2.code, 0);
    const waiting = runIdOf(r2);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [`${waiting}.json`]);
    const r3 = await ct(['run', '-q', '--hub', hub.url, '--token', write, '--', 'sleep', '0.3'], cwd);
    assert.equal(r3.code, 0, r3.stderr);
    assert.match(r3.stderr, /sent 1 earlier run\(s\) from the outbox/);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), []);
    for (const x of [waiting, runIdOf(r3)]) assert.equal((await hub.api('GET', `api/runs/${x}`, write)).status, 200);

    // --all sends every run of the folder; all are there already
    const all = await ct(['upload', '--all', '--hub', hub.url, '--token', write], cwd);
    assert.equal(all.code, 0, all.stderr);
    assert.equal(all.stdout.match(/^duplicate /gm)?.length, runIdsOf(cwd).length);
  } finally {
    await hub.stop();
  }
});

test('a 4xx is reported with the hub\'s message, kept aside with the reason, not retried by the next run, and sent again by name', { skip }, async () => {
  const hub = await startHub();
  try {
    const { write, read } = await project(hub, 'lab');
    const cwd = tmp();
    const r = await ct(['run', '-q', '--hub', hub.url, '--token', read, '--', 'sh', '-c', 'exit 7'], cwd);
    assert.equal(r.code, 7, r.stderr);
    const id = runIdOf(r);
    assert.match(r.stderr, /not uploaded: the hub answered 403 forbidden: a read token may not write; kept aside in .*outbox\/rejected\/.*\.json, not retried/);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), []);
    const kept = JSON.parse(readFileSync(join(outboxOf(cwd), 'rejected', `${id}.json`), 'utf8'));
    assert.deepEqual([kept.rejected.status, kept.rejected.code, kept.rejected.message], [403, 'forbidden', 'a read token may not write']);
    assert.equal(kept.run.id, id);

    const missing = await ct(['run', '-q', '--project', 'no-such-project', '--hub', hub.url, '--token', write, '--', 'true'], cwd);
    assert.equal(missing.code, 0);
    const missingId = runIdOf(missing);
    assert.match(missing.stderr, /the hub answered 404 not-found: no project "no-such-project"/);

    // the next run (and `upload`) leaves them aside: the hub never sees them
    const next = await ct(['run', '-q', '--hub', hub.url, '--token', write, '--', 'true'], cwd);
    assert.equal(next.code, 0, next.stderr);
    assert.doesNotMatch(next.stderr, /earlier run/);
    const plain = await ct(['upload', '--hub', hub.url, '--token', write], cwd);
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /nothing to send[^]*2 run\(s\) the hub refused are kept aside/);
    for (const x of [id, missingId]) assert.equal((await hub.api('GET', `api/runs/${x}`, ADMIN)).status, 404);
    assert.deepEqual(jsonFiles(join(outboxOf(cwd), 'rejected')), [`${id}.json`, `${missingId}.json`].sort());

    // named, it is tried again: refused again with the same token (exit 1), sent with the right project
    const refused = await ct(['upload', missingId.slice(0, 8), '--hub', hub.url, '--token', write], cwd);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^refused\s+\S+\s+the hub answered 404/m);
    assert.match(refused.stderr, /1 of 1 run\(s\) could not be sent: 1 refused/);
    const fixed = await ct(['upload', id, missingId, '--project', 'lab', '--hub', hub.url, '--token', write], cwd);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(fixed.stdout.match(/^sent /gm)?.length, 2);
    assert.deepEqual(jsonFiles(join(outboxOf(cwd), 'rejected')), []);
    assert.equal((await hub.api('GET', `api/runs/${id}`, write)).status, 200);
  } finally {
    await hub.stop();
  }
});

test('a hub answering 500, or not answering at all, keeps the run in the outbox; the exit code stays the command\'s', { skip }, async () => {
  const broken = await answering(500);
  const mute = await silent();
  try {
    const cwd = tmp();
    const token = 'ct_a-token-for-a-broken-hub';
    const r = await ct(['run', '-q', '--hub', broken.url, '--token', token, '--', 'sh', '-c', 'exit 9'], cwd);
    assert.equal(r.code, 9, r.stderr);
    assert.match(r.stderr, /not uploaded: the hub answered 500 internal: the store is down; the run waits in/);
    const first = runIdOf(r);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [`${first}.json`]);

    const up = await ct(['upload', '--hub', broken.url, '--token', token], cwd);
    assert.equal(up.code, 1);
    assert.match(up.stdout, new RegExp(`^not sent\\s+${first}\\s+the hub answered 500`, 'm'));
    assert.match(up.stderr, /1 of 1 run\(s\) could not be sent: 1 wait in/);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [`${first}.json`]);

    // a hub that never answers: the run ends anyway (a few seconds of waiting at most), and both runs wait
    const q = await ct(['run', '-q', '--hub', mute.url, '--token', token, '--', 'sh', '-c', 'echo done; exit 4'], cwd);
    assert.equal(q.code, 4, q.stderr);
    assert.equal(q.stdout, 'done\n');
    assert.ok(q.seconds < 30, `not stuck: ${q.seconds} s`);
    assert.match(q.stderr, /did not answer within/);
    assert.deepEqual(jsonFiles(outboxOf(cwd)), [first, runIdOf(q)].map((i) => `${i}.json`).sort());
    assert.ok(broken.requests() >= 2);
  } finally {
    await broken.close();
    await mute.close();
  }
});

test('the token is written to no file of the output folder, and an unreadable outbox file is kept aside', { skip }, async () => {
  const hub = await startHub();
  try {
    const { write, read } = await project(hub, 'secret');
    const cwd = tmp();
    const down = `http://127.0.0.1:${await closedPort()}/`;
    await ct(['run', '-q', '--hub', down, '--token', write, '--', 'true'], cwd);
    await ct(['run', '-q', '--hub', hub.url, '--token', read, '--', 'true'], cwd);
    await ct(['run', '-q', '--', 'true'], cwd, { CARBONTRAIL_HUB_URL: hub.url, CARBONTRAIL_TOKEN: write });
    mkdirSync(outboxOf(cwd), { recursive: true });
    writeFileSync(join(outboxOf(cwd), 'not-a-run.json'), '{"half": ');
    const up = await ct(['upload', '--all', '--hub', hub.url, '--token', write], cwd);
    assert.equal(up.code, 1, up.stdout + up.stderr);
    assert.match(up.stdout, /^refused\s+not-a-run\s+.*not-a-run\.json is not valid JSON/m);
    assert.ok(existsSync(join(outboxOf(cwd), 'rejected', 'not-a-run.json')));
    const files = filesUnder(join(cwd, '.carbontrail'));
    assert.ok(files.some((f) => f.includes(`${join('outbox', 'rejected')}`)) && files.some((f) => f.endsWith('.jsonl')));
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const secret of [write, read]) assert.ok(!text.includes(secret), `the token is in ${f}`);
    }
  } finally {
    await hub.stop();
  }
});

test('usage errors exit 2 before anything runs, and never quote the token', { skip }, async () => {
  const cwd = tmp();
  const marker = join(cwd, 'ran');
  const secret = 'ct_secret-token-that-must-not-be-printed';
  const cases: [string[], RegExp, Record<string, string>?][] = [
    [['upload'], /no hub to upload to: give --hub URL or set CARBONTRAIL_HUB_URL/],
    [['upload', '--token', secret], /--token needs a hub/],
    [['upload', '--hub', 'http://127.0.0.1:9'], /needs a write token/],
    [['upload', '--hub', 'ftp://example.org', '--token', secret], /expected an http:\/\/ or https:\/\/ URL/],
    [['upload', '--hub', `http://user:${secret}@example.org`, '--token', secret], /carries no user name or password/],
    [['upload', '--hub', 'http://127.0.0.1:9', '--token', `${secret} x`], /invalid --token: a token is 8 to 200 visible characters/],
    [['upload', '--hub', 'http://127.0.0.1:9', '--token', secret.repeat(20)], /invalid --token/],
    [['upload', 'abc', '--all', '--hub', 'http://127.0.0.1:9', '--token', secret], /give run ids or --all, not both/],
    [['upload', 'no-such-run', '--hub', 'http://127.0.0.1:9', '--token', secret], /no run "no-such-run"/],
    [['run', '--hub', 'http://127.0.0.1:9', '--', 'touch', marker], /needs a write token/],
    [['run', '--token', secret, '--', 'touch', marker], /--token needs a hub/],
    [['run', '--', 'touch', marker], /invalid CARBONTRAIL_TOKEN/, { CARBONTRAIL_HUB_URL: 'http://127.0.0.1:9', CARBONTRAIL_TOKEN: 'short' }],
  ];
  for (const [args, message, env] of cases) {
    const r = await ct(args, cwd, env);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.ok(!r.stderr.includes(secret) && !r.stdout.includes(secret), `${args.join(' ')} printed the token: ${r.stderr}`);
  }
  assert.ok(!existsSync(marker), 'the command never ran');
  // a token in the environment alone, with no hub, is no hub: the run just runs
  const alone = await ct(['run', '-q', '--', 'true'], cwd, { CARBONTRAIL_TOKEN: secret });
  assert.equal(alone.code, 0, alone.stderr);
  assert.doesNotMatch(alone.stderr, /uploaded|outbox/);
});
