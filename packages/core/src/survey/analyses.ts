/**
 * The survey's analyses (Counting Carbon, Section 4) over a summary of runs: by main energy source (Table 2), by
 * country (Figure 1), energy against emissions (Figure 2), emissions by task and year with trimmed means and bootstrap
 * intervals (Figure 3), performance against emissions with Pareto fronts (Figure 4), and totals and growth over years.
 * Runs lacking a field are counted in an "unknown" group of their own.
 */
import { builtinTables, type Tables } from '../tables.ts';
import { BOOTSTRAP_MAX_RUNS, trimmedMeanInterval, type Interval, type IntervalOptions } from './bootstrap.ts';
import { UNKNOWN } from './facts.ts';
import { metricDirection, paretoFront, type FrontPoint } from './pareto.ts';
import { SURVEY_TRIM } from './trimmed-mean.ts';
import { PLANE_BINS_PER_DECADE, planeValue, type GroupTotal, type SurveyDimension, type SurveySummary, type ValueSet } from './summary.ts';
import { countOf, medianOf, mergeWeighted, type Weighted } from './weighted.ts';

/** Totals of a group with their low–high range (the sums of the runs' ranges). */
export interface Totals {
  runs: number;
  energyKwh: number;
  emissionsKg: number;
  lowKg: number;
  highKg: number;
}

const totalsOf = (g: GroupTotal | undefined): Totals =>
  g ? { runs: g.runs, energyKwh: g.energyKwh, emissionsKg: g.emissionsKg, lowKg: g.lowKg, highKg: g.highKg } : { runs: 0, energyKwh: 0, emissionsKg: 0, lowKg: 0, highKg: 0 };

function groupsOf(s: SurveySummary, dim: SurveyDimension): GroupTotal[] {
  return s.groups.filter((g) => g.dim === dim);
}

/** The summary's value sets as sorted weighted samples, by set and key. */
function samples(s: SurveySummary, set: ValueSet): Map<string, Weighted[]> {
  const raw = new Map<string, Weighted[]>();
  for (const v of s.values) {
    if (v.set !== set) continue;
    const list = raw.get(v.key) ?? [];
    list.push({ value: v.value, n: v.n });
    raw.set(v.key, list);
  }
  const out = new Map<string, Weighted[]>();
  for (const [k, list] of raw) out.set(k, mergeWeighted(list));
  return out;
}

const byRunsThenKey = <T extends { runs: number; key: string }>(a: T, b: T) => (a.key === UNKNOWN ? 1 : b.key === UNKNOWN ? -1 : b.runs - a.runs || a.key.localeCompare(b.key));

export interface SourceRow extends Totals {
  /** Energy-sources id ("coal"), another reported name, or "unknown". */
  key: string;
  name: string;
  /** Low-carbon per the energy-sources table (IPCC AR5 medians); null when the source is not in the table. */
  lowCarbon: boolean | null;
  meanIntensity: number;
  medianIntensity: number;
  share: number;
}

/** The survey's Table 2: runs by the main energy source of their grid, with mean and median intensity. */
export function bySource(s: SurveySummary, tables: Tables = builtinTables): { rows: SourceRow[]; total: Totals & { meanIntensity: number }; lowCarbonRuns: number; highCarbonRuns: number } {
  const intensity = samples(s, 'intensity-by-source');
  const all = s.groups.find((g) => g.dim === 'all');
  const rows = groupsOf(s, 'source').map((g) => {
    const source = tables.energySources.find((e) => e.id === g.key);
    const sample = intensity.get(g.key) ?? [];
    return {
      key: g.key, name: source?.name ?? (g.key === UNKNOWN ? 'unknown' : g.key), lowCarbon: source ? source.lowCarbon : null,
      ...totalsOf(g), meanIntensity: g.intensitySum / g.runs, medianIntensity: medianOf(sample), share: all ? g.runs / all.runs : 0,
    };
  });
  rows.sort(byRunsThenKey);
  return {
    rows,
    total: { ...totalsOf(all), meanIntensity: all ? all.intensitySum / all.runs : NaN },
    lowCarbonRuns: rows.filter((r) => r.lowCarbon === true).reduce((a, r) => a + r.runs, 0),
    highCarbonRuns: rows.filter((r) => r.lowCarbon === false).reduce((a, r) => a + r.runs, 0),
  };
}

export interface CountryRow extends Totals {
  /** ISO alpha-2, or "unknown". */
  key: string;
  name: string;
  medianIntensity: number;
  meanIntensity: number;
}

/** The survey's Figure 1: runs by country with the median intensity of their grids. */
export function byCountry(s: SurveySummary, tables: Tables = builtinTables): CountryRow[] {
  const intensity = samples(s, 'intensity-by-country');
  const rows = groupsOf(s, 'country').map((g) => ({
    key: g.key, name: countryName(g.key, tables), ...totalsOf(g),
    medianIntensity: medianOf(intensity.get(g.key) ?? []), meanIntensity: g.intensitySum / g.runs,
  }));
  return rows.sort(byRunsThenKey);
}

function countryName(code: string, tables: Tables): string {
  if (code === UNKNOWN) return 'unknown';
  return tables.zones.find((z) => z.kind === 'country' && z.country === code)?.name ?? code;
}

export interface TaskYearRow extends Totals {
  task: string;
  year: number;
  /** The 99 % trimmed mean of the runs' emissions (kg), with its interval. */
  trimmedMeanKg: number;
  interval: Interval;
  /** How the group's emissions were counted: values at 4 significant figures, or log bins of 1/40 decade. */
  binning: string;
}

export interface TaskYearResult {
  rows: TaskYearRow[];
  /** All tasks together, per year (the survey's grey line). */
  allTasks: TaskYearRow[];
  method: {
    trim: number; level: number; resamples: number; seed: number; bootstrapMaxRuns: number; exactMaxRuns: number;
    /** Draws (runs × resamples) spent on bootstraps in one answer; groups past it get the normal interval. */
    bootstrapBudget: number;
  };
}

/**
 * Draws one answer may spend on bootstraps: 5 million (the survey's 10,000 resamples of 500 runs, about a tenth of a
 * second). Groups are bootstrapped smallest first, in the order of their keys among equals, so the same data always
 * gives the same intervals; the groups left once the budget is spent get the normal interval, and say so.
 */
export const BOOTSTRAP_BUDGET = 5_000_000;

/** Groups of at most this many runs are computed from their values at 4 significant figures; larger ones from log bins. */
export const EXACT_MAX_RUNS = 500;

/**
 * The survey's Figure 3: emissions by task and year, each group's trimmed mean with its confidence interval. A group
 * of up to EXACT_MAX_RUNS runs is computed from its values (4 significant figures) and bootstrapped; a larger one from
 * its log bins of 1/40 decade, with the normal interval (both named in the row's `binning` and `interval.method`).
 */
export function byTaskYear(s: SurveySummary, options: IntervalOptions = {}): TaskYearResult {
  const exact = samples(s, 'emissions-by-task-year');
  const coarse = samples(s, 'emissions-by-task-year-coarse');
  const groups = new Map(groupsOf(s, 'task-year').map((g) => [g.key, g]));
  const sampleOf = (key: string): { sample: Weighted[]; binning: string } => {
    const fine = exact.get(key);
    const runs = groups.get(key)?.runs ?? countOf(fine ?? coarse.get(key) ?? []);
    if (fine && runs <= EXACT_MAX_RUNS && countOf(fine) === runs) return { sample: fine, binning: 'values at 4 significant figures' };
    return { sample: coarse.get(key) ?? fine ?? [], binning: 'log bins of 1/40 decade (±2.9 %)' };
  };
  interface Pending { task: string; year: number; key: string; sample: Weighted[]; binning: string; totals: Totals; allTasks: boolean }
  const pending: Pending[] = [];
  const perYear = new Map<number, { key: string; runs: number }[]>();
  for (const key of new Set([...exact.keys(), ...coarse.keys()])) {
    const [task, year] = JSON.parse(key) as [string, number];
    const { sample, binning } = sampleOf(key);
    pending.push({ task, year, key, sample, binning, totals: totalsOf(groups.get(key)), allTasks: false });
    perYear.set(year, [...(perYear.get(year) ?? []), { key, runs: countOf(sample) }]);
  }
  const years = new Map(groupsOf(s, 'year').map((g) => [Number(g.key), g]));
  for (const [year, parts] of perYear) {
    const runs = parts.reduce((n, p) => n + p.runs, 0);
    const small = runs <= EXACT_MAX_RUNS && parts.every((p) => exact.has(p.key) && countOf(exact.get(p.key)!) === p.runs);
    const merged = mergeWeighted(...parts.map((p) => (small ? exact.get(p.key)! : coarse.get(p.key) ?? exact.get(p.key) ?? [])));
    const binning = small ? 'values at 4 significant figures' : 'log bins of 1/40 decade (±2.9 %)';
    pending.push({ task: 'all tasks', year, key: `all ${year}`, sample: merged, binning, totals: totalsOf(years.get(year)), allTasks: true });
  }
  const resamples = options.resamples ?? 10_000;
  const maxRuns = options.bootstrapMaxRuns ?? BOOTSTRAP_MAX_RUNS;
  const budget = options.bootstrapBudget ?? BOOTSTRAP_BUDGET;
  let spent = 0;
  const rows: TaskYearRow[] = [];
  const allTasks: TaskYearRow[] = [];
  const bySize = pending.map((p) => ({ p, runs: countOf(p.sample) })).sort((a, b) => a.runs - b.runs || (a.p.key < b.p.key ? -1 : a.p.key > b.p.key ? 1 : 0));
  for (const { p, runs } of bySize) {
    const boot = runs > 1 && runs <= maxRuns && spent + runs * resamples <= budget;
    if (boot) spent += runs * resamples;
    const { mean, interval } = trimmedMeanInterval(p.sample, { ...options, bootstrapMaxRuns: boot ? maxRuns : 0 });
    (p.allTasks ? allTasks : rows).push({ task: p.task, year: p.year, ...p.totals, trimmedMeanKg: mean, interval, binning: p.binning });
  }
  rows.sort((a, b) => a.year - b.year || a.task.localeCompare(b.task));
  allTasks.sort((a, b) => a.year - b.year);
  return {
    rows,
    allTasks,
    method: {
      trim: options.cut ?? SURVEY_TRIM, level: options.level ?? 0.99, resamples: options.resamples ?? 10_000, seed: options.seed ?? 2021,
      bootstrapMaxRuns: maxRuns, exactMaxRuns: EXACT_MAX_RUNS, bootstrapBudget: budget,
    },
  };
}

export interface ParetoResult {
  task: string;
  metric: string;
  /** Data set of the front, or "all" for the front over all of the task's data sets. */
  dataset: string;
  direction: 'max' | 'min';
  front: FrontPoint[];
  /** Runs of the task that report the metric, and those that do not (not on any front, never dropped silently). */
  runsWithMetric: number;
  runsWithoutMetric: number;
}

/** The survey's Figure 4: the Pareto front of a task's metric against emissions (per data set, or over all of them). */
export function paretoFor(s: SurveySummary, task: string, metric: string, dataset?: string): ParetoResult {
  const direction = metricDirection(metric);
  const members = s.fronts.filter((m) => m.task === task && m.metric === metric && (dataset === undefined || m.dataset === dataset));
  const front = paretoFront(members, direction).map(({ id, label, emissionsKg, value }) => ({ id, label, emissionsKg, value }));
  const runs = s.groups.find((g) => g.dim === 'task' && g.key === task)?.runs ?? 0;
  const withMetric = s.groups.find((g) => g.dim === 'task-metric' && g.key === JSON.stringify([task, metric]))?.runs ?? 0;
  return { task, metric, dataset: dataset ?? 'all', direction, front, runsWithMetric: withMetric, runsWithoutMetric: runs - withMetric };
}

/** The metrics reported per task, with counts: what a Pareto view can be drawn for. */
export function metricsByTask(s: SurveySummary): { task: string; metric: string; runs: number; direction: 'max' | 'min' }[] {
  return groupsOf(s, 'task-metric')
    .map((g) => {
      const [task, metric] = JSON.parse(g.key) as [string, string];
      return { task, metric, runs: g.runs, direction: metricDirection(metric) };
    })
    .sort((a, b) => a.task.localeCompare(b.task) || b.runs - a.runs);
}

export interface PlanePoint {
  source: string;
  energyKwh: number;
  emissionsKg: number;
  runs: number;
  meanIntensity: number;
}

/**
 * The survey's Figure 2: energy against emissions, per main energy source, as points of the log–log plane (cells of
 * 1/100 decade; merged into coarser cells until at most `maxPoints` remain), and each source's emissions per kWh.
 */
export function energyEmissions(s: SurveySummary, maxPoints = 5000): { points: PlanePoint[]; binsPerDecade: number; bySource: { source: string; runs: number; kgPerKwh: number }[] } {
  let factor = 1;
  let points: PlanePoint[] = [];
  for (;;) {
    const cells = new Map<string, { source: string; e: number; c: number; n: number; i: number }>();
    for (const c of s.cells) {
      const e = Math.round(c.energyBin / factor);
      const m = Math.round(c.emissionsBin / factor);
      const k = JSON.stringify([c.source, e, m]);
      const old = cells.get(k);
      if (old) {
        old.n += c.n;
        old.i += c.intensitySum;
      } else cells.set(k, { source: c.source, e, c: m, n: c.n, i: c.intensitySum });
    }
    if (cells.size <= maxPoints || factor >= 64) {
      points = [...cells.values()].map((c) => ({ source: c.source, energyKwh: planeValue(c.e * factor), emissionsKg: planeValue(c.c * factor), runs: c.n, meanIntensity: c.i / c.n }));
      break;
    }
    factor *= 2;
  }
  const bySource = groupsOf(s, 'source').map((g) => ({ source: g.key, runs: g.runs, kgPerKwh: g.energyKwh > 0 ? g.emissionsKg / g.energyKwh : NaN })).sort((a, b) => b.runs - a.runs);
  return { points, binsPerDecade: PLANE_BINS_PER_DECADE / factor, bySource };
}

export interface YearTotals extends Totals {
  year: number;
  meanPerRunKg: number;
  /** Change of the year's total emissions from the previous year with runs, as a share (0.5 = +50 %). */
  change: number | null;
}

/** Totals over all runs, the median duration, and emissions per year with their growth. */
export function totalsAndGrowth(s: SurveySummary): { total: Totals & { meanIntensity: number; medianHours: number }; years: YearTotals[] } {
  const all = s.groups.find((g) => g.dim === 'all');
  const hours = samples(s, 'hours').get('all') ?? [];
  const years = groupsOf(s, 'year')
    .map((g) => ({ year: Number(g.key), ...totalsOf(g), meanPerRunKg: g.emissionsKg / g.runs, change: null as number | null }))
    .sort((a, b) => a.year - b.year);
  for (let i = 1; i < years.length; i++) years[i]!.change = years[i - 1]!.emissionsKg > 0 ? years[i]!.emissionsKg / years[i - 1]!.emissionsKg - 1 : null;
  return { total: { ...totalsOf(all), meanIntensity: all ? all.intensitySum / all.runs : NaN, medianHours: countOf(hours) ? medianOf(hours) : NaN }, years };
}
