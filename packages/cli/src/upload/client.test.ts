// The hub client against stand-in HTTP servers (external services it may meet: proxies, redirects, busy hubs): which
// answers mean "try again later" and which mean "refused", and that it never waits past its time limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { displayUrl, postRuns, type UploadRun } from './client.ts';

const run = { schemaVersion: 1, id: 'r-1' } as unknown as UploadRun;

/** Serves `handler` on a free port for the length of `body`. */
async function withServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void, body: (url: string) => Promise<void>): Promise<void> {
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => handler(req, res, text));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    await body(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}

const reply = (status: number, body: string, headers: Record<string, string> = {}) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
};

test('a 201 of the hub is sent; the request carries the token as a bearer and the batch as JSON', async () => {
  let seen: { auth?: string; type?: string; path?: string; body?: string } = {};
  await withServer(
    (req, res, body) => {
      seen = { auth: req.headers.authorization, type: req.headers['content-type'], path: req.url, body };
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ project: 'p', accepted: 1, duplicates: 0, ids: ['r-1'], duplicateIds: [] }));
    },
    async (url) => {
      const out = await postRuns({ url: `${url}sub/`, token: 'ct_secret123' }, { project: 'p', runs: [run] }, { timeoutMs: 5000 });
      assert.deepEqual(out, { kind: 'sent', project: 'p', accepted: ['r-1'], duplicates: [] });
    },
  );
  assert.equal(seen.auth, 'Bearer ct_secret123');
  assert.equal(seen.type, 'application/json');
  assert.equal(seen.path, '/sub/api/runs');
  assert.deepEqual(JSON.parse(seen.body!), { project: 'p', runs: [run] });
});

test('4xx answers are refused with the hub\'s code and message, or the text of another server', async () => {
  await withServer(reply(422, JSON.stringify({ error: { code: 'inconsistent-run', message: 'emissions do not match', field: 'runs.0' } })), async (url) => {
    assert.deepEqual(await postRuns({ url, token: 'ct_x1234567' }, { runs: [run] }, { timeoutMs: 5000 }), {
      kind: 'rejected', status: 422, code: 'inconsistent-run', message: 'emissions do not match', field: 'runs.0',
    });
  });
  await withServer(reply(413, '<html>Request Entity Too Large</html>', { 'content-type': 'text/html' }), async (url) => {
    const out = await postRuns({ url, token: 'ct_x1234567' }, { runs: [run] }, { timeoutMs: 5000 });
    assert.deepEqual(out, { kind: 'rejected', status: 413, code: 'http-413', message: '<html>Request Entity Too Large</html>' });
  });
});

test('busy, redirecting, or foreign answers are failures to try again later, never refusals', async () => {
  for (const [status, body, headers, reason] of [
    [429, '{"error":{"code":"slow-down","message":"too many requests"}}', {}, /^the hub answered 429 slow-down: too many requests$/],
    [503, 'down for maintenance', { 'content-type': 'text/plain' }, /^the hub answered 503/],
    [308, '', { location: 'https://hub.example.org/api/runs' }, /^the hub answered 308, a redirect to https:\/\/hub\.example\.org\/api\/runs; give that address/],
    [200, '<!doctype html><title>app</title>', { 'content-type': 'text/html' }, /is not a carbontrail hub's/],
  ] as const) {
    await withServer(reply(status, body, headers), async (url) => {
      const out = await postRuns({ url, token: 'ct_x1234567' }, { runs: [run] }, { timeoutMs: 5000 });
      assert.equal(out.kind, 'failed', `${status}: ${JSON.stringify(out)}`);
      assert.match(out.kind === 'failed' ? out.reason : '', reason);
    });
  }
});

test('a hub that never answers is given up after the time limit, and an aborted signal stops at once', async () => {
  await withServer(() => undefined, async (url) => {
    const started = Date.now();
    const out = await postRuns({ url, token: 'ct_x1234567' }, { runs: [run] }, { timeoutMs: 300 });
    assert.deepEqual(out, { kind: 'failed', reason: 'the hub did not answer within 0.3 s' });
    assert.ok(Date.now() - started < 10_000, 'not stuck');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 100);
    assert.deepEqual(await postRuns({ url, token: 'ct_x1234567' }, { runs: [run] }, { timeoutMs: 60_000, signal: stop.signal }), {
      kind: 'failed', reason: 'the time for uploading ran out',
    });
  });
});

test('the hub URL is shown without credentials, query or fragment', () => {
  assert.equal(displayUrl('https://u:p@hub.example.org:8443/x/?t=secret#f'), 'https://hub.example.org:8443/x/');
  assert.equal(displayUrl('not a url'), '(the hub)');
});
