/** Opens the store a hub is configured with: PostgreSQL when a database URL is given, else the SQLite file. */
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export async function openStore(config: { databaseUrl?: string | undefined; sqlitePath: string }): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.sqlitePath);
}
