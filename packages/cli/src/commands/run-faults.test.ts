// The tracker never abandons its command nor replaces its exit code: full disks, unwritable folders, signals,
// parallel runs, and journals that are damaged, foreign or stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/carbontrail.mjs', import.meta.url).pathname;
const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, CARBONTRAIL_NVML_LIB: '' };
  delete e.SLURM_JOB_ID;
  delete e.CUDA_VISIBLE_DEVICES;
  return e;
};
const ct = (args: string[], cwd: string, timeout = 30_000) => spawnSync(process.execPath, [bin, ...args], { cwd, env: env(), encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
const tmp = () => mkdtempSync(join(tmpdir(), 'ct-fault-'));

const isRoot = process.getuid?.() === 0;
function tinyDisk(kb: number): { dir: string; unmount: () => void } | { skip: string } {
  if (!isRoot) return { skip: 'mounting a tiny tmpfs needs root' };
  const dir = tmp();
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (m.status !== 0) {
    const why = `cannot mount a tmpfs: ${m.stderr || m.error?.message}`;
    if (process.env.CI === 'true') throw new Error(why);
    return { skip: why };
  }
  return { dir, unmount: () => spawnSync('umount', ['-l', dir]) };
}
const diskSkip = isRoot ? false : 'a full disk is simulated with a tiny tmpfs, which needs root';
if (diskSkip) console.log(`# skipping full-disk tests: ${diskSkip}`);

test('a disk that fills mid-run: the command runs to its end, its exit code stays, the journal is written once space returns', { skip: diskSkip }, () => {
  const disk = tinyDisk(128);
  if ('skip' in disk) return;
  try {
    const out = join(disk.dir, 'out');
    const fill = join(disk.dir, 'fill');
    const script = `sleep 0.4; dd if=/dev/zero of=${fill} bs=1k count=400 2>/dev/null; sleep 3; rm -f ${fill}; sleep 0.5; echo child-done; exit 3`;
    const r = ct(['run', '-q', '--interval', '0.1', '--out', out, '--', 'sh', '-c', script], tmp());
    assert.equal(r.status, 3, r.stderr);
    assert.equal(r.stdout, 'child-done\n');
    assert.equal(r.stderr.match(/cannot write the journal .*ENOSPC \(no space left on device\)/g)?.length, 1, r.stderr);
    assert.match(r.stderr, /the journal .* is written again/);
    const runs = readdirSync(join(out, 'runs'));
    const id = runs.find((f) => f.endsWith('.json'))!.replace(/\.json$/, '');
    const record = JSON.parse(readFileSync(join(out, 'runs', `${id}.json`), 'utf8'));
    assert.equal(record.exitCode, 3);
    const samples = readFileSync(join(out, 'runs', `${id}.jsonl`), 'utf8').trim().split('\n').filter((l) => l.includes('"t":"s"'));
    assert.equal(samples.length, record.sampleCount, 'every sample reached the journal once the disk had room');
  } finally {
    disk.unmount();
  }
});

test('a disk full from start to end: the command runs, its exit code stays, the record is printed as JSON on stderr', { skip: diskSkip }, () => {
  const disk = tinyDisk(64);
  if ('skip' in disk) return;
  try {
    spawnSync('dd', ['if=/dev/zero', `of=${join(disk.dir, 'fill')}`, 'bs=1k', 'count=200'], { stdio: 'ignore' });
    const r = ct(['run', '-q', '--interval', '0.1', '--out', join(disk.dir, 'out'), '--', 'sh', '-c', 'sleep 0.3; exit 4'], tmp());
    assert.equal(r.status, 4, r.stderr);
    assert.doesNotMatch(r.stderr, /internal error|at .*\.mjs/);
    const json = r.stderr.split('\n').find((l) => l.startsWith('{"schemaVersion"'));
    assert.ok(json, `no record JSON on stderr: ${r.stderr}`);
    assert.equal(JSON.parse(json).exitCode, 4);
  } finally {
    disk.unmount();
  }
});

test('an output folder that cannot be used never stops the command nor changes its exit code', () => {
  const cwd = tmp();
  writeFileSync(join(cwd, 'a-file'), 'x');
  const cases: [string, string[]][] = [
    ['--out is a file', ['--out', join(cwd, 'a-file')]],
    ['a path component too long', ['--out', join(cwd, 'x'.repeat(300))]],
  ];
  for (const [what, flags] of cases) {
    const r = ct(['run', '-q', ...flags, '--', 'sh', '-c', 'echo ran; exit 3'], cwd);
    assert.equal(r.status, 3, `${what}: ${r.stderr}`);
    assert.equal(r.stdout, 'ran\n', what);
    assert.match(r.stderr, /cannot write the journal/, what);
    assert.ok(r.stderr.split('\n').some((l) => l.startsWith('{"schemaVersion"')), `${what}: record JSON on stderr`);
    assert.doesNotMatch(r.stderr, /internal error/, what);
  }
  // emissions.csv is a folder: the record is written, the CSV row is printed instead
  const out = join(cwd, 'out');
  mkdirSync(join(out, 'emissions.csv'), { recursive: true });
  const r = ct(['run', '-q', '--out', out, '--', 'sh', '-c', 'exit 3'], cwd);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /cannot add the run to .*emissions\.csv: EISDIR/);
  assert.match(r.stderr, /its emissions\.csv row follows as JSON:\n\{"timestamp"/);
  assert.equal(readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.json')).length, 1);
});

test('signals: USR1, USR2 and QUIT are passed on to the command, and USR1 opens no debugger', async () => {
  const cwd = tmp();
  // the command marks a file once its traps are set: the tracker, which set its own handlers as it spawned the
  // command, is ready then too (a fixed delay is too short on a loaded machine)
  const script = `trap 'exit 41' USR1; trap 'exit 42' USR2; : > ready; sleep 5 & wait; exit 0`;
  for (const [signal, code] of [['SIGUSR1', 41], ['SIGUSR2', 42], ['SIGQUIT', 131]] as const) {
    rmSync(join(cwd, 'ready'), { force: true });
    const child = spawn(process.execPath, [bin, 'run', '-q', '--', 'sh', '-c', signal === 'SIGQUIT' ? ': > ready; sleep 5' : script], { cwd, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitForFile(join(cwd, 'ready'));
    child.kill(signal);
    const exit = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    assert.equal(exit, code, `${signal}: ${stderr}`);
    assert.doesNotMatch(stderr, /Debugger listening/);
  }
  const runs = JSON.parse(ct(['runs', '--format', 'json'], cwd).stdout);
  assert.deepEqual(runs.map((r: { status: string }) => r.status), ['finished', 'finished', 'finished']);
});

test('ten runs started at once into one new folder give ten records and ten rows in one emissions.csv', async () => {
  for (let trial = 0; trial < 3; trial++) {
    const cwd = tmp();
    const out = join(cwd, 'shared-out');
    await Promise.all(
      Array.from({ length: 10 }, () => new Promise((r) => spawn(process.execPath, [bin, 'run', '-q', '--out', out, '--', 'true'], { cwd, env: env(), stdio: 'ignore' }).on('exit', r))),
    );
    const csv = readFileSync(join(out, 'emissions.csv'), 'utf8').trim().split('\n');
    assert.equal(csv.length, 11, `trial ${trial}: header and ten rows`);
    assert.equal(csv.filter((l) => l.startsWith('timestamp,')).length, 1);
    assert.ok(!readdirSync(out).some((f) => f.includes('.bak')), `trial ${trial}: nothing moved aside`);
    assert.equal(readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.json')).length, 10);
  }
});

test('one bad journal never hides the others: each is named with why; nothing hangs; a recycled PID is not "running"', () => {
  const cwd = tmp();
  assert.equal(ct(['run', '-q', '--', 'true'], cwd).status, 0);
  const runs = join(cwd, '.carbontrail/runs');
  const start = (over: Record<string, unknown>) => JSON.stringify({
    t: 'start', v: 1, id: 'x', startedAt: '2024-05-01T00:00:00.000Z', at: Date.parse('2024-05-01T00:00:00Z'), command: ['train'], cwd,
    host: { hostname: 'elsewhere', os: 'Linux', platform: 'linux', arch: 'x64', runtime: 'node' }, node: 'n', jobId: null, project: null,
    intervalS: 1, trackerPid: 999999, location: {}, gpus: [],
    cpu: { model: 'cpu', sockets: 1, logicalCores: 2, sensor: 'tdp-cpu-share', method: 'estimate', tdpW: 10, tdpSource: 'x' },
    ram: { totalGb: 1, sensor: 'rss-model', method: 'estimate', wPerGb: 0.3725, source: 'x' }, notes: [], ...over,
  });
  const sample = (e: number[]) => JSON.stringify({ t: 's', at: Date.parse('2024-05-01T00:00:01Z'), d: 1, e });
  writeFileSync(join(runs, 'unknown-provider.jsonl'), `${start({ location: { provider: 'nope', region: 'x' } })}\n${sample([0, 1, 0])}\n`);
  writeFileSync(join(runs, 'clock-1970.jsonl'), `${start({ at: 1000, startedAt: '1970-01-01T00:00:01.000Z' })}\n${JSON.stringify({ t: 's', at: 2000, d: 1, e: [0, 1, 0] })}\n`);
  writeFileSync(join(runs, 'absurd.jsonl'), `${start({})}\n${sample([0, 1e308, 0])}\n${sample([0, -5, 0])}\n${sample([0, 1, 0])}\n`);
  writeFileSync(join(runs, 'recycled-pid.jsonl'), `${start({ host: { hostname: (readFileSync('/proc/sys/kernel/hostname', 'utf8')).trim(), os: 'Linux', platform: 'linux', arch: 'x64', runtime: 'node' }, trackerPid: 1 })}\n${sample([0, 1, 0])}\n`);
  mkdirSync(join(runs, 'a-folder.jsonl'));
  spawnSync('mkfifo', [join(runs, 'a-fifo.jsonl')]);
  const r = ct(['runs', '--format', 'json'], cwd, 15_000);
  assert.equal(r.status, 0, r.stderr);
  const listed = JSON.parse(r.stdout) as { id: string; status: string; energy: { cpuKwh: number } }[];
  assert.equal(listed.length, 4, `the good run, the 1970 run, the absurd one without its bad lines, the recycled PID: ${r.stderr}`);
  assert.match(r.stderr, /unknown-provider\.jsonl cannot be priced \(unknown provider "nope"/);
  assert.match(r.stderr, /absurd\.jsonl: 2 line\(s\) left out \(line 2: e\.1: .*line 3: e\.1: /);
  assert.match(r.stderr, /a-folder\.jsonl is a folder, not a run file; skipped/);
  assert.match(r.stderr, /a-fifo\.jsonl is a FIFO, not a run file; skipped/);
  assert.ok(listed.every((x) => Number.isFinite(x.energy.cpuKwh) && x.energy.cpuKwh >= 0));
  assert.equal(listed.find((x) => x.id === 'x' && x.status === 'running'), undefined, 'PID 1 did not start this run: not running');
  const show = ct(['show', 'a-fifo'], cwd, 15_000);
  assert.equal(show.status, 1);
  assert.match(show.stderr, /a-fifo\.jsonl is a FIFO/);
  assert.ok(existsSync(join(runs, 'a-fifo.jsonl')), 'nothing was removed');
});

async function waitForFile(path: string): Promise<void> {
  for (let i = 0; i < 600 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(existsSync(path), `${path} never appeared`);
}
