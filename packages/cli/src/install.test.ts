// The dependency boundary: the CLI packed on its own installs into an empty folder with no hub, no hono and no
// database driver, and estimates and measures from there; `serve` says it needs the hub.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' }, timeout: 300_000 });
}

test('the packed CLI installs alone, without the hub or database drivers, and runs from any folder', () => {
  assert.ok(existsSync(join(root, 'packages/cli/dist/carbontrail.mjs')), 'the CLI is built (npm run build)');
  const packDir = mkdtempSync(join(tmpdir(), 'ct-pack-'));
  const pack = sh(npm, ['pack', '--workspace', 'packages/cli', '--pack-destination', packDir, '--silent'], root);
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, `no tarball in ${packDir}: ${pack.stdout}`);

  const app = mkdtempSync(join(tmpdir(), 'ct-install-'));
  writeFileSync(join(app, 'package.json'), '{"name":"somewhere-else","private":true}\n');
  const install = sh(npm, ['install', '--omit=dev', '--no-package-lock', join(packDir, tarball)], app);
  assert.equal(install.status, 0, install.stderr);
  const modules = new Set(readdirSync(join(app, 'node_modules')));
  const scoped = existsSync(join(app, 'node_modules/@carbontrail')) ? readdirSync(join(app, 'node_modules/@carbontrail')) : [];
  for (const forbidden of ['hono', 'better-sqlite3', 'pg', 'kysely', 'zod']) assert.ok(!modules.has(forbidden), `${forbidden} was installed with the CLI`);
  assert.ok(!existsSync(join(app, 'node_modules/@hono')), '@hono was installed with the CLI');
  assert.deepEqual(scoped.sort(), ['cli'], 'only the CLI package itself');

  const bin = join(app, 'node_modules/.bin/carbontrail');
  const est = spawnSync(bin, ['estimate', '-g', 'v100', '--hours', '100', '--intensity', '500', '--pue', '1', '--format', 'json'], { cwd: app, encoding: 'utf8' });
  assert.equal(est.status, 0, est.stderr);
  assert.equal(JSON.parse(est.stdout).emissionsKg, 15);
  const run = spawnSync(bin, ['run', '-q', '--country', 'FR', '--', 'sh', '-c', 'exit 3'], { cwd: app, encoding: 'utf8', env: { ...process.env, CARBONTRAIL_NVML_LIB: '' } });
  assert.equal(run.status, 3, run.stderr);
  assert.ok(readdirSync(join(app, '.carbontrail/runs')).some((f) => f.endsWith('.json')), 'the run was recorded');
  const serve = spawnSync(bin, ['serve', '--port', '0'], { cwd: app, encoding: 'utf8', timeout: 20_000 });
  assert.equal(serve.status, 1, serve.stderr);
  assert.match(serve.stderr, /needs the hub package/);
});
