import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bin, browserTestsSkipReason, launchBrowser, root, startServer, watchPage, type Served } from './e2e-harness.ts';

const skip = browserTestsSkipReason();
const shared = '/?hardware=Tesla%20V100&hours=100&intensity=500&pue=1';
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

async function open(path: string, width = 1280): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
  assert.ok(browser && served);
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 } });
  const page = await context.newPage();
  const problems = watchPage(page, served.base);
  await page.goto(served.base + path);
  return { page, problems };
}

async function resultReady(page: Page): Promise<void> {
  await page.locator('[data-testid=result][data-state=ready]').waitFor({ timeout: 15_000 });
}

async function emissions(page: Page): Promise<{ text: string; kg: number }> {
  const el = page.locator('[data-testid=result] [data-testid=emissions]');
  return { text: (await el.textContent()) ?? '', kg: Number(await el.getAttribute('data-kg')) };
}

test('every page loads with no console error and no request to another origin', { skip }, async () => {
  const pages: [string, string][] = [
    [shared, 'ML emissions calculator'],
    ['/publish?hardware=Tesla%20V100&hours=100', 'Publish'],
    ['/learn', 'Learn'],
    ['/act', 'Act'],
    ['/data', 'Data'],
    ['/methodology', 'Methodology'],
  ];
  mkdirSync(shots, { recursive: true });
  for (const width of [375, 1280]) {
    for (const [path, heading] of pages) {
      const { page, problems } = await open(path, width);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      if (path.startsWith('/?')) await resultReady(page);
      if (path.startsWith('/publish')) await page.locator('[data-testid=publish-latex]').waitFor();
      if (path === '/data') {
        await page.locator('[data-testid=table-hardware] tbody tr').first().waitFor();
        await page.waitForFunction(() => {
          const c = document.querySelector<HTMLCanvasElement>('[data-testid=chart-efficiency]');
          return !!c && c.width > 0 && c.height > 0;
        });
      }
      if (path === '/methodology') await page.locator('[data-testid=defaults] tbody tr').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px scrolls sideways by ${overflow}px`);
      const text = (await page.locator('main').textContent()) ?? '';
      assert.doesNotMatch(text, /\bNaN\b|undefined/, `${path} shows NaN or undefined`);
      const name = path === shared ? 'calculator' : path.split(/[/?]/)[1];
      await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
      assert.deepEqual(problems.errors, [], `${path} at ${width}px`);
      assert.deepEqual(problems.foreign, [], `${path} requested another origin`);
      await page.context().close();
    }
  }
  console.log(`# screenshots in ${shots}`);
});

test('a shared link shows 15 kg CO2eq, equal to `carbontrail estimate --format json`', { skip }, async () => {
  const { page } = await open(shared);
  await resultReady(page);
  const shown = await emissions(page);
  assert.equal(shown.text.trim(), '15');
  assert.match((await page.locator('[data-testid=result] .headline').textContent()) ?? '', /15\s*kg CO2eq/);

  const cli = spawnSync(
    process.execPath,
    [bin, 'estimate', '--hardware', 'Tesla V100', '--hours', '100', '--intensity', '500', '--pue', '1', '--format', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const json = JSON.parse(cli.stdout) as {
    emissionsKg: number;
    emissionsLowKg: number;
    emissionsHighKg: number;
    facilityEnergyKwh: number;
    intensity: { gPerKwh: number; rule: string };
  };
  assert.equal(shown.kg, json.emissionsKg);
  const range = page.locator('[data-testid=result] [data-testid=emissions-range]');
  assert.equal(Number(await range.getAttribute('data-low-kg')), json.emissionsLowKg);
  assert.equal(Number(await range.getAttribute('data-high-kg')), json.emissionsHighKg);
  assert.equal(Number(await page.locator('[data-testid=result] [data-testid=energy]').getAttribute('data-kwh')), json.facilityEnergyKwh);
  assert.equal(json.intensity.rule, 'explicit');
});

test('the same measured energy and place give the page, `estimate` and a run record identical emissions and ranges', { skip }, async () => {
  const { page } = await open('/?hardware=Tesla%20V100&hours=10&energy=12&country=FR&year=2021');
  await resultReady(page);
  const cli = spawnSync(
    process.execPath,
    [bin, 'estimate', '-g', 'Tesla V100', '--hours', '10', '--energy', '12', '--country', 'FR', '--year', '2021', '--format', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const json = JSON.parse(cli.stdout) as { emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number };
  const range = page.locator('[data-testid=result] [data-testid=emissions-range]');
  // the browser's and Node's Math.exp may differ in the last bit: the same to 1e-12
  const same = (a: number, b: number) => assert.ok(Math.abs(a - b) <= 1e-12 * b, `${a} vs ${b}`);
  assert.equal((await emissions(page)).kg, json.emissionsKg);
  same(Number(await range.getAttribute('data-low-kg')), json.emissionsLowKg);
  same(Number(await range.getAttribute('data-high-kg')), json.emissionsHighKg);
  assert.match((await page.locator('[data-testid=formula]').textContent()) ?? '', /measured 12 kWh/);
  // the run record of the same energy and place: packages/cli/src/commands/faces.test.ts
});

test('a CPU, fetched with the CPU table on demand, gives the same figures as the command line', { skip }, async () => {
  const { page, problems } = await open('/?hardware=Intel%20Xeon%20Gold%206148:2&hours=10&country=FR&year=2019');
  await resultReady(page);
  const shown = await emissions(page);
  const cli = spawnSync(
    process.execPath,
    [bin, 'estimate', '--hardware', 'Intel Xeon Gold 6148:2', '--hours', '10', '--country', 'FR', '--year', '2019', '--format', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const json = JSON.parse(cli.stdout) as { emissionsKg: number; devices: { tdpW: number }[] };
  assert.equal(json.devices[0]!.tdpW, 150);
  assert.equal(shown.kg, json.emissionsKg);
  // the first visit of a GPU link does not fetch the CPU table
  const gpu = await open(shared);
  await resultReady(gpu.page);
  assert.ok(!gpu.problems.requests.some((u) => /hardware-cpus/.test(u)), 'the CPU table was fetched for a GPU-only link');
  assert.ok(problems.requests.some((u) => /hardware-cpus/.test(u)), 'the CPU table was not fetched for a CPU link');
});

test('changing an input changes the result and the URL; the URL restores it after a reload', { skip }, async () => {
  const { page } = await open(shared);
  await resultReady(page);
  await page.getByLabel('Hours', { exact: true }).fill('200');
  await page.waitForFunction(() => document.querySelector('[data-testid=result] [data-testid=emissions]')?.textContent === '30');
  assert.match(page.url(), /[?&]hours=200(&|$)/);
  await page.getByLabel('Count', { exact: true }).fill('2');
  await page.waitForFunction(() => document.querySelector('[data-testid=result] [data-testid=emissions]')?.textContent === '60');
  assert.match(page.url(), /hardware=Tesla%20V100:2/);
  await page.getByLabel('Hours', { exact: true }).fill('3d4h');
  await page.waitForFunction(() => document.querySelector('[data-testid=result] [data-testid=emissions]')?.textContent === '22.8');
  assert.match(page.url(), /duration=3d4h/);
  await page.reload();
  await resultReady(page);
  assert.equal((await emissions(page)).text, '22.8');
  assert.equal(await page.getByLabel('Hours', { exact: true }).inputValue(), '3d4h');
});

test('a cloud region sets the intensity, and the rule and source are named', { skip }, async () => {
  const { page } = await open('/?hardware=Tesla%20V100&hours=100');
  await resultReady(page);
  await page.getByLabel('Provider', { exact: true }).selectOption('gcp');
  await page.getByLabel('Region', { exact: true }).selectOption('europe-west4');
  await page.waitForFunction(() => location.search.includes('region=europe-west4'));
  await resultReady(page);
  assert.match(page.url(), /provider=gcp/);
  const provenance = (await page.locator('[data-testid=provenance]').textContent()) ?? '';
  assert.match(provenance, /cloud region/);
  assert.ok((await emissions(page)).kg > 0);
});

test('invalid input shows a message at the field, never NaN or a blank result', { skip }, async () => {
  const { page } = await open(shared);
  await resultReady(page);
  await page.getByLabel('Hours', { exact: true }).fill('abc');
  const hoursError = page.locator('[data-testid=error-hours]');
  await hoursError.waitFor();
  assert.match((await hoursError.textContent()) ?? '', /abc/);
  assert.equal(await page.getByLabel('Hours', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('[data-testid=no-result]').textContent()) ?? '', /No result yet/);
  await page.getByLabel('Hours', { exact: true }).fill('100');
  await page.getByLabel('PUE', { exact: true }).fill('0.5');
  await page.locator('[data-testid=error-pue]').waitFor();
  await page.getByLabel('PUE', { exact: true }).fill('1');
  await page.getByLabel('Hardware', { exact: true }).fill('Tesla V1000');
  const hwError = page.locator('[data-testid=error-hardware-0]');
  await hwError.waitFor();
  assert.match((await hwError.textContent()) ?? '', /V1000/);
  const chip = hwError.locator('button.chip').first();
  await chip.click();
  await resultReady(page);
  const text = (await page.locator('main').textContent()) ?? '';
  assert.doesNotMatch(text, /\bNaN\b/);
});

test('the copied LaTeX matches the result', { skip }, async () => {
  assert.ok(browser && served);
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.base });
  const page = await context.newPage();
  await page.goto(served.base + shared);
  await resultReady(page);
  await page.getByRole('button', { name: 'Copy LaTeX paragraph' }).click();
  await page.getByText('Copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#latex').inputValue());
  const m = /(?:estimated|measured) at ([\d.,]+)\\,kgCO\$_2\$eq/.exec(copied);
  assert.ok(m?.[1], `no emissions figure in the LaTeX: ${copied}`);
  assert.equal(Number(m[1].replace(/,/g, '')), 15);
  assert.equal((await emissions(page)).kg, 15);
  await context.close();
});

test('the keyboard alone reaches and edits the inputs', { skip }, async () => {
  const { page } = await open(shared);
  await resultReady(page);
  let id = '';
  for (let i = 0; i < 30 && id !== 'hours'; i++) {
    await page.keyboard.press('Tab');
    id = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(id, 'hours');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await page.waitForFunction(() => document.querySelector('[data-testid=result] [data-testid=emissions]')?.textContent === '1.5');
});

test('Publish shows every format with copy and download, for the same inputs', { skip }, async () => {
  const { page, problems } = await open('/?hardware=Tesla%20V100&hours=100&intensity=500&pue=1');
  await resultReady(page);
  await page.getByRole('link', { name: /Publish this result/ }).click();
  await page.locator('[data-testid=publish-latex]').waitFor();
  assert.match(page.url(), /\/publish\?hardware=Tesla%20V100&hours=100/);
  for (const id of ['latex', 'markdown', 'model-card', 'bibtex', 'badge']) {
    assert.ok((await page.locator(`[data-testid=publish-${id}]`).inputValue()).length > 20, id);
  }
  assert.match(await page.locator('[data-testid=publish-model-card]').inputValue(), /co2_eq_emissions/);
  assert.match(await page.locator('[data-testid=publish-badge]').inputValue(), /<svg/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download Markdown/ }).click();
  assert.equal((await download).suggestedFilename(), 'carbon-emissions.md');
  assert.deepEqual(problems.errors, []);
});

test('"Use" on an alternative shows the place that now prices the result, and a conflicting link shows an error at the field', { skip }, async () => {
  const { page } = await open('/?hardware=Tesla%20V100&hours=100&country=DE&year=2021');
  await resultReady(page);
  const use = page.locator('[data-testid=alternatives] li', { hasText: /Any provider/ }).getByRole('button', { name: 'Use' });
  await use.click();
  await page.waitForFunction(() => location.search.includes('region='));
  await resultReady(page);
  const params = new URL(page.url()).searchParams;
  assert.equal(await page.locator('input[name=mode][value=cloud]').isChecked(), true, 'the form switched to the cloud mode');
  assert.equal(await page.getByLabel('Provider', { exact: true }).inputValue(), params.get('provider'));
  assert.equal(await page.getByLabel('Region', { exact: true }).inputValue(), params.get('region'));
  assert.equal(await page.locator('#country').count(), 0, 'the country field is gone with its mode');

  const conflict = await open('/?hardware=A100&hours=10&provider=aws&region=us-east-1&country=FR');
  await conflict.page.locator('[data-testid=location-conflict]').waitFor();
  const err = conflict.page.locator('[data-testid=error-country]');
  await err.waitFor();
  assert.match((await err.textContent()) ?? '', /contradicts region aws\/us-east-1/);
  assert.equal(await conflict.page.locator('[data-testid=result]').getAttribute('data-state'), 'invalid');
});

test('the formula keeps one unit per line, and the headline and its range share one unit', { skip }, async () => {
  const { page } = await open('/?hardware=TPUv3:64&duration=1w&provider=gcp&region=us-central1');
  await resultReady(page);
  const lines = await page.locator('[data-testid=formula] li').allTextContents();
  for (const line of lines) assert.doesNotMatch(line, /MWh|(?<!k)Wh/, line);
  assert.ok(lines.every((l) => /kWh/.test(l)), lines.join(' | '));
  const unit = /(\bt|kg|g) CO2eq/.exec((await page.locator('[data-testid=result] .big').textContent()) ?? '')?.[1];
  const range = (await page.locator('[data-testid=emissions-range]').textContent()) ?? '';
  assert.match(range, new RegExp(`likely between [\\d.,]+ and [\\d.,]+ ${unit}, from`), `${unit}: ${range}`);
});

test('Data and Methodology read on a phone: tables become cards, no word is broken mid-way', { skip }, async () => {
  const { page } = await open('/data', 375);
  const row = page.locator('[data-testid=table-hardware] tbody tr').first();
  await row.waitFor();
  const box = await row.boundingBox();
  assert.ok(box && box.width <= 375 && box.height < 160, `a hardware row is ${box?.width}×${box?.height}px`);
  const meth = await open('/methodology', 375);
  await meth.page.locator('[data-testid=defaults] tbody tr').first().waitFor();
  const height = await meth.page.evaluate(() => document.documentElement.scrollHeight);
  const wide = await open('/methodology', 750);
  await wide.page.locator('[data-testid=defaults] tbody tr').first().waitFor();
  const wideHeight = await wide.page.evaluate(() => document.documentElement.scrollHeight);
  // at half the width, text that wraps normally takes at most twice the height (1.5 today); a column squeezed to a word a line, far more
  assert.ok(height < wideHeight * 2, `Methodology is ${height}px tall at 375px and ${wideHeight}px at 750px`);
  assert.equal(await meth.page.evaluate(() => document.documentElement.scrollWidth), 375, 'nothing wider than the phone');
  const sources = await meth.page.evaluate(() => [...document.querySelectorAll('[data-testid=defaults] td[data-label=Source]')].map((td) => td.getBoundingClientRect().width));
  assert.ok(sources.length > 0 && Math.min(...sources) > 300, `source cells of ${sources.join(', ')}px`);
});
