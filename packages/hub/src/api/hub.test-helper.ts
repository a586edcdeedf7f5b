/** Test helper: a hub app on a SQLite file of its own, requests in process, and consistent run records to upload. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '@carbontrail/core/schemas';
import type { Hono } from 'hono';
import type { HubEnv } from '../auth/principal.ts';
import { createApp, ensureAdminToken, openSqliteStore, type Store } from '../index.ts';

/** An answer of the app: status, parsed JSON (undefined when the body is not JSON), raw text and headers. */
export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

/** What a test request carries: a bearer token (or a raw Authorization header), a JSON value or a raw body. */
export interface Ask {
  token?: string;
  authorization?: string;
  json?: unknown;
  body?: string;
  type?: string;
}

export interface TestHub {
  /** The app itself (its route table is what the authorisation matrix covers). */
  app: Hono<HubEnv>;
  store: Store;
  /** The admin token's secret. */
  admin: string;
  request(method: string, path: string, ask?: Ask): Promise<Answer>;
  close(): Promise<void>;
}

/** A hub with a fresh store (a SQLite file of its own unless `open` gives another) and an admin token; close() removes its files. */
export async function testHub(open?: () => Promise<Store>): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-hub-api-'));
  const store = open ? await open() : await openSqliteStore(join(dir, 'hub.db'));
  const admin = (await ensureAdminToken(store, undefined))!;
  const app = createApp({ store });
  return {
    app,
    store,
    admin,
    async request(method, path, ask = {}) {
      const headers: Record<string, string> = {};
      if (ask.token !== undefined) headers.authorization = `Bearer ${ask.token}`;
      if (ask.authorization !== undefined) headers.authorization = ask.authorization;
      let body: string | undefined;
      if (ask.json !== undefined) {
        body = JSON.stringify(ask.json);
        headers['content-type'] = 'application/json';
      }
      if (ask.body !== undefined) body = ask.body;
      if (ask.type !== undefined) headers['content-type'] = ask.type;
      const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fails with the answer's text when its status is not the expected one; returns the answer. */
export function expectStatus(a: Answer, status: number, what = ''): Answer {
  if (a.status !== status) throw new Error(`${what ? `${what}: ` : ''}expected ${status}, got ${a.status}: ${a.text.slice(0, 500)}`);
  return a;
}

/** Creates a project as the admin; returns its id and name. */
export async function makeProject(hub: TestHub, name: string, visibility: 'public' | 'private' = 'public'): Promise<{ id: string; name: string }> {
  const a = expectStatus(await hub.request('POST', '/api/projects', { token: hub.admin, json: { name, visibility } }), 201, `create project ${name}`);
  return a.body;
}

/** Creates a token of a project as the admin; returns its id and secret. */
export async function makeToken(hub: TestHub, project: string, scope: 'read' | 'write', name = `${scope} token`): Promise<{ id: string; token: string }> {
  const a = expectStatus(await hub.request('POST', `/api/projects/${encodeURIComponent(project)}/tokens`, { token: hub.admin, json: { name, scope } }), 201, 'create token');
  return a.body;
}

/** The figures of a test run; every one has a default. */
export interface RunOptions {
  id?: string;
  startedAt?: string;
  durationS?: number;
  gpuKwh?: number;
  cpuKwh?: number;
  ramKwh?: number;
  pue?: number;
  gPerKwh?: number;
  country?: string;
  gpu?: string;
  gpuCount?: number;
  jobId?: string | null;
  node?: string;
  status?: RunRecord['status'];
  task?: string;
}

let counter = 0;

/** A run record whose figures are consistent: facility energy = device energy × PUE, emissions = facility energy × intensity. */
export function testRun(o: RunOptions = {}): RunRecord {
  const id = o.id ?? `run-${process.pid}-${++counter}`;
  const startedAt = o.startedAt ?? '2025-03-01T10:00:00.000Z';
  const durationS = o.durationS ?? 3600;
  const endedAt = new Date(Date.parse(startedAt) + durationS * 1000).toISOString();
  const gpuKwh = o.gpuKwh ?? 1.5;
  const cpuKwh = o.cpuKwh ?? 0.25;
  const ramKwh = o.ramKwh ?? 0.05;
  const pue = o.pue ?? 1.2;
  const g = o.gPerKwh ?? 56;
  const country = o.country ?? 'FR';
  const totalKwh = gpuKwh + cpuKwh + ramKwh;
  const facilityKwh = totalKwh * pue;
  const emissionsKg = (facilityKwh * g) / 1000;
  const gpuCount = o.gpuCount ?? 2;
  const node = o.node ?? 'gpu1';
  const year = Number(startedAt.slice(0, 4));
  return {
    schemaVersion: 1,
    id,
    status: o.status ?? 'finished',
    command: ['python', 'train.py'],
    exitCode: 0,
    signal: null,
    startedAt,
    endedAt,
    durationS,
    host: { hostname: node, os: 'Linux-6.8.0-x86_64', platform: 'linux', arch: 'x64', runtime: 'node 20.19.0' },
    node,
    jobId: o.jobId ?? null,
    project: null,
    hardware: {
      gpus: Array.from({ length: gpuCount }, (_, index) => ({
        index, name: o.gpu ?? 'NVIDIA H100 80GB HBM3', uuid: `GPU-${index}`, energyKwh: gpuKwh / gpuCount, method: 'counter' as const,
        avgPowerW: 500, maxPowerW: 690, avgUtilizationPercent: 90, processes: [],
      })),
      cpu: { model: 'AMD EPYC 9654', sockets: 1, logicalCores: 64, tdpW: 360, tdpSource: 'hardware table', energyKwh: cpuKwh, method: 'estimate', sensor: 'tdp-cpu-share', cpuSeconds: 3600 },
      ram: { totalGb: 512, energyKwh: ramKwh, method: 'estimate', sensor: 'rss-model', wPerGb: 0.3725, source: 'Green Algorithms', peakRssGb: 20 },
    },
    energy: {
      gpuKwh, cpuKwh, ramKwh, totalKwh, facilityKwh,
      methods: { gpu: 'counter', cpu: 'estimate', ram: 'estimate' },
      accuracy: { gpu: { low: -0.02, high: 0.02 }, cpu: { low: -0.5, high: 0.3 }, ram: { low: -0.5, high: 1 } },
    },
    pue: { value: pue, low: pue, high: pue, source: 'stated' },
    location: { country },
    intensity: { gPerKwh: g, low: g * 0.8, high: g * 1.2, rule: 'country', source: 'test', year, country, byYear: [{ year, gPerKwh: g, facilityKwh, source: 'test' }] },
    emissionsKg, emissionsLowKg: emissionsKg * 0.8, emissionsHighKg: emissionsKg * 1.2,
    embodiedKg: 0.01, embodiedLowKg: 0.005, embodiedHighKg: 0.02, embodiedSources: ['test'],
    intervalS: 1, sampleCount: 0, timeline: [],
    tracker: { name: 'carbontrail', version: '0.2.0' },
    notes: [],
    ...(o.task ? { meta: { task: o.task } } : {}),
  };
}

/** n journal samples (1 s apart) of a run, as the tracker sends them. */
export function testSamples(n: number, startMs = Date.parse('2025-03-01T10:00:00.000Z')): { at: number; d: number; e: [number, number, number] }[] {
  return Array.from({ length: n }, (_, i) => ({ at: startMs + (i + 1) * 1000, d: 1, e: [500, 60, 7] as [number, number, number] }));
}
