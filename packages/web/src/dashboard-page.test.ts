// The Dashboard in Chromium against a real `carbontrail serve`: runs measured by the real tracker and uploaded with
// `carbontrail run --hub` appear in the table, a private project opens with its read token (kept in the browser),
// a run's detail draws its power timeline, its energy by method, the TDP method beside it and its job.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bin, browserTestsSkipReason, launchBrowser, root, startServer, watchPage, type Served } from './e2e-harness.ts';

const skip = browserTestsSkipReason();
const shots = `${root}.tmp/screenshots`;
let served: Served | undefined;
let browser: Browser | undefined;
let readToken = '';
const runIds: string[] = [];

interface RunRow { id: string; emissionsKg: number; energyKwh: number; country: string; node: string }

async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(served!.base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as T;
}

before(async () => {
  if (skip) return;
  served = await startServer();
  browser = await launchBrowser();
  const admin = served.adminToken;
  assert.ok(admin, 'the fresh store printed its admin token');
  await call('POST', '/api/projects', admin, { name: 'lab', visibility: 'private' });
  const write = await call<{ token: string }>('POST', '/api/projects/lab/tokens', admin, { name: 'tracker', scope: 'write' });
  readToken = (await call<{ token: string }>('POST', '/api/projects/lab/tokens', admin, { name: 'dashboard', scope: 'read' })).token;
  const out = mkdtempSync(join(tmpdir(), 'ct-dash-'));
  // two nodes of one job, measured by the real tracker and uploaded when they end
  for (const node of ['node-a', 'node-b']) {
    const r: SpawnSyncReturns<string> = spawnSync(
      process.execPath,
      [bin, 'run', '--hub', served.base, '--token', write.token, '--out', out, '--country', 'FR', '--job-id', 'job-7', '--node', node, '--interval', '0.2',
        '--', process.execPath, '-e', 'const t = Date.now(); while (Date.now() - t < 1500) {}'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /uploaded to .* \(project lab\)/);
    runIds.push(/run ([0-9a-f-]{36}) finished/.exec(r.stderr)![1]!);
  }
});

after(async () => {
  await browser?.close();
  await served?.stop();
});

async function withToken(width: number): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
  const context = await browser!.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((t) => localStorage.setItem('carbontrail.read-tokens', JSON.stringify({ lab: t })), readToken);
  const page = await context.newPage();
  return { page, problems: watchPage(page, served!.base) };
}

async function tableIds(page: Page): Promise<string[]> {
  await page.locator('[data-testid=runs-table][data-state=ready]').waitFor({ timeout: 20_000 });
  return page.locator('[data-testid=runs-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-run') ?? ''));
}

test('a private project asks for its read token, keeps it in the browser, then shows the uploaded runs and their monthly total', { skip }, async () => {
  assert.ok(browser && served);
  const page = await (await browser.newContext()).newPage();
  const problems = watchPage(page, served.base);
  await page.goto(`${served.base}/dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  const publicIds = await tableIds(page);
  for (const id of runIds) assert.ok(!publicIds.includes(id), 'a private run is not among the public ones');
  const options = await page.getByTestId('dashboard-project').locator('option').allTextContents();
  assert.ok(!options.some((o) => o.startsWith('lab')), 'the private project is not listed to a visitor');

  await page.goto(`${served.base}/dashboard?project=lab`);
  await page.getByRole('button', { name: 'Enter a read token' }).click();
  await page.getByLabel('Read token').fill('ct_not-a-real-token-000000000000');
  await page.getByRole('button', { name: 'Open the project' }).click();
  await page.getByText(/the hub refused this token for lab/).waitFor();
  await page.getByLabel('Read token').fill(readToken);
  await page.getByRole('button', { name: 'Open the project' }).click();
  const ids = await tableIds(page);
  assert.deepEqual([...ids].sort(), [...runIds].sort());
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('carbontrail.read-tokens'))) ?? '{}') as Record<string, string>;
  assert.equal(stored.lab, readToken, 'the token is kept in the browser');
  const months = await call<{ key: string; emissionsKg: number }[]>('GET', '/api/stats?by=month&project=lab', readToken);
  const total = Number(await page.getByTestId('dashboard-total').getAttribute('data-kg'));
  assert.ok(Math.abs(total - months.reduce((s, m) => s + m.emissionsKg, 0)) < 1e-15, `total ${total}`);
  const runs = (await call<{ runs: RunRow[] }>('GET', '/api/runs?project=lab', readToken)).runs;
  assert.ok(Math.abs(total - runs.reduce((s, r) => s + r.emissionsKg, 0)) < 1e-12, 'the month total is the sum of the runs');

  await page.getByRole('button', { name: "Forget this project's token" }).click();
  await page.waitForURL(/\/dashboard$/);
  assert.equal(await page.evaluate(() => localStorage.getItem('carbontrail.read-tokens')), '{}');
  // the refused token and the unauthenticated attempt are 4xx answers the browser logs; nothing else may fail
  assert.deepEqual(problems.errors.filter((e) => !/40[134]/.test(e)), []);
  assert.deepEqual(problems.foreign, []);
  await page.context().close();
});

test("a run's detail: power timeline, energy by method, the TDP method beside it, and its job summed over its nodes", { skip }, async () => {
  assert.ok(browser && served);
  mkdirSync(shots, { recursive: true });
  for (const width of [375, 1280]) {
    const { page, problems } = await withToken(width);
    await page.goto(`${served.base}/dashboard?project=lab`);
    await tableIds(page);
    await page.locator(`[data-testid=runs-table] tr[data-run="${runIds[0]}"] a`).click();
    await page.waitForURL(new RegExp(`run=${runIds[0]}`));
    await page.locator('[data-testid=run-detail][data-state=ready]').waitFor();
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid=chart-timeline]');
      return !!c && c.width > 0;
    });
    const detail = await call<{ record: { emissionsKg: number; energy: { methods: Record<string, string> } } }>('GET', `/api/runs/${runIds[0]}`, readToken);
    assert.equal(Number(await page.getByTestId('run-emissions').getAttribute('data-kg')), detail.record.emissionsKg);
    const energy = await page.locator('[data-testid=table-energy] tbody tr').allTextContents();
    assert.equal(energy.length, 3);
    assert.match(energy[1]!, detail.record.energy.methods.cpu === 'estimate' ? /CPU.*estimated/ : /CPU.*measured/);
    await page.getByTestId('tdp-comparison').waitFor();
    const tdp = await page.locator('[data-testid=table-tdp] tbody tr').allTextContents();
    assert.ok(tdp.some((r) => /^CPU/.test(r)) && tdp.some((r) => /^RAM.*counts no memory/.test(r)), tdp.join(' | '));
    const job = await call<{ emissionsKg: number; runs: unknown[] }>('GET', '/api/jobs/job-7?project=lab', readToken);
    assert.equal(job.runs.length, 2);
    assert.equal(Number(await page.getByTestId('job-view').getAttribute('data-kg')), job.emissionsKg);
    assert.equal(await page.locator('[data-testid=table-job-runs] tbody tr').count(), 2);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `/dashboard at ${width}px scrolls sideways by ${overflow}px`);
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /\bNaN\b|undefined/);
    await page.screenshot({ path: `${shots}/dashboard-${width}.png`, fullPage: true });
    assert.deepEqual(problems.errors, [], `/dashboard at ${width}px`);
    assert.deepEqual(problems.foreign, []);
    await page.context().close();
  }
});

test('the runs table sorts and filters through the API, and pages on', { skip }, async () => {
  assert.ok(browser && served);
  const { page, problems } = await withToken(1280);
  await page.goto(`${served.base}/dashboard?project=lab`);
  await tableIds(page);
  await page.getByTestId('sort-emissions').click();
  await page.waitForURL(/sort=emissions/);
  const byApi = (await call<{ runs: RunRow[] }>('GET', '/api/runs?project=lab&sort=emissions&order=desc', readToken)).runs.map((r) => r.id);
  assert.deepEqual(await tableIds(page), byApi);
  await page.getByTestId('sort-emissions').click();
  await page.waitForURL(/order=asc/);
  assert.deepEqual(await tableIds(page), [...byApi].reverse());
  await page.getByTestId('filter-country').selectOption('FR');
  await page.waitForURL(/country=FR/);
  assert.equal((await tableIds(page)).length, 2);
  await page.getByLabel('Job id').fill('no-such-job');
  await page.getByLabel('Job id').press('Enter');
  await page.waitForURL(/job=no-such-job/);
  assert.deepEqual(await tableIds(page), []);
  await page.getByText('No run matches.').waitFor();
  // the public view pages through the survey's 95 runs, 25 at a time
  await page.goto(`${served.base}/dashboard`);
  assert.equal((await tableIds(page)).length, 25);
  await page.getByTestId('runs-more').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=runs-table] tbody tr').length === 50);
  assert.equal(new Set(await tableIds(page)).size, 50, 'the next page adds runs, none twice');
  assert.deepEqual(problems.errors, []);
  await page.context().close();
});
