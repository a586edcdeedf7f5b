// What the tracker costs while it tracks `sleep`: total CPU, added wall time (start, stop), steady CPU, peak memory,
// measured in the same run as a bare `sleep` and an idle Node process. Usage: node bench/tracker-overhead.mjs [--seconds 30]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, interval: { type: 'string', default: '1' } } });
const seconds = Number(values.seconds);
if (!(seconds >= 5)) throw new Error(`--seconds must be 5 or more, got "${values.seconds}"`);
const bin = new URL('../packages/cli/bin/carbontrail.mjs', import.meta.url).pathname;

/** CPU seconds of every thread of a live process (schedstat, ns resolution). */
function cpuSeconds(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {}
  }
  return ns / 1e9;
}
function hwmKb(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/**
 * Runs argv (whose command prints "start" then sleeps `seconds`), wrapped in `sh -c '…; cat /proc/$$/stat'` so that
 * the shell reports its reaped children's total CPU (cutime + cstime). Returns wall, start and stop latencies,
 * total CPU, steady CPU per second (from t = max(5 s, seconds / 2) to t = seconds − 2 s) and peak RSS of the measured process.
 */
function measure(argv, { cwd }) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const sh = spawn('sh', ['-c', '"$@"; echo; cat /proc/$$/stat', 'sh', ...argv], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let tStart;
    let pid;
    let hwm = 0;
    let steadyA;
    let steadyB;
    sh.stdout.on('data', (d) => {
      out += d;
      if (tStart === undefined && out.includes('start')) tStart = performance.now();
    });
    const findPid = setInterval(() => {
      try {
        if (!pid) pid = Number(readFileSync(`/proc/${sh.pid}/task/${sh.pid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
        if (pid) hwm = Math.max(hwm, hwmKb(pid));
      } catch {}
    }, 200);
    // Steady state: the second half of the run, after V8's memory reducer has run its one-off collections (≈ 8–9 s in).
    const a = setTimeout(() => pid && (steadyA = [performance.now(), cpuSeconds(pid)]), Math.max(5, seconds / 2) * 1000);
    const b = setTimeout(() => pid && (steadyB = [performance.now(), cpuSeconds(pid)]), (seconds - 2) * 1000);
    sh.on('error', reject);
    sh.on('exit', () => {
      const t1 = performance.now();
      clearInterval(findPid);
      clearTimeout(a);
      clearTimeout(b);
      const stat = out.trim().split('\n').pop();
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[13]) + Number(f[14])) / 100;
      resolve({
        wallS: (t1 - t0) / 1000,
        startS: ((tStart ?? t1) - t0) / 1000,
        stopS: (t1 - (tStart ?? t1)) / 1000 - seconds,
        cpuS: cpu,
        steadyPercent: steadyA && steadyB ? (100 * (steadyB[1] - steadyA[1])) / ((steadyB[0] - steadyA[0]) / 1000) : NaN,
        peakMiB: hwm / 1024,
      });
    });
  });
}

const cwd = mkdtempSync(join(tmpdir(), 'ct-bench-'));
const sleeper = ['sh', '-c', `echo start; exec sleep ${seconds}`];
console.log(`tracking \`sleep ${seconds}\` at a ${values.interval} s interval (each measured once, one after the other)…`);
const bare = await measure(sleeper, { cwd });
const idle = await measure([process.execPath, '-e', `console.log('start'); setTimeout(() => {}, ${seconds * 1000})`], { cwd });
const tracked = await measure([process.execPath, bin, 'run', '-q', '--interval', values.interval, '--', ...sleeper], { cwd });

const f = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const addedStart = tracked.startS - bare.startS;
const addedStop = tracked.stopS - bare.stopS;
const rows = [
  ['total CPU, s', f(tracked.cpuS, 2), f(idle.cpuS, 2), f(bare.cpuS, 2), '1.9', '≤ 0.19'],
  ['added wall time, s', f(tracked.wallS - bare.wallS), f(idle.wallS - bare.wallS), '0', '1.66', '< 0.15'],
  ['  at start, s', f(addedStart), f(idle.startS - bare.startS), '0', '1.5', ''],
  ['  at stop, s', f(addedStop), f(idle.stopS - bare.stopS), '0', '', ''],
  ['steady CPU, % of a core', f(tracked.steadyPercent), f(idle.steadyPercent), '', '0.45', '≤ 0.1'],
  ['peak memory (VmHWM), MiB', f(tracked.peakMiB, 1), f(idle.peakMiB, 1), '', '≈ 85', '< 60'],
];
const head = ['', 'carbontrail run', 'idle node', 'bare sleep', 'CodeCarbon (issue 4)', 'aim'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(`\nCPU counts the measured process and its children (sleep's share is in the bare column). CodeCarbon's figures are the ones
quoted in issue 4 (\`codecarbon monitor --measure-power-secs 1 -- sleep 30\` on this kind of machine), not re-measured here.`);
