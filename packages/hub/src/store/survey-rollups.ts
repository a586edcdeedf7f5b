/**
 * The survey's roll-ups (issue 11): what each run adds to the summary core's survey analyses read (group totals,
 * counted values, energy–emissions cells, Pareto front members), kept current at ingest inside the run's own
 * transaction, and read back per project or summed over projects. A view at a million runs reads these rows, never
 * the runs.
 */
import { sql, type Kysely } from 'kysely';
import type { RunRecord } from '@carbontrail/core/schemas';
import {
  analysisFacts, frontChanges, isPerformanceMetric, mergeSummaries, metricDirection, paretoFront, summarise,
  type FrontMember, type FrontPoint, type SurveyDimension, type SurveySummary, type ValueSet,
} from '@carbontrail/core/survey';
import type { Database } from './schema.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ROWS_PER_INSERT = 400;

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * Adds the survey roll-ups of newly stored runs. Rows are summed per key in memory and upserted once each in key order
 * (the lock order of concurrent ingests on PostgreSQL, as for the other roll-ups). Fronts keep every member no stored
 * point beats: two hubs adding to one front at once may each keep a point the other's beats, so the stored members
 * are a superset of the front, and readers take the front of the members (paretoFront), which is exact.
 */
export async function addSurveyRollups(trx: Kysely<Database>, projectId: string, records: readonly RunRecord[]): Promise<void> {
  if (records.length === 0) return;
  const facts = records.map((r) => analysisFacts(r));
  // the batch's own totals, values and cells, summed per key by core (its fronts are not these: see updateFronts)
  const { groups, values, cells } = summarise(facts);
  const groupRows = [...groups].sort((a, b) => byString(a.dim, b.dim) || byString(a.key, b.key));
  for (const part of chunks(groupRows, ROWS_PER_INSERT)) {
    await trx
      .insertInto('survey_groups')
      .values(part.map((g) => ({ project_id: projectId, dim: g.dim, key: g.key, runs: g.runs, energy_kwh: g.energyKwh, emissions_kg: g.emissionsKg, low_kg: g.lowKg, high_kg: g.highKg, intensity_sum: g.intensitySum })))
      .onConflict((oc) =>
        oc.columns(['project_id', 'dim', 'key']).doUpdateSet({
          runs: sql`survey_groups.runs + excluded.runs`,
          energy_kwh: sql`survey_groups.energy_kwh + excluded.energy_kwh`,
          emissions_kg: sql`survey_groups.emissions_kg + excluded.emissions_kg`,
          low_kg: sql`survey_groups.low_kg + excluded.low_kg`,
          high_kg: sql`survey_groups.high_kg + excluded.high_kg`,
          intensity_sum: sql`survey_groups.intensity_sum + excluded.intensity_sum`,
        }),
      )
      .execute();
  }
  const valueRows = [...values].sort((a, b) => byString(a.set, b.set) || byString(a.key, b.key) || a.value - b.value);
  for (const part of chunks(valueRows, ROWS_PER_INSERT)) {
    await trx
      .insertInto('survey_values')
      .values(part.map((v) => ({ project_id: projectId, value_set: v.set, key: v.key, value: v.value, n: v.n })))
      .onConflict((oc) => oc.columns(['project_id', 'value_set', 'key', 'value']).doUpdateSet({ n: sql`survey_values.n + excluded.n` }))
      .execute();
  }
  const cellRows = [...cells].sort((a, b) => byString(a.source, b.source) || a.energyBin - b.energyBin || a.emissionsBin - b.emissionsBin);
  for (const part of chunks(cellRows, ROWS_PER_INSERT)) {
    await trx
      .insertInto('survey_cells')
      .values(part.map((c) => ({ project_id: projectId, source: c.source, energy_bin: c.energyBin, emissions_bin: c.emissionsBin, n: c.n, intensity_sum: c.intensitySum })))
      .onConflict((oc) =>
        oc.columns(['project_id', 'source', 'energy_bin', 'emissions_bin']).doUpdateSet({
          n: sql`survey_cells.n + excluded.n`,
          intensity_sum: sql`survey_cells.intensity_sum + excluded.intensity_sum`,
        }),
      )
      .execute();
  }
  await updateFronts(trx, projectId, facts.filter((f) => Object.keys(f.metrics).length > 0));
}

async function updateFronts(trx: Kysely<Database>, projectId: string, facts: ReturnType<typeof analysisFacts>[]): Promise<void> {
  if (facts.length === 0) return;
  const frontKey = (task: string, dataset: string, metric: string) => JSON.stringify([task, dataset, metric]);
  // the current members of every front the batch touches, read once
  const fronts = new Map<string, FrontPoint[]>();
  const wanted = new Map<string, { task: string; dataset: string; metric: string }>();
  for (const f of facts) for (const metric of Object.keys(f.metrics).filter(isPerformanceMetric)) wanted.set(frontKey(f.task, f.dataset, metric), { task: f.task, dataset: f.dataset, metric });
  for (const w of [...wanted.values()].sort((a, b) => byString(frontKey(a.task, a.dataset, a.metric), frontKey(b.task, b.dataset, b.metric)))) {
    const rows = await trx
      .selectFrom('survey_fronts')
      .select(['run_id', 'label', 'emissions_kg', 'value'])
      .where('project_id', '=', projectId).where('task', '=', w.task).where('dataset', '=', w.dataset).where('metric', '=', w.metric)
      .execute();
    fronts.set(frontKey(w.task, w.dataset, w.metric), rows.map((r) => ({ id: r.run_id, label: r.label, emissionsKg: Number(r.emissions_kg), value: Number(r.value) })));
  }
  const before = new Map([...fronts].map(([k, v]) => [k, new Set(v.map((p) => p.id))]));
  for (const f of facts) {
    const changes = frontChanges(f, (t, d, m) => fronts.get(frontKey(t, d, m)) ?? []);
    for (const r of changes.remove) {
      const k = frontKey(r.task, r.dataset, r.metric);
      fronts.set(k, (fronts.get(k) ?? []).filter((p) => p.id !== r.id));
    }
    for (const a of changes.add) {
      const k = frontKey(a.task, a.dataset, a.metric);
      fronts.set(k, [...(fronts.get(k) ?? []), { id: a.id, label: a.label, emissionsKg: a.emissionsKg, value: a.value }]);
    }
  }
  for (const [k, members] of [...fronts].sort(([a], [b]) => byString(a, b))) {
    const [task, dataset, metric] = JSON.parse(k) as [string, string, string];
    const had = before.get(k) ?? new Set<string>();
    const now = new Set(members.map((p) => p.id));
    const gone = [...had].filter((id) => !now.has(id)).sort(byString);
    if (gone.length) {
      await trx.deleteFrom('survey_fronts').where('project_id', '=', projectId).where('task', '=', task).where('dataset', '=', dataset).where('metric', '=', metric).where('run_id', 'in', gone).execute();
    }
    const added = members.filter((p) => !had.has(p.id)).sort((a, b) => byString(a.id, b.id));
    if (added.length) {
      await trx
        .insertInto('survey_fronts')
        .values(added.map((p) => ({ project_id: projectId, task, dataset, metric, run_id: p.id, label: p.label, emissions_kg: p.emissionsKg, value: p.value })))
        .onConflict((oc) => oc.columns(['project_id', 'task', 'dataset', 'metric', 'run_id']).doNothing())
        .execute();
    }
  }
}

/** What a view needs of the summary: some group dimensions, some value sets, the plane's cells, some fronts. */
export interface SurveyParts {
  dims?: readonly SurveyDimension[];
  /** Value sets read whole, or only for some keys (the exact values of the small groups). */
  sets?: readonly (ValueSet | { set: ValueSet; keys: readonly string[] })[];
  cells?: boolean;
  /** Fronts of a task (and metric), or all fronts when true. */
  fronts?: { task?: string; metric?: string } | true;
}

/** The summary of the given projects (summed over them in SQL), limited to the parts asked for. */
export async function readSurveySummary(db: Kysely<Database>, projectIds: readonly string[], parts: SurveyParts): Promise<SurveySummary> {
  const empty: SurveySummary = { groups: [], values: [], cells: [], fronts: [] };
  if (projectIds.length === 0) return empty;
  const ids = [...projectIds];
  const [groups, values, cells, fronts] = await Promise.all([
    parts.dims?.length
      ? db
          .selectFrom('survey_groups')
          .select((eb) => [
            'dim', 'key', eb.fn.sum<number>('runs').as('runs'), eb.fn.sum<number>('energy_kwh').as('energy_kwh'), eb.fn.sum<number>('emissions_kg').as('emissions_kg'),
            eb.fn.sum<number>('low_kg').as('low_kg'), eb.fn.sum<number>('high_kg').as('high_kg'), eb.fn.sum<number>('intensity_sum').as('intensity_sum'),
          ])
          .where('project_id', 'in', ids).where('dim', 'in', [...parts.dims])
          .groupBy(['dim', 'key'])
          .execute()
      : [],
    Promise.all(
      (parts.sets ?? []).map((want) => {
        const set = typeof want === 'string' ? want : want.set;
        let q = db
          .selectFrom('survey_values')
          .select((eb) => ['value_set', 'key', 'value', eb.fn.sum<number>('n').as('n')])
          .where('project_id', 'in', ids).where('value_set', '=', set);
        if (typeof want !== 'string') {
          if (want.keys.length === 0) return Promise.resolve([]);
          q = q.where('key', 'in', [...want.keys]);
        }
        return q.groupBy(['value_set', 'key', 'value']).execute();
      }),
    ).then((lists) => lists.flat()),
    parts.cells
      ? db
          .selectFrom('survey_cells')
          .select((eb) => ['source', 'energy_bin', 'emissions_bin', eb.fn.sum<number>('n').as('n'), eb.fn.sum<number>('intensity_sum').as('intensity_sum')])
          .where('project_id', 'in', ids)
          .groupBy(['source', 'energy_bin', 'emissions_bin'])
          .execute()
      : [],
    parts.fronts
      ? (() => {
          let q = db.selectFrom('survey_fronts').select(['task', 'dataset', 'metric', 'run_id', 'label', 'emissions_kg', 'value']).where('project_id', 'in', ids);
          if (parts.fronts !== true && parts.fronts.task !== undefined) q = q.where('task', '=', parts.fronts.task);
          if (parts.fronts !== true && parts.fronts.metric !== undefined) q = q.where('metric', '=', parts.fronts.metric);
          return q.execute();
        })()
      : [],
  ]);
  // stored members may include points another member beats (see addSurveyRollups): keep each front's own front
  const byFront = new Map<string, FrontMember[]>();
  for (const r of fronts) {
    const k = JSON.stringify([r.task, r.dataset, r.metric]);
    const list = byFront.get(k) ?? [];
    list.push({ task: r.task, dataset: r.dataset, metric: r.metric, id: r.run_id, label: r.label, emissionsKg: Number(r.emissions_kg), value: Number(r.value) });
    byFront.set(k, list);
  }
  const members = [...byFront.values()].flatMap((list) => paretoFront(list, metricDirection(list[0]!.metric)) as FrontMember[]);
  return mergeSummaries([
    {
      groups: groups.map((g) => ({
        dim: g.dim as SurveyDimension, key: g.key, runs: Number(g.runs), energyKwh: Number(g.energy_kwh), emissionsKg: Number(g.emissions_kg),
        lowKg: Number(g.low_kg), highKg: Number(g.high_kg), intensitySum: Number(g.intensity_sum),
      })),
      values: values.map((v) => ({ set: v.value_set as ValueSet, key: v.key, value: Number(v.value), n: Number(v.n) })),
      cells: cells.map((c) => ({ source: c.source, energyBin: Number(c.energy_bin), emissionsBin: Number(c.emissions_bin), n: Number(c.n), intensitySum: Number(c.intensity_sum) })),
      fronts: members,
    },
  ]);
}
