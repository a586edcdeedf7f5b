// `carbontrail run` as a real process: exit codes, signals, CPU estimate, fake NVML, kill -9, the CSV, bad flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFakeNvml } from '../tracker/fixtures/fake-nvml.ts';

const bin = new URL('../../bin/carbontrail.mjs', import.meta.url).pathname;
const dist = new URL('../../dist/carbontrail.mjs', import.meta.url).pathname;
if (!existsSync(dist)) throw new Error('the CLI is not built: run `npm run build` first');

/** The env for the tracker: no real NVML, no inherited job ids. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['SLURM_JOB_ID', 'TORCHELASTIC_RUN_ID', 'CUDA_VISIBLE_DEVICES', 'CARBONTRAIL_NVML_LIB']) if (!(k in extra)) delete env[k];
  return env;
}

function ct(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd, env: cleanEnv(options.env), encoding: 'utf8' });
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ct-run-'));
}

function runs(cwd: string): any[] {
  const r = ct(['runs', '--format', 'json'], { cwd });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('exit codes pass through, and a command killed by SIGTERM gives 143; stdout passes through untouched', () => {
  const cwd = tmp();
  const a = ct(['run', '-q', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3'], { cwd });
  assert.equal(a.status, 3);
  assert.equal(a.stdout, 'out\n');
  assert.match(a.stderr, /^err\n/);
  const b = ct(['run', '-q', '--', 'sh', '-c', 'kill -TERM $$'], { cwd });
  assert.equal(b.status, 143);
  const list = runs(cwd);
  assert.deepEqual(list.map((r) => [r.status, r.exitCode, r.signal]), [['finished', 143, 'SIGTERM'], ['finished', 3, null]]);
});

test('SIGINT sent to the tracker is forwarded to the command, and the run is recorded', async () => {
  const cwd = tmp();
  const child = spawn(process.execPath, [bin, 'run', '--interval', '0.2', '--', 'sh', '-c', ': > ready; exec sleep 20'], { cwd, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  // the command is running (and the tracker's handlers are set) once it has marked the file; then a little of its run
  for (let i = 0; i < 600 && !existsSync(join(cwd, 'ready')); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 600));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  assert.equal(code, 130, err);
  const [rec] = runs(cwd);
  assert.equal(rec.status, 'finished');
  assert.equal(rec.signal, 'SIGINT');
  assert.ok(rec.durationS > 0.5 && rec.durationS < 10, `duration ${rec.durationS}`);
});

test('a CPU-busy command gets more CPU energy than a sleeping one (TDP × CPU share, real /proc)', () => {
  const cwd = tmp();
  // the busy child burns a fixed amount of CPU time (0.5 s by its own clock), however loaded the machine is
  const burn = 'const s = process.cpuUsage(); for (;;) { const u = process.cpuUsage(s); if (u.user + u.system >= 500000) break; }';
  const busy = ct(['run', '-q', '--interval', '0.2', '--cpu-tdp', '100', '--', process.execPath, '-e', burn], { cwd });
  assert.equal(busy.status, 0, busy.stderr);
  const idle = ct(['run', '-q', '--interval', '0.2', '--cpu-tdp', '100', '--', 'sleep', '1.2'], { cwd });
  assert.equal(idle.status, 0, idle.stderr);
  const [sleeping, working] = runs(cwd);
  assert.equal(working.hardware.cpu.sensor, 'tdp-cpu-share');
  assert.equal(working.energy.methods.cpu, 'estimate');
  assert.ok(working.hardware.cpu.cpuSeconds >= 0.5, `busy CPU seconds ${working.hardware.cpu.cpuSeconds}`);
  assert.ok(working.energy.cpuKwh > 10 * sleeping.energy.cpuKwh + 1e-9, `busy ${working.energy.cpuKwh} vs sleeping ${sleeping.energy.cpuKwh}`);
  // 100 W × CPU seconds / logical CPUs, in kWh.
  const expected = (100 * working.hardware.cpu.cpuSeconds) / working.hardware.cpu.logicalCores / 3.6e6;
  assert.ok(Math.abs(working.energy.cpuKwh - expected) < 1e-12, `${working.energy.cpuKwh} vs ${expected}`);
  assert.ok(working.emissionsLowKg < working.emissionsKg && working.emissionsKg < working.emissionsHighKg);
});

test('kill -9 of the tracker leaves an interrupted run with the energy of its last flush', async () => {
  const cwd = tmp();
  const child = spawn(process.execPath, [bin, 'run', '-q', '--interval', '0.2', '--cpu-tdp', '100', '--', process.execPath, '-e', 'const t=Date.now(); while (Date.now()-t < 2500) {}'], { cwd, env: cleanEnv(), stdio: 'ignore' });
  // kill it once the journal holds two flushed samples (a fixed delay is too short on a loaded machine)
  const journalDir = join(cwd, '.carbontrail/runs');
  const flushed = () => existsSync(journalDir) && readdirSync(journalDir).some((f) => f.endsWith('.jsonl') && (readFileSync(join(journalDir, f), 'utf8').match(/"t":"s"/g) ?? []).length >= 2);
  for (let i = 0; i < 600 && !flushed(); i++) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  const [rec] = runs(cwd);
  assert.equal(rec.status, 'interrupted');
  assert.equal(rec.exitCode, null);
  assert.ok(rec.energy.cpuKwh > 0, 'energy measured until the last flush');
  assert.ok(rec.sampleCount >= 2);
  assert.ok(rec.endedAt);
  const text = ct(['runs'], { cwd });
  assert.match(text.stdout, /interrupted/);
  const show = ct(['show', rec.id.slice(0, 6)], { cwd });
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /interrupted/);
  // the command went on without its tracker: the watchdog says so in the journal, and when the command ended
  const journal = join(cwd, '.carbontrail/runs', `${rec.id}.jsonl`);
  for (let i = 0; i < 100 && !/"t":"gone"/.test(readFileSync(journal, 'utf8')); i++) await new Promise((r) => setTimeout(r, 100));
  const [after] = runs(cwd);
  assert.ok(after.notes.some((n: string) => /the tracker was killed at .*went on unmeasured for \d+ s more/.test(n)), after.notes.join('\n'));
});

// CodeCarbon 3.x header: fields of EmissionsData (mlco2/codecarbon codecarbon/output_methods/emissions_data.py), as
// found in emissions.csv files written by codecarbon 3.3.0.
const CODECARBON_HEADER =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,on_cloud,pue,wue';

test("emissions.csv has CodeCarbon's header and one row per run, in kWh, kg and seconds", () => {
  const cwd = tmp();
  ct(['run', '-q', '--project', 'demo', '--job-id', 'job-7', '--intensity', '100', '--pue', '1.2', '--', 'true'], { cwd });
  ct(['run', '-q', '--', 'true'], { cwd });
  const lines = readFileSync(join(cwd, '.carbontrail/emissions.csv'), 'utf8').trimEnd().split('\n');
  assert.equal(lines[0], CODECARBON_HEADER);
  assert.equal(lines.length, 3);
  const cols = CODECARBON_HEADER.split(',');
  const row = Object.fromEntries(lines[1]!.split(',').map((v, i) => [cols[i], v]));
  const [, first] = runs(cwd);
  assert.equal(row.project_name, 'demo');
  assert.equal(row.experiment_id, 'job-7');
  assert.equal(row.run_id, first.id);
  assert.equal(Number(row.emissions), first.emissionsKg);
  assert.equal(Number(row.energy_consumed), first.energy.totalKwh);
  assert.equal(row.pue, '1.2');
  assert.equal(first.intensity.rule, 'explicit');
  assert.equal(first.jobId, 'job-7');
});

test('bad flags exit 2 with a message naming the value', () => {
  const cwd = tmp();
  const cases: [string[], RegExp][] = [
    [['run', '--interval', 'fast', '--', 'true'], /--interval.*"fast"/],
    [['run', '--interval', '60', '--', 'true'], /invalid --interval "60": expected a number from 0\.1 to 5/],
    [['run', '--gpu-method', 'magic', '--', 'true'], /invalid --gpu-method "magic": expected one of auto, counter, power/],
    [['run', '--pue', '0.5', '--', 'true'], /--pue.*"0\.5"/],
    [['run', '--bogus', '--', 'true'], /bogus/],
    [['run', '--country', 'Atlantis', '--', 'true'], /Atlantis/],
    [['run', '-q'], /no command/],
    [['runs', '--format', 'xml'], /--format.*"xml"/],
    [['show', 'nope'], /no run "nope"/],
  ];
  for (const [args, re] of cases) {
    const r = ct(args, { cwd });
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
  }
  assert.equal(runs(cwd).length, 0, 'nothing was run');
});

test('a command that does not exist exits 127 and records nothing', () => {
  const cwd = tmp();
  const r = ct(['run', '-q', '--', 'carbontrail-no-such-command-xyz'], { cwd });
  assert.equal(r.status, 127);
  assert.match(r.stderr, /command not found/);
  assert.equal(runs(cwd).length, 0);
});

test('fake NVML through koffi: the energy counter integrates exactly, per device, with CUDA_VISIBLE_DEVICES', (t) => {
  const lib = buildFakeNvml();
  if ('skip' in lib) return t.skip(lib.skip);
  const cwd = tmp();
  const env = { CARBONTRAIL_NVML_LIB: lib.path, FAKE_NVML_STEP_MJ: '2500', FAKE_NVML_POWER_MW: '150000' };
  const r = ct(['run', '-q', '--interval', '0.1', '--', 'sleep', '0.6'], { cwd, env });
  assert.equal(r.status, 0, r.stderr);
  const [rec] = runs(cwd);
  assert.equal(rec.hardware.gpus.length, 2);
  assert.equal(rec.energy.methods.gpu, 'counter');
  // The counter is read when the sensors open and at the end (checkpoints are 10 s apart, the run is shorter); each read
  // adds 2500 mJ, so each device's energy is exactly one step, 2.5 J, whatever the power readings in between said.
  for (const g of rec.hardware.gpus) {
    assert.equal(g.method, 'counter');
    assert.ok(Math.abs(g.energyKwh * 3.6e6 - 2.5) < 1e-9, `${g.energyKwh * 3.6e6} J vs 2.5 J`);
    // utilisation is read every 5 s whatever the interval: once in this 0.6 s run of 0.1 s samples (the fake counts reads)
    assert.equal(g.avgUtilizationPercent, 40 + g.index, 'utilisation read once, not every few samples');
    assert.ok(g.processes.length >= 1);
  }
  assert.ok(Math.abs(rec.energy.gpuKwh * 3.6e6 - 5) < 1e-9);
  const journal = readFileSync(join(cwd, '.carbontrail/runs', `${rec.id}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const samples = journal.filter((l) => l.t === 's');
  assert.ok(samples.length >= 3);
  // between checkpoints: the power reading (150 W) × the interval, and no counter value
  for (const sm of samples.slice(0, -1)) {
    assert.equal(sm.g[0][3], null);
    assert.ok(Math.abs(sm.g[0][0] - 150 * sm.d) < 1e-9);
  }
  // the last sample carries the counter and the correction that makes the total the counter's delta
  assert.equal(samples.at(-1).g[0][3], 5000000000 + 2 * 2500);
  assert.ok(Math.abs(samples.reduce((sum: number, sm: { g: number[][] }) => sum + sm.g[0]![0]!, 0) - 2.5) < 1e-9);
  // the timeline shows the power readings, never a negative power
  assert.ok(rec.timeline.every((p: { gpuW: number }) => p.gpuW >= 0));
  // the summary and `show` put the TDP method beside the measured GPUs: 2 × TDP × the run's hours, and the ratio
  const shown = ct(['show', rec.id], { cwd });
  const gpuLine = /^ {2}GPU {2}2 × (.+): TDP method ([\d.]+) (J|Wh); measured ÷ TDP ([\d.]+)$/m.exec(shown.stdout);
  assert.ok(gpuLine, shown.stdout);
  const tdpW = JSON.parse(ct(['data', 'hardware', gpuLine[1]!, '--format', 'json'], { cwd }).stdout)[0].tdpW as number;
  const tdpJ = 2 * tdpW * rec.durationS;
  assert.ok(Math.abs(Number(gpuLine[2]) * (gpuLine[3] === 'Wh' ? 3600 : 1) - tdpJ) <= 0.01 * tdpJ, `${gpuLine[2]} ${gpuLine[3]} vs ${tdpJ} J`);
  assert.ok(Math.abs(Number(gpuLine[4]) - 5 / tdpJ) <= 0.01 * (5 / tdpJ) + 0.005, `ratio ${gpuLine[4]}`);
  assert.match(r.stderr, /\[carbontrail\] the TDP method beside it/);

  const one = ct(['run', '-q', '--interval', '0.1', '--', 'sleep', '0.3'], { cwd, env: { ...env, CUDA_VISIBLE_DEVICES: 'GPU-fa4e0000-0000-0000-0000-000000000001' } });
  assert.equal(one.status, 0, one.stderr);
  const [rec1] = runs(cwd);
  assert.deepEqual(rec1.hardware.gpus.map((g: { index: number }) => g.index), [1]);
});

test('fake NVML: forced power integration, and a device without a counter, integrate power × time exactly', (t) => {
  const lib = buildFakeNvml();
  if ('skip' in lib) return t.skip(lib.skip);
  const cwd = tmp();
  const env = { CARBONTRAIL_NVML_LIB: lib.path, FAKE_NVML_POWER_MW: '150000' };
  const forced = ct(['run', '-q', '--interval', '0.1', '--gpu-method', 'power', '--', 'sleep', '0.5'], { cwd, env });
  assert.equal(forced.status, 0, forced.stderr);
  const [rec] = runs(cwd);
  assert.equal(rec.energy.methods.gpu, 'power-integration');
  for (const g of rec.hardware.gpus) {
    assert.ok(Math.abs(g.energyKwh * 3.6e6 - 150 * rec.durationS) < 1e-9, `${g.energyKwh * 3.6e6} J vs ${150 * rec.durationS}`);
  }
  const mixed = ct(['run', '-q', '--interval', '0.1', '--', 'sleep', '0.3'], { cwd, env: { ...env, FAKE_NVML_NO_COUNTER: '1' } });
  assert.equal(mixed.status, 0, mixed.stderr);
  const [rec2] = runs(cwd);
  assert.deepEqual(rec2.hardware.gpus.map((g: { method: string }) => g.method), ['counter', 'power-integration']);
  assert.ok(rec2.notes.some((n: string) => /no energy counter/.test(n)));
  const strict = ct(['run', '-q', '--gpu-method', 'counter', '--', 'true'], { cwd, env: { ...env, FAKE_NVML_NO_COUNTER: '1' } });
  assert.equal(strict.status, 2);
  assert.match(strict.stderr, /GPU 1 .*no energy counter/);
  const detect = ct(['detect'], { cwd, env });
  assert.match(detect.stdout, /yes\s+gpu\s+nvml\s+2 GPUs/);
});

test('an unreadable record file is reported, the run rebuilt from its journal, and nothing is rewritten', () => {
  const cwd = tmp();
  assert.equal(ct(['run', '-q', '--', 'true'], { cwd }).status, 0);
  const [rec] = runs(cwd);
  const recordPath = join(cwd, '.carbontrail/runs', `${rec.id}.json`);
  writeFileSync(recordPath, '{"torn": ');
  writeFileSync(join(cwd, '.carbontrail/runs', 'stray.json'), 'not json');
  const r = ct(['runs', '--format', 'json'], { cwd });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`${rec.id}\\.json is not valid JSON .*; rebuilt from its journal`));
  assert.match(r.stderr, /stray\.json is not valid JSON .*; skipped/);
  const listed = JSON.parse(r.stdout);
  assert.equal(listed.length, 1);
  assert.equal(listed[0].id, rec.id);
  assert.equal(listed[0].status, 'finished');
  assert.equal(readFileSync(recordPath, 'utf8'), '{"torn": ', 'the damaged file is left as it was');
  const shown = ct(['show', 'stray'], { cwd });
  assert.equal(shown.status, 1);
  assert.match(shown.stderr, /has no readable record or journal/);
});

test('an emissions.csv of another layout is moved aside, never overwritten, and a fresh one started', () => {
  const cwd = tmp();
  const dir = join(cwd, '.carbontrail');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'emissions.csv'), 'timestamp,old_layout\n1,2\n');
  assert.equal(ct(['run', '-q', '--', 'true'], { cwd }).status, 0);
  writeFileSync(join(dir, 'emissions.csv'), 'timestamp,older_layout\n3,4\n');
  assert.equal(ct(['run', '-q', '--', 'true'], { cwd }).status, 0);
  assert.equal(readFileSync(join(dir, 'emissions.csv.bak'), 'utf8'), 'timestamp,old_layout\n1,2\n');
  assert.equal(readFileSync(join(dir, 'emissions.csv.bak.1'), 'utf8'), 'timestamp,older_layout\n3,4\n');
  const fresh = readFileSync(join(dir, 'emissions.csv'), 'utf8').trim().split('\n');
  assert.equal(fresh.length, 2);
  assert.match(fresh[0]!, /^timestamp,project_name,run_id,/);
});
