// A hub server in its own process for the hub benchmarks, from the built bundle (packages/hub/dist/hub.mjs, what ships):
// the options come as JSON in argv[2]; prints one JSON line {port} once it listens. On stdin, the line "gc" runs a full
// garbage collection (when started with --expose-gc) and answers with a JSON line of the process's memory; the server
// closes and the process exits on SIGTERM or when stdin ends.
import { createInterface } from 'node:readline';
import { createServer } from '@carbontrail/hub';

const server = await createServer({ port: 0, host: '127.0.0.1', ...JSON.parse(process.argv[2] ?? '{}') });
process.stdout.write(`${JSON.stringify({ port: server.port, dialect: server.store.dialect })}\n`);
let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  server.close().then(() => process.exit(0), (err) => {
    console.error(err);
    process.exit(1);
  });
};
process.on('SIGTERM', stop);
const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (line.trim() !== 'gc') return;
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
});
input.on('close', stop);
