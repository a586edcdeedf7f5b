/** Test harness for the browser tests: builds nothing, starts the real `carbontrail serve`, drives Debian's Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** Repository root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The CLI entry point. */
export const bin = `${root}packages/cli/bin/carbontrail.mjs`;
/** Debian's Chromium; never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or false when they can; throws under CI instead of skipping. */
export function browserTestsSkipReason(): string | false {
  let reason: string | false = false;
  if (!existsSync(chromiumPath)) reason = `${chromiumPath} is missing (install Debian's package: apt-get install -y chromium)`;
  else if (!existsSync(`${root}packages/cli/dist/carbontrail.mjs`) || !existsSync(`${root}packages/web/dist/index.html`)) {
    reason = 'the CLI bundle or the web app is not built (run `npm run build`)';
  }
  if (reason && process.env.CI === 'true') throw new Error(`browser tests cannot run in CI: ${reason}`);
  if (reason) console.log(`# skipping browser tests: ${reason}`);
  return reason;
}

/** A running `carbontrail serve` on a free port. */
export interface Served {
  base: string;
  child: ChildProcess;
  /** The admin token of its fresh store. */
  adminToken: string;
  stop(): Promise<void>;
}

/** Starts `carbontrail serve --port 0` on a fresh store of its own and resolves with its base URL once it prints it. */
export async function startServer(): Promise<Served> {
  const db = join(mkdtempSync(join(tmpdir(), 'ct-e2e-')), 'hub.db');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let out = '';
  const port = await new Promise<string>((ok, fail) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[^:\s]+:(\d+)\//.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`carbontrail serve exited (${code}) before listening: ${stderr}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    adminToken: /\n\s+(ct_\S+)\n/.exec(out)?.[1] ?? '',
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** Launches Chromium headless. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
}

/** Problems a page reports: console errors, uncaught exceptions, failed requests, requests to other origins. */
export interface PageProblems {
  errors: string[];
  foreign: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Records the problems of a page from now on. */
export function watchPage(page: Page, base: string): PageProblems {
  const problems: PageProblems = { errors: [], foreign: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    const url = r.url();
    problems.requests.push(url);
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreign.push(url);
  });
  return problems;
}
