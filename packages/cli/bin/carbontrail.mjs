#!/usr/bin/env node
// Entry point of the `carbontrail` command: runs the bundle built by `npm run build`.
import { existsSync } from 'node:fs';
const bundle = new URL('../dist/carbontrail.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('carbontrail: the CLI is not built yet; run `npm run build` in the repository root.\n');
  process.exit(70);
}
const { runCli } = await import(bundle.href);
await runCli();
