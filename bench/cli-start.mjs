// Benchmark: median wall time of `carbontrail estimate …` against a bare `node -e 0`, measured in the same run.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 25);
const cli = `${root}packages/cli/bin/carbontrail.mjs`;
const cases = {
  'node -e 0 (reference)': [process.execPath, ['-e', '0']],
  'carbontrail --help': [process.execPath, [cli, '--help']],
  'carbontrail estimate (text)': [process.execPath, [cli, 'estimate', '--hardware', 'Tesla V100', '--hours', '100', '--provider', 'gcp', '--region', 'us-central1']],
  'carbontrail estimate (json)': [process.execPath, [cli, 'estimate', '--hardware', 'A100 SXM4 80 GB:8', '--hours', '100', '--country', 'FR', '--format', 'json']],
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const results = {};
for (let i = 0; i < runs; i++) {
  // interleave the cases so that machine noise hits them alike
  for (const [name, [cmd, args]] of Object.entries(cases)) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const dt = performance.now() - t0;
    if (r.status !== 0) {
      console.error(`${name} failed (exit ${r.status}): ${r.stderr}`);
      process.exit(1);
    }
    (results[name] ??= []).push(dt);
  }
}
const ref = median(results['node -e 0 (reference)']);
console.log(`cli-start: median of ${runs} runs each (same run, interleaved)`);
for (const [name, xs] of Object.entries(results)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(30)} ${m.toFixed(1).padStart(7)} ms   ${(m / ref).toFixed(2)}× node -e 0`);
}
const est = median(results['carbontrail estimate (text)']);
console.log(`ratio estimate / bare node: ${(est / ref).toFixed(2)} (aim: under 2.5)`);
