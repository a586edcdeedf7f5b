/**
 * The survey's analyses over the hub's runs (issue 11): by main energy source, by country, by task and year, Pareto
 * fronts, energy against emissions, totals and growth. Over one project (?project=, read rights checked) or over all
 * public projects; answered from the survey roll-ups kept at ingest, whatever was uploaded or imported.
 */
import { Hono, type Context } from 'hono';
import {
  byCountry, bySource, byTaskYear, energyEmissions, metricsByTask, paretoFor, totalsAndGrowth, BOOTSTRAP_MAX_RUNS, EXACT_MAX_RUNS, PLANE_BINS_PER_DECADE,
} from '@carbontrail/core/survey';
import { requireRead, type HubEnv } from '../auth/principal.ts';
import type { Project, Store } from '../store/store.ts';
import type { SurveyParts } from '../store/survey-rollups.ts';
import { parseQuery } from './parse.ts';
import { projectOr404 } from './projects.ts';
import { paretoQuery, planeQuery, surveyQuery, taskYearQuery } from './survey-schemas.ts';

/** How the figures of every answer were obtained, in one place. */
const BASIS = {
  emissions: "each run's location-based operational emissions as stored: measured by the tracker, estimated, or as reported (imports)",
  ranges: "low–high: the sums of the runs' own ranges (imports of reported figures carry none: low = high)",
  intensity: 'the intensity each run was priced with (or reported); means over runs, medians of values counted at 0.1 g/kWh',
  source: "the main energy source as reported, else that of the run's grid zone or country for its year (zones table), else unknown",
  unknown: 'runs lacking a field are counted in an "unknown" group, never dropped',
};

async function scopeOf(store: Store, c: Context<HubEnv>, project: string | undefined): Promise<{ projects: Project[]; scope: { project: string | null; projects: number } }> {
  if (project !== undefined) {
    const p = await projectOr404(store, c, project);
    requireRead(c, p);
    return { projects: [p], scope: { project: p.name, projects: 1 } };
  }
  const pub = (await store.listProjects()).filter((p) => p.visibility === 'public');
  return { projects: pub, scope: { project: null, projects: pub.length } };
}

export function surveyRoutes(store: Store): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  const summary = async (c: Context<HubEnv>, project: string | undefined, parts: SurveyParts) => {
    const { projects, scope } = await scopeOf(store, c, project);
    return { scope, s: await store.surveySummary(projects.map((p) => p.id), parts) };
  };

  app.get('/survey/by-source', async (c) => {
    const q = parseQuery(c, surveyQuery);
    const { scope, s } = await summary(c, q.project, { dims: ['all', 'source'], sets: ['intensity-by-source'] });
    return c.json({ scope, ...bySource(s), basis: { ...BASIS, lowCarbon: 'low-carbon as the energy-sources table classes the source (IPCC AR5 medians); null for a source not in it' } });
  });

  app.get('/survey/by-country', async (c) => {
    const q = parseQuery(c, surveyQuery);
    const { scope, s } = await summary(c, q.project, { dims: ['country'], sets: ['intensity-by-country'] });
    return c.json({ scope, rows: byCountry(s), basis: BASIS });
  });

  app.get('/survey/by-task-year', async (c) => {
    const q = parseQuery(c, taskYearQuery);
    // the groups first: the small ones are computed from their values, the large from their log bins (core byTaskYear)
    const { projects, scope } = await scopeOf(store, c, q.project);
    const ids = projects.map((p) => p.id);
    const groups = await store.surveySummary(ids, { dims: ['task-year', 'year'] });
    const small = groups.groups.filter((g) => g.dim === 'task-year' && g.runs <= EXACT_MAX_RUNS).map((g) => g.key);
    const values = await store.surveySummary(ids, { sets: ['emissions-by-task-year-coarse', { set: 'emissions-by-task-year', keys: small }] });
    const s = { ...groups, values: values.values };
    const result = byTaskYear(s, { ...(q.level !== undefined ? { level: q.level } : {}), ...(q.resamples !== undefined ? { resamples: q.resamples } : {}), ...(q.seed !== undefined ? { seed: q.seed } : {}) });
    return c.json({
      scope, ...result,
      basis: {
        ...BASIS,
        trimmedMean: `${result.method.trim * 100} % of the runs cut from each end (⌊share × n⌋, as SciPy's trim_mean), the mean of the rest; groups of up to ${EXACT_MAX_RUNS} runs from their emissions at 4 significant figures, larger ones from log bins of 1/40 decade (±2.9 %): each row's binning says which`,
        interval: `percentile bootstrap of ${result.method.resamples} resamples (seed ${result.method.seed}) for groups of up to ${BOOTSTRAP_MAX_RUNS} runs, smallest first, while the answer's ${result.method.bootstrapBudget.toExponential(0)} draws last; other groups get the normal interval with the winsorised standard error: each row's interval.method says which`,
      },
    });
  });

  app.get('/survey/pareto', async (c) => {
    const q = parseQuery(c, paretoQuery);
    if (q.task === undefined) {
      const { scope, s } = await summary(c, q.project, { dims: ['task-metric'] });
      return c.json({ scope, metrics: metricsByTask(s) });
    }
    const { scope, s } = await summary(c, q.project, { dims: ['task', 'task-metric'], fronts: { task: q.task, ...(q.metric ? { metric: q.metric } : {}) } });
    const metrics = metricsByTask(s).filter((m) => m.task === q.task);
    const chosen = q.metric ?? metrics[0]?.metric;
    if (chosen === undefined) return c.json({ scope, task: q.task, metrics, front: null });
    const datasets = [...new Set(s.fronts.filter((m) => m.metric === chosen).map((m) => m.dataset))].sort();
    const overall = paretoFor(s, q.task, chosen, q.dataset);
    const perDataset = q.dataset === undefined ? datasets.map((d) => paretoFor(s, q.task!, chosen, d)) : [];
    return c.json({ scope, ...overall, metrics, datasets: perDataset, basis: { ...BASIS, front: 'runs no other run beats on both: no more CO2eq and a metric no worse, one of them strictly; per data set, and over all data sets' } });
  });

  app.get('/survey/energy-emissions', async (c) => {
    const q = parseQuery(c, planeQuery);
    const { scope, s } = await summary(c, q.project, { dims: ['source'], cells: true });
    const r = energyEmissions(s, q.max ?? 5000);
    return c.json({ scope, ...r, basis: { ...BASIS, points: `runs counted in cells of 1/${r.binsPerDecade} decade of energy and of emissions (finest: 1/${PLANE_BINS_PER_DECADE}), drawn at the cell's centre` } });
  });

  app.get('/survey/totals', async (c) => {
    const q = parseQuery(c, surveyQuery);
    const { scope, s } = await summary(c, q.project, { dims: ['all', 'year'], sets: ['hours'] });
    return c.json({ scope, ...totalsAndGrowth(s), basis: { ...BASIS, year: 'the year of publication for reported runs, else the year the run started', hours: 'median of run durations counted at 3 significant figures' } });
  });
  return app;
}
