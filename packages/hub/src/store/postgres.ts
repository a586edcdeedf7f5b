/** The PostgreSQL store (DATABASE_URL): the same schema, migrations and queries as SQLite, through pg and Kysely. */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createKyselyStore } from './kysely-store.ts';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrations.ts';
import type { Store } from './store.ts';

// COUNT and SUM over bigint come back as strings by default: numbers here (totals stay far below 2^53)
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, Number);

/** Opens the store at a postgres:// URL and migrates it (several hub processes may share one database). */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>);
  return createKyselyStore(db, 'postgres', async (trx, rows) => {
    // one statement for a whole batch: arrays unnested into rows
    for (let i = 0; i < rows.length; i += 10_000) {
      const b = rows.slice(i, i + 10_000);
      await sql`INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j)
        SELECT * FROM unnest(${b.map((r) => r.run_id)}::text[], ${b.map((r) => r.seq)}::int[], ${b.map((r) => r.at)}::bigint[],
          ${b.map((r) => r.d)}::float8[], ${b.map((r) => r.gpu_j)}::float8[], ${b.map((r) => r.cpu_j)}::float8[], ${b.map((r) => r.ram_j)}::float8[])`.execute(trx);
    }
  }, () => db.destroy());
}
