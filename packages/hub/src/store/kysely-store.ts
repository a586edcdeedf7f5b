/** The store over Kysely: the same queries for SQLite and PostgreSQL; only the bulk insert of samples differs by dialect. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RunRecord } from '@carbontrail/core/schemas';
import { BadRequestError, ConflictError } from '../errors.ts';
import { DIMENSIONS, runFacts } from './run-facts.ts';
import type { Database, RollupTable, RunTable, SampleTable } from './schema.ts';
import type { Project, RunSummary, Store, Token } from './store.ts';
import { checkStorableRun, storableText, utcInstant } from './storable.ts';
import { addSurveyRollups, readSurveySummary } from './survey-rollups.ts';

/** Writes many sample rows inside a transaction, as fast as the dialect allows. */
export type SampleWriter = (trx: Transaction<Database>, rows: SampleTable[]) => Promise<void>;

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

const encodeCursor = (startedAt: string, id: string) => Buffer.from(JSON.stringify([startedAt, id])).toString('base64url');
/** The position a cursor names; a cursor the store did not make is refused (400), never read as "from the start". */
function decodeCursor(cursor: string): [string, string] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = undefined;
  }
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')) return v as [string, string];
  throw new BadRequestError('invalid cursor: pass the "next" of the previous page as it was given', 'cursor');
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

/** Totals of a batch's new runs by roll-up row, added to the table once per row at the end of the batch. */
type RollupDelta = Omit<RollupTable, 'project_id'>;

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
      // Runs are written in the order of their ids and roll-ups once per row, in key order, at the end: concurrent batches
      // (several hub processes on one PostgreSQL) then take their row locks in one order and cannot deadlock.
      const order = runs.map((r, i) => ({ r, i, id: r.record.id })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.i - b.i));
      const isNew = await db.transaction().execute(async (trx) => {
        const fresh = new Array<boolean>(runs.length).fill(false);
        const deltas = new Map<string, RollupDelta>();
        const ingestedAt = now();
        for (const { r: { record, samples }, i } of order) {
          const f = runFacts(record);
          const inserted = await trx
            .insertInto('runs')
            .values({
              id: record.id, project_id: projectId, started_at: f.startedAt, month: f.month, status: record.status,
              job_id: record.jobId, node: record.node, country: f.country, source: f.source, hardware: f.hardware, task: f.task,
              energy_kwh: record.energy.totalKwh, emissions_kg: record.emissionsKg, emissions_low_kg: record.emissionsLowKg,
              emissions_high_kg: record.emissionsHighKg, embodied_kg: record.embodiedKg, origin: f.origin,
              record: JSON.stringify(record), ingested_at: ingestedAt,
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
          fresh[i] = true;
          if (samples?.length) {
            await writeSamples(
              trx,
              // epoch milliseconds are whole in both engines (a bigint column)
              samples.map((s, seq) => ({ run_id: record.id, seq, at: Math.round(s.at), d: s.d, gpu_j: s.e[0], cpu_j: s.e[1], ram_j: s.e[2] })),
            );
          }
          for (const dim of DIMENSIONS) {
            const k = `${dim}\u0000${f[dim]}`;
            const d = deltas.get(k) ?? { dim, key: f[dim], runs: 0, energy_kwh: 0, emissions_kg: 0, emissions_low_kg: 0, emissions_high_kg: 0 };
            d.runs += 1;
            d.energy_kwh += record.energy.totalKwh;
            d.emissions_kg += record.emissionsKg;
            d.emissions_low_kg += record.emissionsLowKg;
            d.emissions_high_kg += record.emissionsHighKg;
            deltas.set(k, d);
          }
        }
        for (const [, d] of [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          await trx
            .insertInto('rollups')
            .values({ project_id: projectId, ...d })
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
        await addSurveyRollups(trx, projectId, runs.filter((_, i) => fresh[i]).map((r) => r.record));
        return fresh;
      });
      const ids = runs.map((r) => r.record.id);
      return { accepted: ids.filter((_, i) => isNew[i]), duplicates: ids.filter((_, i) => !isNew[i]) };
    },
    async listRuns(q) {
      if (q.projectIds.length === 0) return { runs: [], next: null };
      let query = db.selectFrom('runs').select(SUMMARY_COLUMNS).where('project_id', 'in', [...q.projectIds]);
      if (q.from) query = query.where('started_at', '>=', bound(q.from, 'from'));
      if (q.to) query = query.where('started_at', '<', bound(q.to, 'to'));
      if (q.status) query = query.where('status', '=', q.status);
      if (q.job) query = query.where('job_id', '=', q.job);
      const c = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
      if (c) query = query.where((eb) => eb.or([eb('started_at', '<', c[0]), eb.and([eb('started_at', '=', c[0]), eb('id', '<', c[1])])]));
      const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(q.limit + 1).execute();
      const page = rows.slice(0, q.limit).map(summary);
      const last = page[page.length - 1];
      return { runs: page, next: rows.length > q.limit && last ? encodeCursor(last.startedAt, last.id) : null };
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
