/** The SQLite store: one file in WAL mode (the embedded default), through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStore } from './kysely-store.ts';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

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
  // samples go through one prepared statement: the same transaction and connection as Kysely's (SQLite has one)
  const insert = sqlite.prepare('INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return createKyselyStore(db, 'sqlite', async (_trx, rows) => {
    for (const r of rows) insert.run(r.run_id, r.seq, r.at, r.d, r.gpu_j, r.cpu_j, r.ram_j);
  }, () => db.destroy());
}
