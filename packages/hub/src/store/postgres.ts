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

/** Sample rows one INSERT … unnest statement carries. */
const SAMPLES_PER_STATEMENT = 10_000;

/** A text[] literal element: quoted, with backslashes and quotes escaped (as pg itself writes them). */
const quoted = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The samples of one statement, column by column; `run` is the 1-based position of the row's run id in `runIds`. */
interface SampleColumns {
  runIds: string[];
  run: number[];
  seq: number[];
  at: number[];
  d: number[];
  gpuJ: number[];
  cpuJ: number[];
  ramJ: number[];
}
const sampleColumns = (): SampleColumns => ({ runIds: [], run: [], seq: [], at: [], d: [], gpuJ: [], cpuJ: [], ramJ: [] });

/**
 * One INSERT of the samples, its arrays passed as PostgreSQL array literals built here (numbers written as JS writes
 * them, as pg would; each run id once): pg's own encoding of arrays costs about 2 µs a sample.
 */
function insertSamples(c: SampleColumns) {
  const list = (xs: readonly number[]) => `{${xs.join(',')}}`;
  return sql`INSERT INTO samples (run_id, seq, at, d, gpu_j, cpu_j, ram_j)
    SELECT (${`{${c.runIds.map(quoted).join(',')}}`}::text[])[r], seq, at, d, gpu_j, cpu_j, ram_j
    FROM unnest(${list(c.run)}::int[], ${list(c.seq)}::int[], ${list(c.at)}::bigint[], ${list(c.d)}::float8[],
      ${list(c.gpuJ)}::float8[], ${list(c.cpuJ)}::float8[], ${list(c.ramJ)}::float8[]) AS s(r, seq, at, d, gpu_j, cpu_j, ram_j)`;
}

/** Opens the store at a postgres:// URL and migrates it (several hub processes may share one database). */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8, types });
  // an idle connection that the server closes (a restart, an administrator) is an event of the pool, not a crash of
  // the hub: the pool drops it and the next query opens a new one
  pool.on('error', (err) => console.error(`carbontrail hub: a PostgreSQL connection was lost: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>);
  return createKyselyStore(db, 'postgres', async (trx, runs) => {
    // one statement for up to 10k samples, of one run or many: arrays unnested into rows
    let c = sampleColumns();
    for (const { runId, samples } of runs) {
      let r = c.runIds.push(runId);
      for (let seq = 0; seq < samples.length; seq++) {
        if (c.seq.length === SAMPLES_PER_STATEMENT) {
          await insertSamples(c).execute(trx);
          c = sampleColumns();
          r = c.runIds.push(runId);
        }
        const s = samples[seq]!;
        c.run.push(r);
        c.seq.push(seq);
        c.at.push(s.at);
        c.d.push(s.d);
        c.gpuJ.push(s.e[0]);
        c.cpuJ.push(s.e[1]);
        c.ramJ.push(s.e[2]);
      }
    }
    if (c.seq.length) await insertSamples(c).execute(trx);
  }, () => db.destroy());
}
