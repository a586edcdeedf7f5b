// Package lines are dependency lines: the run path loads no zod, the CLI bundles no hub, core's model loads no zod.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function inputsOf(entry: string, external: string[] = []): Promise<string[]> {
  const r = await build({
    entryPoints: [`${root}${entry}`], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'error',
    external: ['koffi', ...external],
  });
  return Object.keys(r.metafile.inputs);
}

test('`carbontrail run` and the tracker library load no zod: schemas are imported as types only', async () => {
  for (const entry of ['packages/cli/src/commands/run.ts', 'packages/cli/src/tracker/tracker.ts']) {
    const inputs = await inputsOf(entry, ['@carbontrail/hub']);
    assert.ok(!inputs.some((i) => i.includes('node_modules/zod')), `${entry} pulls zod in`);
    assert.ok(inputs.some((i) => i.includes('packages/core/src/model/pricing.ts')), `${entry} prices with core`);
  }
  // the uploader is on the run path (so the check above covers it), and talks to the hub by HTTP only
  const run = await inputsOf('packages/cli/src/commands/run.ts');
  assert.ok(run.some((i) => i.includes('packages/cli/src/upload/client.ts')), 'run uploads');
  assert.ok(!run.some((i) => i.includes('packages/hub/') || i.includes('node_modules/hono')), 'the uploader imports no hub code');
});

test("core's model loads no zod; its wire schemas are the separate entry @carbontrail/core/schemas", async () => {
  assert.ok(!(await inputsOf('packages/core/src/index.ts')).some((i) => i.includes('node_modules/zod')));
  assert.ok((await inputsOf('packages/core/src/schemas/index.ts')).some((i) => i.includes('node_modules/zod')));
});

test('the CLI never bundles the hub: only `serve` imports it, at run time', async () => {
  const inputs = await inputsOf('packages/cli/src/main.ts', ['@carbontrail/hub']);
  assert.ok(!inputs.some((i) => i.includes('packages/hub/') || i.includes('node_modules/hono')), 'hub code in the CLI');
  // the check can fail: bundled without the external mark, serve's import pulls the hub (and hono) in
  assert.ok((await inputsOf('packages/cli/src/main.ts')).some((i) => i.includes('packages/hub/')));
});
