// Runs every benchmark script of bench/ in turn and prints their figures.
// Usage: node bench/run-all.mjs [--quick] (--quick: the hub benchmarks at a fifth or a tenth of their scale).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = new URL('.', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
/** The arguments a script gets under --quick (the others run as they are). */
const QUICK_ARGS = {
  'hub-ingest.mjs': ['--quick'],
  'hub-stats.mjs': ['--quick'],
  'hub-survey.mjs': ['--quick'],
};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run-all.mjs').sort()) {
  console.log(`\n== bench/${f}`);
  const r = spawnSync(process.execPath, [`${dir}${f}`, ...(quick ? QUICK_ARGS[f] ?? [] : [])], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
