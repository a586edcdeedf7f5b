/**
 * Pareto fronts of performance against emissions: the runs no other run beats on both, less CO2eq and a better metric
 * (Counting Carbon, Figure 4). A front is kept current run by run at ingest, so the hub never scans its runs for one.
 */

/** A run as a point of a front. */
export interface FrontPoint {
  id: string;
  label: string;
  emissionsKg: number;
  /** The metric's value as reported. */
  value: number;
}

/**
 * Metrics where a lower value is better; every other metric is maximised (accuracy, BLEU, F1, ROUGE, mAP…), as the
 * survey does for all four of its tasks.
 */
const LOWER_IS_BETTER = /^(loss|.*[-_ ]loss|perplexity|ppl|wer|cer|error|.*[-_ ]error|top[-_ ]?[15][-_ ]?error|fid|mae|mse|rmse|latency.*)$/i;

/**
 * Figures reported beside the metrics that measure cost, not performance (the survey's "hardware burden", a count of
 * operations): never a front's axis.
 */
const NOT_PERFORMANCE = /^(hardware[-_ ]?burden|flops|params|parameters)$/i;

export function isPerformanceMetric(metric: string): boolean {
  return !NOT_PERFORMANCE.test(metric.trim());
}

export function metricDirection(metric: string): 'max' | 'min' {
  return LOWER_IS_BETTER.test(metric.trim()) ? 'min' : 'max';
}

/** Whether a beats b: no more CO2eq and no worse a metric, and strictly better on one of them. */
function dominates(a: FrontPoint, b: FrontPoint, sign: 1 | -1): boolean {
  const av = a.value * sign;
  const bv = b.value * sign;
  return a.emissionsKg <= b.emissionsKg && av >= bv && (a.emissionsKg < b.emissionsKg || av > bv);
}

/** The front of a set of points (lowest emissions first); equal points are all kept. */
export function paretoFront(points: readonly FrontPoint[], direction: 'max' | 'min' = 'max'): FrontPoint[] {
  let front: FrontPoint[] = [];
  for (const p of points) front = addToFront(front, p, direction).front;
  return front;
}

/**
 * A front with one more point: unchanged if the point is beaten; else the point joins and the points it beats leave.
 * Returns the ids that left, so a store can delete them.
 */
export function addToFront(front: readonly FrontPoint[], p: FrontPoint, direction: 'max' | 'min' = 'max'): { front: FrontPoint[]; added: boolean; removed: string[] } {
  const sign = direction === 'max' ? 1 : -1;
  if (!Number.isFinite(p.emissionsKg) || !Number.isFinite(p.value)) return { front: [...front], added: false, removed: [] };
  if (front.some((q) => q.id === p.id || dominates(q, p, sign))) return { front: [...front], added: false, removed: [] };
  const removed = front.filter((q) => dominates(p, q, sign)).map((q) => q.id);
  const kept = front.filter((q) => !removed.includes(q.id));
  kept.push(p);
  kept.sort((a, b) => a.emissionsKg - b.emissionsKg || (b.value - a.value) * sign || a.id.localeCompare(b.id));
  return { front: kept, added: true, removed };
}
