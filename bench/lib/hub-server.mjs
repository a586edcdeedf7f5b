// A hub server in its own process for the hub benchmarks, from the built bundle (packages/hub/dist/hub.mjs, what ships):
// the options come as JSON in argv[2]; prints one JSON line {port} once it listens; closes and exits on SIGTERM or
// when stdin ends.
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
process.stdin.on('end', stop);
process.stdin.resume();
