/** Starts a hub in a child process (hub-process-main.test-helper.ts) on a given store, and talks to its API as a client would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerOptions } from '../server.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const main = fileURLToPath(new URL('./hub-process-main.test-helper.ts', import.meta.url));

export interface HubProcess {
  /** "http://127.0.0.1:PORT". */
  base: string;
  child: ChildProcess;
  /** Resolves when the process has ended, with how. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL, and wait for the end. */
  kill(): Promise<void>;
  /** SIGTERM (the hub closes its store), and wait for the end. */
  stop(): Promise<void>;
}

/** Starts a hub on `options` (sqlitePath or databaseUrl, adminToken…) and resolves once it listens. */
export async function startHub(options: ServerOptions): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: root,
    env: { ...process.env, CT_TEST_HUB: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = /^\{"port":(\d+)\}$/m.exec(out);
      if (line) ok(Number(line[1]));
    });
    void exited.then(({ code, signal }) => fail(new Error(`the hub ended before listening (${code ?? signal}): ${stderr}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { base: `http://127.0.0.1:${port}`, child, exited, stderr: () => stderr, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/** A JSON request to the hub's API; resolves to the status and the parsed body. */
export async function api(base: string, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Makes a project and a write token of it through the API, with the admin token; returns the token. */
export async function projectWithWriteToken(base: string, admin: string, name: string): Promise<string> {
  const p = await api(base, 'POST', '/api/projects', admin, { name, visibility: 'private' });
  if (p.status !== 201) throw new Error(`creating project ${name}: ${p.status} ${JSON.stringify(p.body)}`);
  const t = await api(base, 'POST', `/api/projects/${name}/tokens`, admin, { name: 'uploader', scope: 'write' });
  if (t.status !== 201) throw new Error(`creating a token of ${name}: ${t.status} ${JSON.stringify(t.body)}`);
  return t.body.token as string;
}
