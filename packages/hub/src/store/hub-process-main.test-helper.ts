/**
 * A hub in a process of its own, for the crash and concurrency tests (hub-process.test-helper.ts starts it): the hub's
 * createServer from the source, configured by the JSON of CT_TEST_HUB; prints {"port"} as one line once it listens.
 */
import { createServer } from '../server.ts';

const server = await createServer({ port: 0, host: '127.0.0.1', ...(JSON.parse(process.env.CT_TEST_HUB ?? '{}') as object) });
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
