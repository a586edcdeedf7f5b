/** The SQLite store: one file in WAL mode (the embedded default), through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStore } from './kysely-store.ts';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/** Sample rows one INSERT statement carries (7 parameters each). */
const SAMPLES_PER_STATEMENT = 64;

/** Opens (creating it if need be) the SQLite store at `path` (":memory:" for a store that lives with the process) and migrates it. */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>);
  // samples go through prepared statements of many rows each, on the same transaction and connection as Kysely's (SQLite has one)
  const columns = 'INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j) VALUES ';
  const many = sqlite.prepare(columns + Array(SAMPLES_PER_STATEMENT).fill('(?, ?, ?, ?, ?, ?, ?)').join(', '));
  const one = sqlite.prepare(`${columns}(?, ?, ?, ?, ?, ?, ?)`);
  const args = new Array<unknown>(7 * SAMPLES_PER_STATEMENT);
  return createKyselyStore(db, 'sqlite', async (_trx, runs) => {
    for (const { runId, samples } of runs) {
      let seq = 0;
      for (; seq + SAMPLES_PER_STATEMENT <= samples.length; seq += SAMPLES_PER_STATEMENT) {
        for (let j = 0; j < SAMPLES_PER_STATEMENT; j++) {
          const s = samples[seq + j]!;
          const o = 7 * j;
          args[o] = runId;
          args[o + 1] = seq + j;
          args[o + 2] = s.at;
          args[o + 3] = s.d;
          args[o + 4] = s.e[0];
          args[o + 5] = s.e[1];
          args[o + 6] = s.e[2];
        }
        many.run(args);
      }
      for (; seq < samples.length; seq++) {
        const s = samples[seq]!;
        one.run(runId, seq, s.at, s.d, s.e[0], s.e[1], s.e[2]);
      }
    }
  }, () => db.destroy());
}
