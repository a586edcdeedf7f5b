/**
 * The survey's analyses read a summary of the runs, never the runs: totals per group, distinct values with counts,
 * energy–emissions cells and Pareto fronts. Each run adds its contribution once (the hub at ingest, into its roll-up
 * tables; the browser or a test, in memory), so a view over a million runs reads a few thousand rows.
 */
import { addToFront, isPerformanceMetric, metricDirection, type FrontPoint } from './pareto.ts';
import type { AnalysisFacts } from './facts.ts';
import { mergeWeighted, roundSignificant, type Weighted } from './weighted.ts';

/** Dimensions of the group totals; compound keys are JSON arrays (["Image Classification", 2020]). */
export const SURVEY_DIMENSIONS = ['all', 'source', 'country', 'year', 'task', 'task-year', 'task-metric'] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

/** Value sets kept as distinct values with counts, for medians, trimmed means and bootstrap intervals. */
export const VALUE_SETS = ['intensity-by-source', 'intensity-by-country', 'emissions-by-task-year', 'emissions-by-task-year-coarse', 'hours'] as const;
export type ValueSet = (typeof VALUE_SETS)[number];

export interface GroupTotal {
  dim: SurveyDimension;
  key: string;
  runs: number;
  energyKwh: number;
  emissionsKg: number;
  lowKg: number;
  highKg: number;
  /** Sum over the runs of their intensity (the mean intensity of a group is this over runs, as the survey averages). */
  intensitySum: number;
}

export interface ValueCount {
  set: ValueSet;
  key: string;
  value: number;
  n: number;
}

/** A cell of the energy–emissions plane: log10 bins of 1/25 decade (±4.7 %), per main energy source. */
export interface PlaneCell {
  source: string;
  energyBin: number;
  emissionsBin: number;
  n: number;
  intensitySum: number;
}

/** A front member of one task, data set and metric. */
export interface FrontMember extends FrontPoint {
  task: string;
  dataset: string;
  metric: string;
}

export interface SurveySummary {
  groups: GroupTotal[];
  values: ValueCount[];
  cells: PlaneCell[];
  fronts: FrontMember[];
}

/** Bins of the energy–emissions plane per decade. */
export const PLANE_BINS_PER_DECADE = 25;
/** Values below this are put in the lowest bin (1 mWh, 1 g). */
const PLANE_FLOOR = 1e-3;

export function planeBin(value: number): number {
  return Math.round(Math.log10(Math.max(value, PLANE_FLOOR)) * PLANE_BINS_PER_DECADE);
}

export function planeValue(bin: number): number {
  return 10 ** (bin / PLANE_BINS_PER_DECADE);
}

export const key2 = (a: string, b: string | number): string => JSON.stringify([a, b]);

/** Bins a decade of the coarse emissions set has: 40, each value within ±2.9 % of its bin's geometric centre. */
export const COARSE_BINS_PER_DECADE = 40;

/**
 * How values are binned before they are counted, so that the rows a group keeps are bounded whatever the number of
 * runs: intensity to 0.1 g/kWh (at most 20,000 values from 0 to 2,000); durations to 3 significant figures (at most
 * 900 values a decade); emissions twice, to 4 significant figures (within 0.05 %: small groups, whose statistics are
 * computed as exactly as the runs hold them) and in log bins of 1/40 decade (±2.9 %, at most 40 values a decade: large
 * groups, whose trimmed means and intervals are then read from a few hundred rows, however many runs they hold).
 */
export function binnedValue(set: ValueSet, value: number): number {
  if (set.startsWith('intensity')) return Math.round(value * 10) / 10;
  if (set === 'emissions-by-task-year') return roundSignificant(value, 4);
  if (set === 'emissions-by-task-year-coarse') {
    if (!(value > 0)) return 0;
    return 10 ** (Math.round(Math.log10(value) * COARSE_BINS_PER_DECADE) / COARSE_BINS_PER_DECADE);
  }
  return roundSignificant(value, 3);
}

/** What one run adds: a run to each of its groups, its values, its cell (fronts are updated separately: see addToFronts). */
export function contributionOf(f: AnalysisFacts): { groups: GroupTotal[]; values: ValueCount[]; cell: PlaneCell } {
  const totals = { runs: 1, energyKwh: f.energyKwh, emissionsKg: f.emissionsKg, lowKg: f.lowKg, highKg: f.highKg, intensitySum: f.intensityGPerKwh };
  const groups: GroupTotal[] = [
    { dim: 'all', key: 'all', ...totals },
    { dim: 'source', key: f.source, ...totals },
    { dim: 'country', key: f.country, ...totals },
    { dim: 'year', key: String(f.year), ...totals },
    { dim: 'task', key: f.task, ...totals },
    { dim: 'task-year', key: key2(f.task, f.year), ...totals },
    ...Object.keys(f.metrics).filter(isPerformanceMetric).map((m) => ({ dim: 'task-metric' as const, key: key2(f.task, m), ...totals })),
  ];
  const value = (set: ValueSet, key: string, v: number): ValueCount => ({ set, key, value: binnedValue(set, v), n: 1 });
  const values = [
    value('intensity-by-source', f.source, f.intensityGPerKwh),
    value('intensity-by-country', f.country, f.intensityGPerKwh),
    value('emissions-by-task-year', key2(f.task, f.year), f.emissionsKg),
    value('emissions-by-task-year-coarse', key2(f.task, f.year), f.emissionsKg),
    value('hours', 'all', f.hours),
  ];
  const cell = { source: f.source, energyBin: planeBin(f.energyKwh), emissionsBin: planeBin(f.emissionsKg), n: 1, intensitySum: f.intensityGPerKwh };
  return { groups, values, cell };
}

/** The front changes one run makes: for each metric it reports, join its task's front or not. */
export function frontChanges(
  f: AnalysisFacts,
  currentFront: (task: string, dataset: string, metric: string) => readonly FrontPoint[],
): { add: FrontMember[]; remove: { task: string; dataset: string; metric: string; id: string }[] } {
  const add: FrontMember[] = [];
  const remove: { task: string; dataset: string; metric: string; id: string }[] = [];
  for (const [metric, value] of Object.entries(f.metrics)) {
    if (!isPerformanceMetric(metric)) continue;
    const point = { id: f.id, label: f.label, emissionsKg: f.emissionsKg, value };
    const r = addToFront(currentFront(f.task, f.dataset, metric), point, metricDirection(metric));
    if (!r.added) continue;
    add.push({ ...point, task: f.task, dataset: f.dataset, metric });
    for (const id of r.removed) remove.push({ task: f.task, dataset: f.dataset, metric, id });
  }
  return { add, remove };
}

/** The summary of runs held in memory (what the hub's roll-up tables hold for a project). */
export function summarise(runs: Iterable<AnalysisFacts>): SurveySummary {
  const groups = new Map<string, GroupTotal>();
  const values = new Map<string, ValueCount>();
  const cells = new Map<string, PlaneCell>();
  const fronts = new Map<string, FrontMember[]>();
  const frontKey = (task: string, dataset: string, metric: string) => JSON.stringify([task, dataset, metric]);
  for (const f of runs) {
    const c = contributionOf(f);
    for (const g of c.groups) addGroup(groups, g);
    for (const v of c.values) {
      const k = JSON.stringify([v.set, v.key, v.value]);
      const old = values.get(k);
      if (old) old.n += v.n;
      else values.set(k, { ...v });
    }
    const ck = JSON.stringify([c.cell.source, c.cell.energyBin, c.cell.emissionsBin]);
    const oc = cells.get(ck);
    if (oc) {
      oc.n += 1;
      oc.intensitySum += c.cell.intensitySum;
    } else cells.set(ck, { ...c.cell });
    const ch = frontChanges(f, (t, d, m) => fronts.get(frontKey(t, d, m)) ?? []);
    for (const r of ch.remove) {
      const k = frontKey(r.task, r.dataset, r.metric);
      fronts.set(k, (fronts.get(k) ?? []).filter((p) => p.id !== r.id));
    }
    for (const a of ch.add) {
      const k = frontKey(a.task, a.dataset, a.metric);
      fronts.set(k, [...(fronts.get(k) ?? []), a]);
    }
  }
  return { groups: [...groups.values()], values: [...values.values()], cells: [...cells.values()], fronts: [...fronts.values()].flat() };
}

function addGroup(into: Map<string, GroupTotal>, g: GroupTotal): void {
  const k = JSON.stringify([g.dim, g.key]);
  const old = into.get(k);
  if (!old) {
    into.set(k, { ...g });
    return;
  }
  old.runs += g.runs;
  old.energyKwh += g.energyKwh;
  old.emissionsKg += g.emissionsKg;
  old.lowKg += g.lowKg;
  old.highKg += g.highKg;
  old.intensitySum += g.intensitySum;
}

/** One summary of several (projects): totals and counts add; fronts are the front of the union of their members. */
export function mergeSummaries(parts: readonly SurveySummary[]): SurveySummary {
  if (parts.length === 1) return parts[0]!;
  const groups = new Map<string, GroupTotal>();
  for (const p of parts) for (const g of p.groups) addGroup(groups, g);
  const values = new Map<string, ValueCount>();
  for (const p of parts)
    for (const v of p.values) {
      const k = JSON.stringify([v.set, v.key, v.value]);
      const old = values.get(k);
      if (old) old.n += v.n;
      else values.set(k, { ...v });
    }
  const cells = new Map<string, PlaneCell>();
  for (const p of parts)
    for (const c of p.cells) {
      const k = JSON.stringify([c.source, c.energyBin, c.emissionsBin]);
      const old = cells.get(k);
      if (old) {
        old.n += c.n;
        old.intensitySum += c.intensitySum;
      } else cells.set(k, { ...c });
    }
  const byFront = new Map<string, FrontMember[]>();
  for (const p of parts)
    for (const m of p.fronts) {
      const k = JSON.stringify([m.task, m.dataset, m.metric]);
      const front = byFront.get(k) ?? [];
      const r = addToFront(front, m, metricDirection(m.metric));
      byFront.set(k, r.added ? (r.front as FrontMember[]) : front);
    }
  return { groups: [...groups.values()], values: [...values.values()], cells: [...cells.values()], fronts: [...byFront.values()].flat() };
}

/** The sorted weighted sample of a value set and key. */
export function sampleOf(summary: SurveySummary, set: ValueSet, key: string): Weighted[] {
  return mergeWeighted(summary.values.filter((v) => v.set === set && v.key === key));
}
