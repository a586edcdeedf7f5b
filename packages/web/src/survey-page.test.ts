// The Survey page in Chromium against a real `carbontrail serve` on a fresh store (which holds the survey's 95 models):
// its tables equal the hub's answers, its charts and map are drawn, the Pareto chooser works, the CSV copies.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { browserTestsSkipReason, launchBrowser, root, startServer, watchPage, type Served } from './e2e-harness.ts';

const skip = browserTestsSkipReason();
const shots = `${root}.tmp/screenshots`;
let served: Served | undefined;
let browser: Browser | undefined;

before(async () => {
  if (skip) return;
  served = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await served?.stop();
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(served!.base + path);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

async function ready(page: Page, section: string): Promise<void> {
  await page.locator(`[data-testid=survey-${section}][data-state=ready]`).waitFor({ timeout: 20_000 });
}

async function canvasDrawn(page: Page, testid: string): Promise<void> {
  await page.waitForFunction((id) => {
    const c = document.querySelector<HTMLCanvasElement>(`[data-testid=${id}]`);
    return !!c && c.width > 0 && c.height > 0;
  }, testid);
}

/** The cells of a figure table, row by row. */
async function cells(page: Page, table: string): Promise<string[][]> {
  return page.locator(`[data-testid=table-${table}] tbody tr`).evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '')),
  );
}

test('the Survey page shows the hub\'s analyses of the survey\'s 95 models, at 375 and 1280 px, with nothing from another origin', { skip }, async () => {
  assert.ok(browser && served);
  mkdirSync(shots, { recursive: true });
  const source = await api<{ rows: { name: string; runs: number; meanIntensity: number; medianIntensity: number }[]; lowCarbonRuns: number; highCarbonRuns: number }>('/api/survey/by-source');
  const totals = await api<{ total: { emissionsKg: number; runs: number } }>('/api/survey/totals');
  const countries = await api<{ rows: { key: string; name: string; runs: number }[] }>('/api/survey/by-country');
  const taskYear = await api<{ rows: unknown[]; allTasks: unknown[] }>('/api/survey/by-task-year');
  assert.equal(totals.total.runs, 95);
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page, served.base);
    await page.goto(`${served.base}/survey`);
    await page.getByRole('heading', { level: 1, name: 'Survey' }).waitFor();
    for (const s of ['totals', 'by-source', 'by-country', 'energy-emissions', 'by-task-year', 'pareto']) await ready(page, s);

    // Table 2 as the hub answers it: names, runs, mean and median intensity, in the hub's order
    const table2 = await cells(page, 'by-source');
    assert.deepEqual(table2.map((r) => [r[0], Number(r[1])]), source.rows.map((r) => [r.name, r.runs]));
    for (const [i, r] of source.rows.entries()) {
      assert.ok(Math.abs(Number(table2[i]![2]!.replace(/,/g, '')) - r.meanIntensity) <= 0.005 * r.meanIntensity + 0.05, `mean of ${r.name}`);
      assert.ok(Math.abs(Number(table2[i]![3]!.replace(/,/g, '')) - r.medianIntensity) <= 0.005 * r.medianIntensity + 0.05, `median of ${r.name}`);
    }
    assert.match((await page.getByTestId('carbon-split').textContent()) ?? '', new RegExp(`${source.highCarbonRuns} runs on high-carbon.*${source.lowCarbonRuns} on low-carbon`));
    assert.equal(Number(await page.getByTestId('survey-total').getAttribute('data-kg')), totals.total.emissionsKg);
    assert.match((await page.getByTestId('survey-total').textContent()) ?? '', /253 t CO2eq from 95 runs/);

    // the map colours the countries of the runs; those it cannot draw are named
    const onMap = await page.locator('[data-testid=world-map] path[data-country]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-country')));
    assert.ok(onMap.includes('US') && onMap.includes('CN') && onMap.includes('CA'), `countries on the map: ${onMap.join(' ')}`);
    const notDrawn = (await page.getByTestId('map-not-drawn').count()) ? ((await page.getByTestId('map-not-drawn').textContent()) ?? '') : '';
    assert.equal(await page.locator('[data-testid=world-map] circle[data-country="SG"]').count(), 1, 'Singapore (no shape at 1:110m) is drawn as a marker');
    for (const c of countries.rows.filter((r) => r.key !== 'unknown' && !onMap.includes(r.key))) {
      const circled = await page.locator(`[data-testid=world-map] circle[data-country="${c.key}"]`).count();
      assert.ok(circled > 0 || notDrawn.includes(c.name), `${c.name} is neither drawn nor named`);
    }
    assert.equal((await cells(page, 'by-country')).length, countries.rows.length);

    for (const id of ['chart-growth', 'chart-plane', 'chart-task-year', 'chart-pareto']) await canvasDrawn(page, id);
    const ty = await cells(page, 'by-task-year');
    assert.equal(ty.length, taskYear.rows.length + taskYear.allTasks.length);
    assert.ok(ty.some((r) => /bootstrap, 10000 resamples, seed 2021/.test(r.join(' '))), 'intervals name their bootstrap');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `/survey at ${width}px scrolls sideways by ${overflow}px`);
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /\bNaN\b|undefined/);
    await page.screenshot({ path: `${shots}/survey-${width}.png`, fullPage: true });
    assert.deepEqual(problems.errors, [], `/survey at ${width}px`);
    assert.deepEqual(problems.foreign, [], '/survey requested another origin');
    await context.close();
  }
});

test('choosing another task and metric draws its Pareto front; Copy CSV gives the table as CSV', { skip }, async () => {
  assert.ok(browser && served);
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.base });
  const page = await context.newPage();
  const problems = watchPage(page, served.base);
  await page.goto(`${served.base}/survey`);
  await ready(page, 'pareto');
  const list = await api<{ metrics: { task: string; metric: string }[] }>('/api/survey/pareto');
  const pick = list.metrics.find((m) => m.task === 'Machine Translation' && m.metric === 'bleu');
  assert.ok(pick, 'the survey has BLEU fronts for machine translation');
  await page.getByTestId('pareto-choice').selectOption(`${pick.task}\u0000${pick.metric}`);
  await page.locator(`[data-testid=pareto-front][data-task="${pick.task}"][data-metric="${pick.metric}"]`).waitFor();
  const front = await api<{ front: { label: string; emissionsKg: number; value: number }[] }>(
    `/api/survey/pareto?task=${encodeURIComponent(pick.task)}&metric=${pick.metric}`,
  );
  assert.ok(front.front.length > 0);
  const rows = await cells(page, 'pareto');
  assert.deepEqual(rows.map((r) => r[0]), front.front.map((p) => p.label));
  await canvasDrawn(page, 'chart-pareto');

  await page.getByRole('button', { name: 'Copy Runs by main energy source as CSV' }).click();
  await page.getByText('Copied').first().waitFor();
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'Main energy source,Runs,Mean intensity (g/kWh),Median intensity (g/kWh),Low-carbon,Emissions (kg CO2eq),Share of runs');
  const source = await api<{ rows: { name: string; runs: number; meanIntensity: number }[] }>('/api/survey/by-source');
  assert.equal(lines.length, source.rows.length + 1);
  const first = lines[1]!.split(',');
  assert.equal(first[0], source.rows[0]!.name);
  assert.equal(Number(first[1]), source.rows[0]!.runs);
  assert.equal(Number(first[2]), source.rows[0]!.meanIntensity, 'the CSV carries the raw figure, not the rounded one');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a project given in the link scopes every view; an unknown one gets a clear message, not a crash', { skip }, async () => {
  assert.ok(browser && served);
  const page = await (await browser.newContext()).newPage();
  const problems = watchPage(page, served.base);
  await page.goto(`${served.base}/survey?project=${encodeURIComponent('Counting Carbon survey')}`);
  // every answer in before leaving the page (a request cut short by navigation would count as a failure)
  for (const s of ['totals', 'by-source', 'by-country', 'energy-emissions', 'by-task-year', 'pareto']) await ready(page, s);
  await page.locator('[data-testid=pareto-front]').waitFor();
  assert.equal(await page.getByTestId('survey-scope').textContent(), 'project Counting Carbon survey');
  await page.goto(`${served.base}/survey?project=no-such-project`);
  await page.locator('[data-testid=survey-by-source][data-state=error]').waitFor();
  assert.match((await page.locator('[data-testid=survey-by-source] [role=alert]').textContent()) ?? '', /no-such-project.*404/s);
  // the browser logs the 404 answers as failed resources; nothing else may fail
  assert.deepEqual(problems.errors.filter((e) => !/404/.test(e)), []);
  await page.context().close();
});
