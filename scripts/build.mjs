// Builds what the runtime needs: the CLI bundle (with the tracker and hub server) and the web app.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

rmSync(`${root}packages/cli/dist`, { recursive: true, force: true });
await build({
  entryPoints: { carbontrail: `${root}packages/cli/src/main.ts` },
  outdir: `${root}packages/cli/dist`,
  outExtension: { '.js': '.mjs' },
  // sub-commands are separate chunks, so `carbontrail --help` does not load the data tables
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  external: ['koffi'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __ctRequire } from 'node:module'; const require = __ctRequire(import.meta.url);" },
});

if (existsSync(`${root}packages/web/vite.config.ts`)) {
  const r = spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: `${root}packages/web`,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
