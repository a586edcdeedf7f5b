// Benchmark: gzip bytes of JS and CSS the calculator loads on a first visit, and the time from navigation to the first result,
// measured in Debian's Chromium against `carbontrail serve`, beside a blank page loaded in the same run and the original calculator.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 7);
const chromiumPath = '/usr/bin/chromium';
const calculatorPath = '/?hardware=Tesla%20V100&hours=100&provider=gcp&region=us-central1';
// The original Machine Learning Emissions Calculator (mlco2.github.io/impact) loads about 105 kB gzip of its own JS and CSS,
// plus several scripts from CDNs (figure quoted in issue 3).
const originalOwnKb = 105;

if (!existsSync(chromiumPath)) {
  console.error(`bench/web-weight: ${chromiumPath} is missing (apt-get install -y chromium)`);
  process.exit(1);
}
if (!existsSync(`${root}packages/web/dist/index.html`) || !existsSync(`${root}packages/cli/dist/carbontrail.mjs`)) {
  console.error('bench/web-weight: run `npm run build` first');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const server = spawn(process.execPath, [`${root}packages/cli/bin/carbontrail.mjs`, 'serve', '--port', '0', '--host', '127.0.0.1'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /http:\/\/[^:\s]+:(\d+)\//.exec(out);
    if (m) ok(`http://127.0.0.1:${m[1]}`);
  });
  server.once('exit', (code) => fail(new Error(`carbontrail serve exited (${code})`)));
});

const median = (values) => {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return xs.length ? xs[Math.floor(xs.length / 2)] : NaN;
};
const kb = (bytes) => (bytes / 1000).toFixed(1);

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const samples = [];
try {
  const shell = await (await fetch(`${base}/`)).text();
  const inShell = (url) => shell.includes(new URL(url).pathname);
  for (let i = 0; i < runs; i++) {
    // Reference in the same run: a blank page (a tiny JSON response of the same server), cold context.
    const blankCtx = await browser.newContext();
    const blank = await blankCtx.newPage();
    await blank.goto(`${base}/api/health`, { waitUntil: 'load' });
    const blankMs = await blank.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    await blankCtx.close();

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const assets = [];
    page.on('response', (res) => {
      const type = res.request().resourceType();
      if (type === 'script' || type === 'stylesheet') assets.push(res);
    });
    await page.goto(base + calculatorPath, { waitUntil: 'commit' });
    const resultMs = await page.waitForFunction(
      () => document.querySelector('[data-testid=result][data-state=ready] [data-testid=emissions]') && performance.now(),
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const firstResultMs = await resultMs.jsonValue();
    const fcpMs = await page.evaluate(() => {
      const paints = performance.getEntriesByType('paint');
      return (paints.find((p) => p.name === 'first-contentful-paint') ?? paints[0])?.startTime ?? null;
    });
    await page.waitForLoadState('networkidle');
    let critical = 0;
    let lazy = 0;
    let wire = 0;
    const files = [];
    for (const res of assets) {
      const body = await res.body();
      const gz = gzipSync(body, { level: 9 }).length;
      const sizes = await res.request().sizes();
      wire += sizes.responseBodySize;
      if (inShell(res.url())) critical += gz;
      else lazy += gz;
      files.push({ file: new URL(res.url()).pathname, gzip: gz, wire: sizes.responseBodySize, encoding: res.headers()['content-encoding'] ?? 'none', beforePaint: inShell(res.url()) });
    }
    samples.push({ blankMs, fcpMs, firstResultMs, critical, lazy, wire, files });
    await ctx.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

const last = samples.at(-1);
console.log(`calculator route ${calculatorPath}, ${runs} cold loads in ${chromiumPath}; times are medians\n`);
console.log('JS + CSS loaded on first visit (gzip -9 of each file, measured from the browser\'s responses):');
for (const f of last.files) {
  console.log(`  ${f.file.padEnd(34)} ${kb(f.gzip).padStart(6)} kB gzip  (${kb(f.wire)} kB on the wire, ${f.encoding})${f.beforePaint ? '  before first paint' : '  after first paint'}`);
}
const total = last.critical + last.lazy;
console.log(`  before first paint (app shell):         ${kb(last.critical).padStart(6)} kB gzip`);
console.log(`  after first paint (model + data tables): ${kb(last.lazy).padStart(5)} kB gzip`);
console.log(`  total on first visit:                   ${kb(total).padStart(6)} kB gzip (${kb(last.wire)} kB on the wire)`);
console.log(`  original calculator (reference):        ${originalOwnKb.toFixed(1).padStart(6)} kB gzip own JS/CSS + CDN scripts`);
console.log(`  aim: <= 60 kB; shell ${last.critical <= 60000 ? 'within' : 'OVER'}, total ${total <= 60000 ? 'within' : 'OVER'}; total is ${(total / 1000 / originalOwnKb).toFixed(2)}x the original's own bytes\n`);
const blank = median(samples.map((s) => s.blankMs));
const fcp = median(samples.map((s) => s.fcpMs));
const first = median(samples.map((s) => s.firstResultMs));
console.log('time from navigation (cold cache, local server):');
console.log(`  blank page loaded (same-run reference): ${blank.toFixed(0).padStart(5)} ms`);
console.log(`  first contentful paint:                 ${Number.isFinite(fcp) ? fcp.toFixed(0).padStart(5) : '  n/a'} ms (reported by Chromium in ${samples.filter((s) => s.fcpMs !== null).length} of ${runs} loads)`);
console.log(`  first result visible:                   ${first.toFixed(0).padStart(5)} ms  (${(first / blank).toFixed(1)}x the blank page)`);
mkdirSync(`${root}bench/out`, { recursive: true });
writeFileSync(`${root}bench/out/web-weight.json`, JSON.stringify({ runs, blankMs: blank, fcpMs: fcp, firstResultMs: first, samples }, null, 2));
