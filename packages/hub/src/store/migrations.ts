/** The hub's versioned migrations: one set for SQLite and PostgreSQL, applied in order at start (Kysely's Migrator). */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { RunRecord } from '@carbontrail/core/schemas';
import type { Database } from './schema.ts';
import { addSurveyRollups } from './survey-rollups.ts';

/** Every migration, by name; names sort in the order they run. Never edit one that has shipped: add the next. */
export const migrations: Record<string, Migration> = {
  '001-init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('projects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.references('projects.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('job_id', 'text')
        .addColumn('node', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('hardware', 'text', (c) => c.notNull())
        .addColumn('task', 'text')
        .addColumn('energy_kwh', 'double precision', (c) => c.notNull())
        .addColumn('emissions_kg', 'double precision', (c) => c.notNull())
        .addColumn('emissions_low_kg', 'double precision', (c) => c.notNull())
        .addColumn('emissions_high_kg', 'double precision', (c) => c.notNull())
        .addColumn('embodied_kg', 'double precision', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('runs_project_started').on('runs').columns(['project_id', 'started_at', 'id']).execute();
      await db.schema.createIndex('runs_job').on('runs').column('job_id').execute();
      await db.schema
        .createTable('samples')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('d', 'double precision', (c) => c.notNull())
        .addColumn('gpu_j', 'double precision', (c) => c.notNull())
        .addColumn('cpu_j', 'double precision', (c) => c.notNull())
        .addColumn('ram_j', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('samples_pk', ['run_id', 'seq'])
        .execute();
      await db.schema
        .createTable('rollups')
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('dim', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('runs', 'integer', (c) => c.notNull())
        .addColumn('energy_kwh', 'double precision', (c) => c.notNull())
        .addColumn('emissions_kg', 'double precision', (c) => c.notNull())
        .addColumn('emissions_low_kg', 'double precision', (c) => c.notNull())
        .addColumn('emissions_high_kg', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollups_pk', ['project_id', 'dim', 'key'])
        .execute();
    },
  },
  '002-survey': {
    // the survey's roll-ups (issue 11), filled from the runs already stored
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('survey_groups')
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('dim', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('runs', 'integer', (c) => c.notNull())
        .addColumn('energy_kwh', 'double precision', (c) => c.notNull())
        .addColumn('emissions_kg', 'double precision', (c) => c.notNull())
        .addColumn('low_kg', 'double precision', (c) => c.notNull())
        .addColumn('high_kg', 'double precision', (c) => c.notNull())
        .addColumn('intensity_sum', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_groups_pk', ['project_id', 'dim', 'key'])
        .execute();
      await db.schema
        .createTable('survey_values')
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('value_set', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_values_pk', ['project_id', 'value_set', 'key', 'value'])
        .execute();
      await db.schema
        .createTable('survey_cells')
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('energy_bin', 'integer', (c) => c.notNull())
        .addColumn('emissions_bin', 'integer', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addColumn('intensity_sum', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_cells_pk', ['project_id', 'source', 'energy_bin', 'emissions_bin'])
        .execute();
      await db.schema
        .createTable('survey_fronts')
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('task', 'text', (c) => c.notNull())
        .addColumn('dataset', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('emissions_kg', 'double precision', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_fronts_pk', ['project_id', 'task', 'dataset', 'metric', 'run_id'])
        .execute();
      // runs stored before this migration: their roll-ups, project by project, a page of runs at a time
      const d = db as unknown as Kysely<Database>;
      const projects = await d.selectFrom('projects').select('id').execute();
      for (const { id } of projects) {
        let after = '';
        for (;;) {
          const rows = await d.selectFrom('runs').select(['id', 'record']).where('project_id', '=', id).where('id', '>', after).orderBy('id').limit(1000).execute();
          if (rows.length === 0) break;
          await addSurveyRollups(d, id, rows.map((r) => JSON.parse(r.record) as RunRecord));
          after = rows[rows.length - 1]!.id;
        }
      }
    },
  },
  '003-run-listing': {
    // The runs table of the dashboard: sorted by emissions or energy, filtered by hardware or country, a page at a time.
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('runs_project_emissions').on('runs').columns(['project_id', 'emissions_kg', 'id']).execute();
      await db.schema.createIndex('runs_project_energy').on('runs').columns(['project_id', 'energy_kwh', 'id']).execute();
      await db.schema.createIndex('runs_project_hardware').on('runs').columns(['project_id', 'hardware', 'started_at', 'id']).execute();
      await db.schema.createIndex('runs_project_country').on('runs').columns(['project_id', 'country', 'started_at', 'id']).execute();
    },
  },
};

/** The migrations for Kysely's Migrator, from the list above. */
export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every migration not applied yet (Kysely's Migrator locks, so hubs starting together take turns). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
