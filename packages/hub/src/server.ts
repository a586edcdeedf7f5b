/** Starts the hub's HTTP server on a port and host, serving the built web app; resolves once it listens. */
import { createAdaptorServer } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ensureAdminToken } from './admin.ts';
import { createApp } from './app.ts';
import { hubConfig, type HubConfigInput } from './config.ts';
import { ServerConfigError } from './errors.ts';
import { seedSurveyProject } from './seed-survey.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';

/** How long requests in flight may take to finish once the server is asked to stop. */
const CLOSE_GRACE_MS = 2000;

/** Options of {@link createServer}: the hub's configuration. */
export type ServerOptions = HubConfigInput;

/** A listening server. */
export interface RunningServer {
  /** The URL to open, e.g. "http://localhost:8787/". */
  url: string;
  port: number;
  host: string;
  /** Which store serves the API: "sqlite" with its file, or "postgres". */
  store: { dialect: Store['dialect']; location: string };
  /** The secret of an admin token made for a fresh store: shown once, never again. */
  newAdminToken?: string;
  /** The public project a fresh store was given the survey's models in. */
  seeded?: { project: string; runs: number };
  /** Stops accepting connections, closes idle ones, then the store; resolves when closed. */
  close(): Promise<void>;
}

function displayHost(host: string): string {
  if (host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Opens the store (migrating it), makes sure it has an admin token, and starts listening; rejects with ServerConfigError
 * on bad options, a missing app build, a store that cannot open or a port in use.
 */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const parsed = hubConfig.safeParse(options);
  if (!parsed.success) {
    throw new ServerConfigError(`invalid server options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const { port, host, databaseUrl, adminToken } = parsed.data;
  const staticDir = parsed.data.staticDir === undefined ? undefined : resolve(parsed.data.staticDir);
  if (staticDir !== undefined && !existsSync(join(staticDir, 'index.html'))) {
    throw new ServerConfigError(`no built web app at ${staticDir} (index.html missing); run \`npm run build\``);
  }
  const sqlitePath = resolve(parsed.data.sqlitePath);
  let store: Store;
  try {
    store = await openStore({ databaseUrl, sqlitePath });
  } catch (err) {
    const where = databaseUrl ? 'the PostgreSQL database of DATABASE_URL' : sqlitePath;
    throw new ServerConfigError(`cannot open the store at ${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const newAdminToken = await ensureAdminToken(store, adminToken).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const seeded = parsed.data.seedSurvey
    ? await seedSurveyProject(store).catch(async (err: unknown) => {
        await store.close();
        throw err;
      })
    : undefined;
  const app = createApp({ store, ...(staticDir === undefined ? {} : { staticDir }) });
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((ok, fail) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      fail(
        err.code === 'EADDRINUSE'
          ? new ServerConfigError(`port ${port} on ${host} is already in use; choose another with --port or PORT`)
          : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
            ? new ServerConfigError(`cannot listen on host "${host}": ${err.code}`)
            : err,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      ok();
    });
  }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${displayHost(host)}:${address.port}/`,
    port: address.port,
    host,
    store: { dialect: store.dialect, location: databaseUrl ? databaseUrl.replace(/\/\/[^@/]*@/, '//…@') : sqlitePath },
    ...(newAdminToken ? { newAdminToken } : {}),
    ...(seeded ? { seeded } : {}),
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : store.close().then(ok, fail)));
        const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        http.closeIdleConnections?.();
        // a client that holds a half-sent request (or an idle socket that never sent one) must not keep the server up:
        // after a short grace for requests in flight, every remaining connection is closed
        const grace = setTimeout(() => http.closeAllConnections?.(), CLOSE_GRACE_MS);
        grace.unref();
      }),
  };
}
