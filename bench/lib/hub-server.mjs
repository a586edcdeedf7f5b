// A hub server in its own process for the hub benchmarks (run with `node --import tsx`): the options come as JSON in
// argv[2]; prints one JSON line {port} once it listens; closes the server and exits on SIGTERM or when stdin ends.
import { createServer } from '../../packages/hub/src/index.ts';

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
