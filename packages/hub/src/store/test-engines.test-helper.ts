/**
 * The two engines of the store's tests: a temporary SQLite file, and a throwaway PostgreSQL cluster (one per test file,
 * a fresh database per test). Without PostgreSQL the PostgreSQL tests skip with a printed reason, except under CI=true,
 * where a missing PostgreSQL is an error.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresSkipReason, startPostgres, type PostgresCluster } from '../../../../scripts/pg-cluster.mjs';

/** A new SQLite file path in a folder of its own. */
export function sqliteFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'ct-store-')), 'hub.db');
}

/** Why the PostgreSQL tests of `what` skip here (printed), or false; throws under CI=true, where nothing may skip. */
export function postgresSkip(what: string): string | false {
  const reason = postgresSkipReason();
  if (!reason) return false;
  if (process.env.CI === 'true') throw new Error(`${what} cannot run on PostgreSQL in CI: ${reason}`);
  console.log(`# skipping ${what} on PostgreSQL: ${reason}`);
  return reason;
}

/** A throwaway cluster that hands out fresh, empty databases. */
export interface TestPostgres {
  /** A postgres:// URL of a new empty database. */
  newDatabase(): Promise<string>;
  /** A connection to one database, for checks beneath the store (closed by the caller). */
  client(url: string): Promise<pg.Client>;
  stop(): void;
}

let count = 0;

/** Starts a cluster for one test file. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const cluster: PostgresCluster = await startPostgres({ max_connections: 200 });
  // stopped (and removed) even when the test process ends without its after() hooks
  process.once('exit', () => cluster.stop());
  const client = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  return {
    async newDatabase() {
      const name = `t${process.pid}_${++count}`;
      const admin = await client(cluster.url);
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return cluster.url.replace(/\/[^/]*$/, `/${name}`);
    },
    client,
    stop: () => cluster.stop(),
  };
}
