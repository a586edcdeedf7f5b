/** Starts the hub's HTTP server on a port and host, serving the built web app; resolves once it listens. */
import { createAdaptorServer } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { createApp } from './app.ts';
import { ServerConfigError } from './errors.ts';

const serverOptions = z.object({
  port: z.number().int().min(0).max(65535).default(8787),
  host: z.string().min(1).default('127.0.0.1'),
  staticDir: z.string().min(1).optional(),
});

/** How long requests in flight may take to finish once the server is asked to stop. */
const CLOSE_GRACE_MS = 2000;

/** Options of {@link createServer}. */
export type ServerOptions = z.input<typeof serverOptions>;

/** A listening server. */
export interface RunningServer {
  /** The URL to open, e.g. "http://localhost:8787/". */
  url: string;
  port: number;
  host: string;
  /** Stops accepting connections and closes idle ones; resolves when closed. */
  close(): Promise<void>;
}

function displayHost(host: string): string {
  if (host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts listening; rejects with ServerConfigError on bad options, a missing app build or a port in use. */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const parsed = serverOptions.safeParse(options);
  if (!parsed.success) {
    throw new ServerConfigError(`invalid server options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const { port, host } = parsed.data;
  const staticDir = parsed.data.staticDir === undefined ? undefined : resolve(parsed.data.staticDir);
  if (staticDir !== undefined && !existsSync(join(staticDir, 'index.html'))) {
    throw new ServerConfigError(`no built web app at ${staticDir} (index.html missing); run \`npm run build\``);
  }
  const app = createApp(staticDir === undefined ? {} : { staticDir });
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
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${displayHost(host)}:${address.port}/`,
    port: address.port,
    host,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        http.closeIdleConnections?.();
        // a client that holds a half-sent request (or an idle socket that never sent one) must not keep the server up:
        // after a short grace for requests in flight, every remaining connection is closed
        const grace = setTimeout(() => http.closeAllConnections?.(), CLOSE_GRACE_MS);
        grace.unref();
      }),
  };
}
