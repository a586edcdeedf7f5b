/** The store over Kysely: the same queries for SQLite and PostgreSQL; only the bulk insert of samples differs by dialect. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RunRecord } from '@carbontrail/core/schemas';
import { BadRequestError, ConflictError } from '../errors.ts';
import { DIMENSIONS, runFacts } from './run-facts.ts';
import type { Database, RollupTable, RunTable } from './schema.ts';
import { RUN_SORTS, type IncomingRun, type Project, type RunSort, type RunSummary, type Store, type Token } from './store.ts';
import { checkStorableRun, storableText, utcInstant } from './storable.ts';
import { addSurveyRollups, readSurveySummary } from './survey-rollups.ts';

/** The samples of one run, as they come in (seq is their position). */
export interface RunSamples {
  runId: string;
  samples: NonNullable<IncomingRun['samples']>;
}

/** Writes the samples of many runs inside a transaction, as fast as the dialect allows. */
export type SampleWriter = (trx: Transaction<Database>, runs: readonly RunSamples[]) => Promise<void>;

/** Runs and roll-up rows a single INSERT carries (19 and 8 parameters a row: within both engines' limits). */
const ROWS_PER_INSERT = 500;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** In groups of n, in order. */
function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

const now = () => new Date().toISOString();

function project(r: { id: string; name: string; visibility: string; created_at: string }): Project {
  return { id: r.id, name: r.name, visibility: r.visibility as Project['visibility'], createdAt: r.created_at };
}

function token(r: { id: string; project_id: string | null; name: string; scope: string; created_at: string; revoked_at: string | null }): Token {
  return { id: r.id, projectId: r.project_id, name: r.name, scope: r.scope as Token['scope'], createdAt: r.created_at, revokedAt: r.revoked_at };
}

function summary(r: Omit<RunTable, 'record' | 'month' | 'origin' | 'ingested_at'>): RunSummary {
  return {
    id: r.id, projectId: r.project_id, startedAt: r.started_at, status: r.status, jobId: r.job_id, node: r.node, country: r.country,
    source: r.source, hardware: r.hardware, task: r.task, energyKwh: Number(r.energy_kwh), emissionsKg: Number(r.emissions_kg),
    emissionsLowKg: Number(r.emissions_low_kg), emissionsHighKg: Number(r.emissions_high_kg), embodiedKg: Number(r.embodied_kg),
  };
}

const SUMMARY_COLUMNS = [
  'id', 'project_id', 'started_at', 'status', 'job_id', 'node', 'country', 'source', 'hardware', 'task', 'energy_kwh', 'emissions_kg',
  'emissions_low_kg', 'emissions_high_kg', 'embodied_kg',
] as const;

/** A page's position: the listing's order, the last run's value of the sort column and its id. */
type Cursor = [RunSort, 'asc' | 'desc', string | number, string];
const SORT_COLUMNS = { started: 'started_at', emissions: 'emissions_kg', energy: 'energy_kwh' } as const;

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
/** The position a cursor names; a cursor the store did not make, or made for another order, is refused (400), never read as "from the start". */
function decodeCursor(cursor: string, sort: RunSort, order: 'asc' | 'desc'): Cursor {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = undefined;
  }
  const ok = Array.isArray(v) && v.length === 4 && (RUN_SORTS as readonly unknown[]).includes(v[0]) && (v[1] === 'asc' || v[1] === 'desc') &&
    (v[0] === 'started' ? typeof v[2] === 'string' : typeof v[2] === 'number' && Number.isFinite(v[2])) && typeof v[3] === 'string';
  if (!ok) throw new BadRequestError('invalid cursor: pass the "next" of the previous page as it was given', 'cursor');
  const c = v as Cursor;
  if (c[0] !== sort || c[1] !== order) {
    throw new BadRequestError(`this cursor continues a listing by ${c[0]} ${c[1]}, not by ${sort} ${order}: keep sort and order while paging, or start again without a cursor`, 'cursor');
  }
  return c;
}

/** A bound of a listing ("2025-03-01", "2025-03-01T10:00", with or without a zone; UTC when none) as a stored instant. */
function bound(value: string, field: string): string {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/i.test(value) ? value : value.includes('T') ? `${value}Z` : `${value}T00:00:00Z`;
  try {
    return utcInstant(zoned, field);
  } catch {
    throw new BadRequestError(`invalid ${field} "${value.slice(0, 40)}": give an ISO date such as 2025-03-01`, field);
  }
}

/** A store over a Kysely database whose migrations have run. */
export function createKyselyStore(db: Kysely<Database>, dialect: Store['dialect'], writeSamples: SampleWriter, close: () => Promise<void>): Store {
  return {
    dialect,
    async createProject(p) {
      const row = { id: randomUUID(), name: storableText(p.name, 'name'), visibility: p.visibility, created_at: now() };
      const inserted = await db.insertInto('projects').values(row).onConflict((oc) => oc.column('name').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) throw new ConflictError(`a project named "${p.name}" exists already`, 'name');
      return project(row);
    },
    async findProject(idOrName) {
      const r = await db.selectFrom('projects').selectAll().where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)])).executeTakeFirst();
      return r && project(r);
    },
    async listProjects() {
      return (await db.selectFrom('projects').selectAll().orderBy('name').execute()).map(project);
    },
    async createToken(t) {
      const row = { id: randomUUID(), project_id: t.projectId, name: storableText(t.name, 'name'), scope: t.scope, hash: t.hash, created_at: now(), revoked_at: null };
      const inserted = await db.insertInto('tokens').values(row).onConflict((oc) => oc.column('hash').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) throw new ConflictError('a token with this secret exists already', 'hash');
      return token(row);
    },
    async tokenByHash(hash) {
      const r = await db.selectFrom('tokens').selectAll().where('hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
      return r && token(r);
    },
    async listTokens(projectId) {
      return (await db.selectFrom('tokens').selectAll().where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute()).map(token);
    },
    async findToken(id) {
      const r = await db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return r && token(r);
    },
    async revokeToken(id) {
      const r = await db.updateTable('tokens').set({ revoked_at: now() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async countAdminTokens() {
      const r = await db.selectFrom('tokens').select((eb) => eb.fn.countAll<number>().as('n')).where('scope', '=', 'admin').where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async ingest(projectId, runs) {
      runs.forEach(checkStorableRun);
      const ingestedAt = now();
      const incoming = runs.map((r) => ({ ...r, facts: runFacts(r.record) }));
      // Every ingest takes its row locks in one order (runs by id, then roll-ups by dimension and key), so that concurrent
      // ingests on PostgreSQL wait for each other instead of deadlocking. The sort is stable: of two runs with one id,
      // the first sent is the one stored.
      const byId = [...incoming].sort((a, b) => byString(a.record.id, b.record.id));
      return db.transaction().execute(async (trx) => {
        const stored = new Set<string>();
        for (const part of chunks(byId, ROWS_PER_INSERT)) {
          const ids = await trx
            .insertInto('runs')
            .values(part.map(({ record, facts: f }) => ({
              id: record.id, project_id: projectId, started_at: f.startedAt, month: f.month, status: record.status,
              job_id: record.jobId, node: record.node, country: f.country, source: f.source, hardware: f.hardware, task: f.task,
              energy_kwh: record.energy.totalKwh, emissions_kg: record.emissionsKg, emissions_low_kg: record.emissionsLowKg,
              emissions_high_kg: record.emissionsHighKg, embodied_kg: record.embodiedKg, origin: f.origin,
              record: JSON.stringify(record), ingested_at: ingestedAt,
            })))
            .onConflict((oc) => oc.column('id').doNothing())
            .returning('id')
            .execute();
          for (const r of ids) stored.add(r.id);
        }
        const accepted: string[] = [];
        const duplicates: string[] = [];
        const fresh: typeof incoming = [];
        for (const r of incoming) {
          if (stored.delete(r.record.id)) {
            accepted.push(r.record.id);
            fresh.push(r);
          } else duplicates.push(r.record.id);
        }
        // epoch milliseconds are whole in both engines (a bigint column): a fractional time is rounded
        const whole = (list: NonNullable<IncomingRun['samples']>) => (list.every((x) => Number.isInteger(x.at)) ? list : list.map((x) => ({ ...x, at: Math.round(x.at) })));
        const withSamples = fresh.filter((r) => r.samples?.length).map((r) => ({ runId: r.record.id, samples: whole(r.samples!) }));
        if (withSamples.length) await writeSamples(trx, withSamples);
        // one upsert row per (dimension, key) of the request, its totals summed here
        const totals = new Map<string, RollupTable>();
        for (const { record, facts } of fresh) {
          for (const dim of DIMENSIONS) {
            const key = facts[dim];
            const id = `${dim}\u0000${key}`;
            const t = totals.get(id);
            if (t) {
              t.runs += 1;
              t.energy_kwh += record.energy.totalKwh;
              t.emissions_kg += record.emissionsKg;
              t.emissions_low_kg += record.emissionsLowKg;
              t.emissions_high_kg += record.emissionsHighKg;
            } else {
              totals.set(id, {
                project_id: projectId, dim, key, runs: 1, energy_kwh: record.energy.totalKwh, emissions_kg: record.emissionsKg,
                emissions_low_kg: record.emissionsLowKg, emissions_high_kg: record.emissionsHighKg,
              });
            }
          }
        }
        const rollups = [...totals.values()].sort((a, b) => byString(a.dim, b.dim) || byString(a.key, b.key));
        for (const part of chunks(rollups, ROWS_PER_INSERT)) {
          await trx
            .insertInto('rollups')
            .values(part)
            .onConflict((oc) =>
              oc.columns(['project_id', 'dim', 'key']).doUpdateSet({
                runs: sql`rollups.runs + excluded.runs`,
                energy_kwh: sql`rollups.energy_kwh + excluded.energy_kwh`,
                emissions_kg: sql`rollups.emissions_kg + excluded.emissions_kg`,
                emissions_low_kg: sql`rollups.emissions_low_kg + excluded.emissions_low_kg`,
                emissions_high_kg: sql`rollups.emissions_high_kg + excluded.emissions_high_kg`,
              }),
            )
            .execute();
        }
        await addSurveyRollups(trx, projectId, fresh.map((r) => r.record));
        return { accepted, duplicates };
      });
    },
    async listRuns(q) {
      if (q.projectIds.length === 0) return { runs: [], next: null };
      let query = db.selectFrom('runs').select(SUMMARY_COLUMNS).where('project_id', 'in', [...q.projectIds]);
      if (q.from) query = query.where('started_at', '>=', bound(q.from, 'from'));
      if (q.to) query = query.where('started_at', '<', bound(q.to, 'to'));
      if (q.status) query = query.where('status', '=', q.status);
      if (q.job) query = query.where('job_id', '=', q.job);
      if (q.hardware) query = query.where('hardware', '=', q.hardware);
      if (q.country) query = query.where('country', '=', q.country);
      const sort = q.sort ?? 'started';
      const order = q.order ?? 'desc';
      const column = SORT_COLUMNS[sort];
      const beyond = order === 'desc' ? '<' : '>';
      const c = q.cursor !== undefined ? decodeCursor(q.cursor, sort, order) : undefined;
      if (c) query = query.where((eb) => eb.or([eb(column, beyond, c[2]), eb.and([eb(column, '=', c[2]), eb('id', beyond, c[3])])]));
      const rows = await query.orderBy(column, order).orderBy('id', order).limit(q.limit + 1).execute();
      const page = rows.slice(0, q.limit).map(summary);
      const last = rows[q.limit - 1];
      const lastValue = last ? (sort === 'started' ? String(last.started_at) : Number(last[column])) : undefined;
      return { runs: page, next: rows.length > q.limit && last && lastValue !== undefined ? encodeCursor([sort, order, lastValue, last.id]) : null };
    },
    async getRun(id) {
      const r = await db.selectFrom('runs').select([...SUMMARY_COLUMNS, 'record']).where('id', '=', id).executeTakeFirst();
      if (!r) return undefined;
      const samples = await db.selectFrom('samples').selectAll().where('run_id', '=', id).orderBy('seq').execute();
      return {
        summary: summary(r),
        record: JSON.parse(r.record) as RunRecord,
        samples: samples.map((s) => ({ seq: Number(s.seq), at: Number(s.at), d: Number(s.d), gpuJ: Number(s.gpu_j), cpuJ: Number(s.cpu_j), ramJ: Number(s.ram_j) })),
      };
    },
    async jobRuns(jobId, projectIds) {
      if (projectIds.length === 0) return [];
      const rows = await db.selectFrom('runs').select('record').where('job_id', '=', jobId).where('project_id', 'in', [...projectIds]).orderBy('started_at').orderBy('id').execute();
      return rows.map((r) => JSON.parse(r.record) as RunRecord);
    },
    async stats(projectIds, by) {
      if (projectIds.length === 0) return [];
      const rows = await db
        .selectFrom('rollups')
        .select((eb) => [
          'key',
          eb.fn.sum<number>('runs').as('runs'),
          eb.fn.sum<number>('energy_kwh').as('energy_kwh'),
          eb.fn.sum<number>('emissions_kg').as('emissions_kg'),
          eb.fn.sum<number>('emissions_low_kg').as('emissions_low_kg'),
          eb.fn.sum<number>('emissions_high_kg').as('emissions_high_kg'),
        ])
        .where('dim', '=', by)
        .where('project_id', 'in', [...projectIds])
        .groupBy('key')
        .orderBy('key')
        .execute();
      return rows.map((r) => ({
        key: r.key, runs: Number(r.runs), energyKwh: Number(r.energy_kwh), emissionsKg: Number(r.emissions_kg),
        emissionsLowKg: Number(r.emissions_low_kg), emissionsHighKg: Number(r.emissions_high_kg),
      }));
    },
    async *records(projectId) {
      let after: [string, string] | undefined;
      for (;;) {
        let query = db.selectFrom('runs').select(['id', 'started_at', 'record']).where('project_id', '=', projectId);
        if (after) {
          const [s, i] = after;
          query = query.where((eb) => eb.or([eb('started_at', '>', s), eb.and([eb('started_at', '=', s), eb('id', '>', i)])]));
        }
        const rows = await query.orderBy('started_at').orderBy('id').limit(500).execute();
        for (const r of rows) yield JSON.parse(r.record) as RunRecord;
        if (rows.length < 500) return;
        const last = rows[rows.length - 1]!;
        after = [last.started_at, last.id];
      }
    },
    async surveySummary(projectIds, parts) {
      return readSurveySummary(db, projectIds, parts);
    },
    close,
  };
}
