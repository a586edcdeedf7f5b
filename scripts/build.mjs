// Builds what the runtime needs: the CLI bundle (with the tracker library), the hub bundle, and the web app.
// The CLI never contains the hub: `serve` imports @carbontrail/hub at run time, so the tracker installs without it.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const banner = { js: "import { createRequire as __ctRequire } from 'node:module'; const require = __ctRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: 'linked', legalComments: 'none', logLevel: 'warning', banner };

rmSync(`${root}packages/cli/dist`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { carbontrail: `${root}packages/cli/src/main.ts`, tracker: `${root}packages/cli/src/tracker/index.ts` },
  outdir: `${root}packages/cli/dist`,
  outExtension: { '.js': '.mjs' },
  // sub-commands are separate chunks, so `carbontrail --help` does not load the data tables
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'bundle',
  external: ['koffi', '@carbontrail/hub'],
});

// The hub: its own dependencies (hono, database drivers) stay external and are installed with it; core is bundled.
const hubPkg = JSON.parse(readFileSync(`${root}packages/hub/package.json`, 'utf8'));
rmSync(`${root}packages/hub/dist`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { hub: `${root}packages/hub/src/index.ts` },
  outdir: `${root}packages/hub/dist`,
  outExtension: { '.js': '.mjs' },
  external: Object.keys(hubPkg.dependencies ?? {}).filter((d) => !d.startsWith('@carbontrail/')),
});

if (existsSync(`${root}packages/web/vite.config.ts`)) {
  const r = spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: `${root}packages/web`,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
