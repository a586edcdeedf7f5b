import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** A store of its own for each server these tests start (never the repository's .carbontrail/hub.db). */
const db = () => ['--db', join(mkdtempSync(join(tmpdir(), 'ct-serve-')), 'hub.db')];
const bin = `${root}packages/cli/bin/carbontrail.mjs`;
const built = existsSync(`${root}packages/cli/dist/carbontrail.mjs`) && existsSync(`${root}packages/web/dist/index.html`);
const skip = built ? false : 'the CLI bundle or the web app is not built; run `npm run build`';
if (skip && process.env.CI === 'true') throw new Error(`serve tests cannot run in CI: ${skip}`);
if (skip) console.log(`# skipping serve tests: ${skip}`);

test('serve prints its URL, serves the app and stops on SIGTERM', { skip }, async () => {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', ...db()], {
    cwd: root,
    env: { ...process.env, PORT: '1', HOST: 'example.invalid' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/localhost:\d+\/)/.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited early (${code}): ${stderr}`)));
  });
  const port = new URL(url).port;
  const page = await fetch(`http://127.0.0.1:${port}/?hardware=Tesla%20V100&hours=100`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="app"/);
  const learn = await fetch(`http://127.0.0.1:${port}/learn`);
  assert.equal(learn.status, 200);
  const exit = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
  assert.match(stderr, /SIGTERM received/);
});

test('serve uses PORT from the environment and rejects bad ports with exit code 2', { skip }, () => {
  const bad = spawnSync(process.execPath, [bin, 'serve', '--port', 'eighty'], { cwd: root, encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /invalid --port "eighty": expected a whole number from 0 to 65535/);
  const badEnv = spawnSync(process.execPath, [bin, 'serve'], { cwd: root, encoding: 'utf8', env: { ...process.env, PORT: '99999' } });
  assert.equal(badEnv.status, 2);
  assert.match(badEnv.stderr, /invalid PORT "99999"/);
  const unknown = spawnSync(process.execPath, [bin, 'serve', '--colour'], { cwd: root, encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--colour/);
});

test('serve reports a port already in use', { skip }, async () => {
  const { createServer } = await import('node:net');
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const address = blocker.address();
  assert.ok(address && typeof address === 'object');
  try {
    const r = spawnSync(process.execPath, [bin, 'serve', '--host', '127.0.0.1', ...db()], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(address.port) },
      timeout: 10_000,
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /already in use/);
  } finally {
    blocker.close();
  }
});

test('serve stops within a few seconds on SIGTERM while clients hold half-sent and silent connections', { skip }, async () => {
  const { connect } = await import('node:net');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', ...db()], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/localhost:\d+\/)/.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited early (${code})`)));
  });
  const port = Number(new URL(url).port);
  const silent = connect(port, '127.0.0.1');
  const partial = connect(port, '127.0.0.1', () => partial.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '));
  for (const s of [silent, partial]) s.on('error', () => undefined);
  await new Promise((r) => setTimeout(r, 300));
  const started = process.hrtime.bigint();
  const exit = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await exit;
  clearTimeout(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  silent.destroy();
  partial.destroy();
  assert.equal(code, 0, 'stopped by itself, not by the SIGKILL after 15 s');
  console.log(`# serve stopped ${seconds.toFixed(2)} s after SIGTERM with two stalled connections`);
});
