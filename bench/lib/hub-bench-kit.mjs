// What the hub benchmarks share: a hub server in a child process, HTTP calls, run records as the tracker writes them,
// the server's memory from /proc, percentiles, and the machine's load.
import { spawn, spawnSync } from 'node:child_process';
import { request, Agent } from 'node:http';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('../..', import.meta.url).pathname;

/** Countries of the generated runs (the hub looks up each one's main energy source), hardware and months. */
export const COUNTRIES = ['FR', 'US', 'DE', 'GB', 'SE', 'PL', 'IN', 'CN', 'JP', 'CA', 'NO', 'BR', 'AU', 'ZA', 'IS', 'NL', 'IT', 'ES', 'SG', 'KR'];
export const GPUS = ['NVIDIA H100 80GB HBM3', 'NVIDIA A100-SXM4-80GB', 'NVIDIA A100-SXM4-40GB', 'Tesla V100-SXM2-32GB', 'NVIDIA L4', 'NVIDIA A10G', 'NVIDIA RTX A6000', 'NVIDIA H200'];
export const GPU_COUNTS = [1, 2, 4, 8];
export const MONTHS = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** The figures of the i-th generated run: its country, month and hardware cycle through the lists above. */
export function runFigures(i) {
  const country = COUNTRIES[i % COUNTRIES.length];
  const month = MONTHS[i % MONTHS.length];
  const gpus = GPU_COUNTS[Math.floor(i / GPUS.length) % GPU_COUNTS.length];
  const gpuName = GPUS[i % GPUS.length];
  const gpuKwh = 0.1 + (i % 97) / 10;
  const cpuKwh = 0.05 + (i % 13) / 100;
  const ramKwh = 0.01 + (i % 7) / 1000;
  const totalKwh = gpuKwh + cpuKwh + ramKwh;
  const pue = 1.1 + (i % 5) / 100;
  const facilityKwh = totalKwh * pue;
  const gPerKwh = 20 + (i % 600);
  const emissionsKg = (facilityKwh * gPerKwh) / 1000;
  const day = `${month}-${String((i % 28) + 1).padStart(2, '0')}`;
  return {
    country, month, gpus, gpuName, gpuKwh, cpuKwh, ramKwh, totalKwh, pue, facilityKwh, gPerKwh, emissionsKg,
    emissionsLowKg: emissionsKg * 0.8, emissionsHighKg: emissionsKg * 1.25, embodiedKg: 0.01,
    year: Number(month.slice(0, 4)), startedAt: `${day}T10:00:00.000Z`, endedAt: `${day}T11:00:00.000Z`,
  };
}

/** A run record as the tracker writes it, consistent by core's checks (energy adds up, emissions follow from the facility energy and intensity). */
export function runRecord(i, id = randomUUID()) {
  const { country, gpus, gpuName, gpuKwh, cpuKwh, ramKwh, totalKwh, pue, facilityKwh, gPerKwh, emissionsKg, emissionsLowKg, emissionsHighKg, embodiedKg, year, startedAt, endedAt } = runFigures(i);
  return {
    schemaVersion: 1, id, status: 'finished', command: ['python', 'train.py', '--epochs', '3'], exitCode: 0, signal: null, startedAt, endedAt,
    durationS: 3600, host: { hostname: `gpu${i % 64}`, os: 'Linux-6.8.0-x86_64', platform: 'linux', arch: 'x64', runtime: 'node 20.19.0' },
    node: `gpu${i % 64}`, jobId: null, project: null,
    hardware: {
      gpus: Array.from({ length: gpus }, (_, g) => ({
        index: g, name: gpuName, uuid: `GPU-${g}`, energyKwh: gpuKwh / gpus, method: 'counter', avgPowerW: 400, maxPowerW: 690,
        avgUtilizationPercent: 90, processes: [{ pid: 1000 + g, usedMemoryMiB: 70000 }],
      })),
      cpu: { model: 'AMD EPYC 7763 64-Core Processor', sockets: 2, logicalCores: 256, tdpW: 280, tdpSource: 'hardware table', energyKwh: cpuKwh, method: 'estimate', sensor: 'tdp-cpu-share', cpuSeconds: 3600 },
      ram: { totalGb: 1024, energyKwh: ramKwh, method: 'estimate', sensor: 'rss-model', wPerGb: 0.3725, source: 'Green Algorithms', peakRssGb: 40 },
    },
    energy: {
      gpuKwh, cpuKwh, ramKwh, totalKwh, facilityKwh, methods: { gpu: 'counter', cpu: 'estimate', ram: 'estimate' },
      accuracy: { gpu: { low: -0.05, high: 0.05 }, cpu: { low: -0.5, high: 0.3 }, ram: { low: -0.5, high: 1 } },
    },
    pue: { value: pue, low: 1.05, high: 1.5, source: 'stated default' },
    location: { country },
    intensity: {
      gPerKwh, low: gPerKwh * 0.8, high: gPerKwh * 1.2, rule: 'country', source: 'bench', year, country, basis: 'life-cycle',
      byYear: [{ year, gPerKwh, facilityKwh, source: 'bench', gpuKwh, cpuKwh, ramKwh }],
    },
    emissionsKg, emissionsLowKg, emissionsHighKg,
    offsets: { providerPercent: 0, providerKg: 0 },
    embodiedKg, embodiedLowKg: 0.005, embodiedHighKg: 0.02, embodiedSources: ['bench'],
    intervalS: 1, sampleCount: 3600, timeline: [{ t: 1, gpuW: 400, cpuW: 50, ramW: 7 }],
    tracker: { name: 'carbontrail', version: '0.2.0' }, notes: [],
  };
}

/** `n` journal samples of a run, one a second from its start: distinct, ascending times. */
export function samplesJson(n, startMs, i) {
  const parts = new Array(n);
  for (let s = 0; s < n; s++) {
    parts[s] = `{"at":${startMs + s * 1000},"d":1,"e":[${(350 + ((i + s) % 300) / 7).toFixed(3)},${(40 + (s % 17) / 3).toFixed(3)},${(6 + (s % 5) / 10).toFixed(3)}]}`;
  }
  return `[${parts.join(',')}]`;
}

/** The JSON body of POST /api/runs: `runs` new runs of `samplesPerRun` samples each, numbered from `first`. */
export function uploadBody(project, first, runs, samplesPerRun) {
  const parts = [];
  for (let k = 0; k < runs; k++) {
    const r = runRecord(first + k);
    const json = JSON.stringify(r);
    parts.push(`${json.slice(0, -1)},"samples":${samplesJson(samplesPerRun, Date.parse(r.startedAt), first + k)}}`);
  }
  return `{"project":${JSON.stringify(project)},"runs":[${parts.join(',')}]}`;
}

/** The newest modification time of the files under a folder, ms. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the hub bundle (scripts/build.mjs) when it is missing or older than the hub's or core's sources. */
export function ensureHubBuilt() {
  const bundle = `${root}packages/hub/dist/hub.mjs`;
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  if (built >= Math.max(newest(`${root}packages/hub/src`), newest(`${root}packages/core/src`))) return;
  console.log('building the hub (node scripts/build.mjs): its bundle is missing or older than its sources…');
  const r = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
}

/** Starts a hub server (the built bundle) in a child process: resolves to {url, pid, rssKb(), hwmKb(), cpuS(), afterGc(), stop()}. */
export async function startHub(options) {
  ensureHubBuilt();
  const child = spawn(process.execPath, ['--expose-gc', `${root}bench/lib/hub-server.mjs`, JSON.stringify(options)], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the hub server exited (${code}) before it listened`)));
    lines.once('line', (l) => ok(JSON.parse(l)));
  });
  child.removeAllListeners('exit');
  const nextLine = () => new Promise((ok) => lines.once('line', (l) => ok(JSON.parse(l))));
  const status = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
  return {
    url: `http://127.0.0.1:${first.port}`,
    pid: child.pid,
    rssKb: () => status('VmRSS'),
    hwmKb: () => status('VmHWM'),
    /** CPU seconds (user + system) the server has used so far. */
    cpuS: () => {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    },
    /** A full garbage collection in the server, then its memory: {rss, heapUsed, heapTotal, external} in bytes. */
    afterGc: () => {
      const answer = nextLine();
      child.stdin.write('gc\n');
      return answer;
    },
    stop: () => new Promise((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGTERM');
    }),
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One HTTP call: resolves to {status, body (parsed JSON when it is JSON), ms}. A request sent on a kept-alive socket
 * that the server closed meanwhile (its keep-alive timeout) is sent again once, as Node's documentation advises.
 */
export function call(url, options = {}) {
  return callOnce(url, options).catch((err) => {
    if (err.reusedSocket && err.code === 'ECONNRESET') return callOnce(url, options);
    throw err;
  });
}

function callOnce(url, { method = 'GET', token, body } = {}) {
  return new Promise((ok, fail) => {
    const data = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const t0 = performance.now();
    const req = request(url, {
      method, agent,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}),
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const ms = performance.now() - t0;
        let parsed = text;
        try {
          parsed = JSON.parse(text);
        } catch {}
        ok({ status: res.statusCode, body: parsed, ms });
      });
      res.on('error', fail);
    });
    req.on('error', (err) => fail(Object.assign(err, { reusedSocket: req.reusedSocket })));
    req.end(data);
  });
}

/** Calls and insists on the status: throws with the answer otherwise. */
export async function expect(status, url, options) {
  const r = await call(url, options);
  if (r.status !== status) throw new Error(`${options?.method ?? 'GET'} ${url}: expected ${status}, got ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
  return r.body;
}

/** A project and a write token of it, through the API with the admin token. */
export async function projectWithToken(url, admin, name, visibility = 'private') {
  await expect(201, `${url}/api/projects`, { method: 'POST', token: admin, body: { name, visibility } });
  const t = await expect(201, `${url}/api/projects/${encodeURIComponent(name)}/tokens`, { method: 'POST', token: admin, body: { name: 'bench', scope: 'write' } });
  return t.token;
}

/** The q-quantile (0–1) of a list, by nearest rank. */
/** p50 and p95 (ms) of `n` sequential calls of `f`, after `warm` unmeasured ones; and the last answer. */
export async function latencies(n, f, warm = 3) {
  let last;
  for (let i = 0; i < warm; i++) last = await f();
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    last = await f();
    ms.push(performance.now() - t0);
  }
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), n, last };
}

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** The load averages (1, 5, 15 min) and core count, as a line. */
export function machineLine() {
  const [a, b, c] = loadavg();
  const cores = readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
  return `load average ${a.toFixed(2)} ${b.toFixed(2)} ${c.toFixed(2)} on ${cores} cores`;
}

/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
export function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  '));
}

export const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : 'n/a');
