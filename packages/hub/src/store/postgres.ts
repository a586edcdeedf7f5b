/** The PostgreSQL store (DATABASE_URL): the same schema, migrations and queries as SQLite, through pg and Kysely. */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createKyselyStore } from './kysely-store.ts';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrations.ts';
import type { Store } from './store.ts';

/**
 * bigint (COUNT, SUM of integers, epoch milliseconds) and numeric come back as strings by default: numbers here (they
 * stay far below 2^53). Set on this store's connections only, never on the pg module of the whole process.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Opens the store at a postgres:// URL and migrates it (several hub processes may share one database). */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8, types });
  // an idle connection that the server closes (a restart, an administrator) is an event of the pool, not a crash of
  // the hub: the pool drops it and the next query opens a new one
  pool.on('error', (err) => console.error(`carbontrail hub: a PostgreSQL connection was lost: ${err.message}`));
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
