/** `carbontrail serve`: serves the web app (and the hub API) until interrupted; the hub is loaded only for this command. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';

const PORT = { min: 0, max: 65535, integer: true, what: 'port' } as const;
const HOST = /^[A-Za-z0-9.:[\]-]+$/;

function parsePort(text: string, from: string): number {
  const t = text.trim();
  const n = /^\d+$/.test(t) ? Number(t) : Number.NaN;
  if (!(n >= PORT.min && n <= PORT.max)) throw new UsageError(`invalid ${from} "${text}": expected a whole number from 0 to 65535`);
  return n;
}

function parseHost(text: string, from: string): string {
  const t = text.trim();
  if (t === '' || !HOST.test(t)) throw new UsageError(`invalid ${from} "${text}": expected a host name or IP address such as 127.0.0.1 or 0.0.0.0`);
  return t.replace(/^\[(.*)\]$/, '$1');
}

/** Where the built web app lies: packages/web/dist, relative to the bundle (dist/ or its chunks/) or to this source file. */
function findWebApp(): string | undefined {
  const candidates = ['../../web/dist/', '../../../web/dist/'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((dir) => existsSync(`${dir}index.html`));
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((ok) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ok(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The hub package, loaded on demand: a machine that installed only the tracker has no hub and no database driver. */
async function loadHub(): Promise<typeof import('@carbontrail/hub')> {
  try {
    return await import('@carbontrail/hub');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError('no-hub', '`carbontrail serve` needs the hub package (@carbontrail/hub), which is not installed here; run it from the repository (npm install && npm start) or install the hub package', 1);
    }
    throw err;
  }
}

export const serveCommand = defineCommand({
  name: 'serve',
  synopsis: '[--port 8787] [--host 127.0.0.1] [--db PATH]',
  description: `Serves the web app (calculator, publish, learn, act, data, methodology) and the hub API (projects, tokens,
runs, imports, exports, stats; /metrics) and prints its URL. Runs are stored in an SQLite file (--db, default
.carbontrail/hub.db), or in PostgreSQL when DATABASE_URL=postgres://… is set (several hubs may share one). A fresh
store gets an admin token, printed once; CARBONTRAIL_ADMIN_TOKEN sets it instead. Stops on Ctrl-C (SIGINT) or SIGTERM.`,
  flags: {
    db: { type: 'string', value: 'PATH', maxLength: 4096, help: 'the SQLite file of the store (default .carbontrail/hub.db; ignored with DATABASE_URL)' },
    port: { type: 'number', range: PORT, short: 'p', value: 'N', help: 'port to listen on, 0 for any free port (default 8787, or the PORT environment variable)' },
    host: { type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1, or HOST); 0.0.0.0 accepts connections from other machines' },
  },
  async run({ flags }, io) {
    const port = flags.port !== undefined ? flags.port : io.env.PORT ? parsePort(io.env.PORT, 'PORT') : undefined;
    const host = flags.host !== undefined ? parseHost(flags.host, '--host') : io.env.HOST ? parseHost(io.env.HOST, 'HOST') : undefined;
    const hub = await loadHub();
    const staticDir = findWebApp();
    if (!staticDir) throw new CliError('no-web-app', 'the web app is not built (packages/web/dist/index.html is missing); run `npm run build`', 1);
    const server = await hub.createServer({
      staticDir,
      sqlitePath: resolve(io.cwd, flags.db ?? '.carbontrail/hub.db'),
      ...(io.env.DATABASE_URL ? { databaseUrl: io.env.DATABASE_URL } : {}),
      ...(io.env.CARBONTRAIL_ADMIN_TOKEN ? { adminToken: io.env.CARBONTRAIL_ADMIN_TOKEN } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(host !== undefined ? { host } : {}),
    });
    if (server.newAdminToken) {
      io.stdout.write(`carbontrail: a new admin token for this store, shown once (keep it; the hub stores only its hash):\n  ${server.newAdminToken}\n`);
    }
    io.stdout.write(`carbontrail: store: ${server.store.dialect} ${server.store.location}\n`);
    if (server.seeded) io.stdout.write(`carbontrail: a fresh store: the survey's ${server.seeded.runs} models are in the public project "${server.seeded.project}"\n`);
    io.stdout.write(`carbontrail: serving the web app and the hub API at ${server.url} (Ctrl-C to stop)\n`);
    const signal = await waitForSignal();
    io.stderr.write(`carbontrail: ${signal} received, stopping\n`);
    await server.close();
    return 0;
  },
});
