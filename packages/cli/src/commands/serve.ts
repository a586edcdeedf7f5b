/** `carbontrail serve`: serves the web app (and, later, the hub API) until interrupted. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { createServer, isHubError } from '@carbontrail/hub';
import type { Command, CommandIo } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';

const usage = `Usage: carbontrail serve [--port 8787] [--host 127.0.0.1]

Serves the web app (calculator, publish, learn, act, data, methodology) and prints its URL.
Stops on Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port N     port to listen on, 0 for any free port (default 8787, or the PORT environment variable)
  --host HOST  address to listen on (default 127.0.0.1, or the HOST environment variable);
               use 0.0.0.0 to accept connections from other machines
`;

const portSchema = z.coerce.number().int().min(0).max(65535);
const hostSchema = z.string().trim().min(1).regex(/^[A-Za-z0-9.:[\]-]+$/);

function parsePort(text: string, from: string): number {
  const r = portSchema.safeParse(text.trim() === '' ? Number.NaN : text);
  if (!r.success) throw new UsageError(`invalid ${from} "${text}": expected a whole number from 0 to 65535`);
  return r.data;
}

function parseHost(text: string, from: string): string {
  const r = hostSchema.safeParse(text);
  if (!r.success) throw new UsageError(`invalid ${from} "${text}": expected a host name or IP address such as 127.0.0.1 or 0.0.0.0`);
  return r.data.replace(/^\[(.*)\]$/, '$1');
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

async function run(argv: string[], io: CommandIo): Promise<number> {
  let values: { port?: string; host?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
  }
  const port =
    values.port !== undefined ? parsePort(values.port, '--port') : io.env.PORT ? parsePort(io.env.PORT, 'PORT') : 8787;
  const host =
    values.host !== undefined ? parseHost(values.host, '--host') : io.env.HOST ? parseHost(io.env.HOST, 'HOST') : '127.0.0.1';
  const staticDir = findWebApp();
  if (!staticDir) {
    throw new CliError('no-web-app', 'the web app is not built (packages/web/dist/index.html is missing); run `npm run build`', 1);
  }
  let server;
  try {
    server = await createServer({ port, host, staticDir });
  } catch (err) {
    if (isHubError(err)) throw new CliError(err.code, err.message, 1);
    throw err;
  }
  io.stdout.write(`carbontrail: serving the web app at ${server.url} (Ctrl-C to stop)\n`);
  const signal = await waitForSignal();
  io.stderr.write(`carbontrail: ${signal} received, stopping\n`);
  await server.close();
  return 0;
}

/** The `serve` sub-command. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web app (calculator, data, learn, act) and the hub API',
  usage,
  run,
};
