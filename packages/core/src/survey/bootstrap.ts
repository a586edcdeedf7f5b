/**
 * Confidence intervals of a group's trimmed mean: the survey's percentile bootstrap (resampling the group's runs with
 * replacement, seeded so that results repeat), and for large groups the normal interval with the winsorised standard
 * error, to which the bootstrap converges and which costs nothing at a million runs.
 */
import { normalQuantile, seededRandom } from './random.ts';
import { SURVEY_TRIM, trimCount, trimmedMean, winsorisedVariance } from './trimmed-mean.ts';
import { countOf, type Weighted } from './weighted.ts';

/** The survey's settings (figures/config/energy_task_year.yml of its repository): 99 % intervals, 10,000 resamples, seed 2021. */
export const SURVEY_BOOTSTRAP = { level: 0.99, resamples: 10_000, seed: 2021 } as const;

/**
 * Groups of at most this many runs are bootstrapped; larger ones get the normal interval. At 500 runs and 10,000
 * resamples a group costs 5 million draws; the normal interval is within a few per cent of the bootstrap's there
 * (survey/analyses.test.ts checks it) and closer as groups grow.
 */
export const BOOTSTRAP_MAX_RUNS = 500;

export interface IntervalOptions {
  /** Confidence level, e.g. 0.99. */
  level?: number;
  resamples?: number;
  seed?: number;
  /** Share cut from each end for the trimmed mean. */
  cut?: number;
  /** Largest group bootstrapped (BOOTSTRAP_MAX_RUNS). */
  bootstrapMaxRuns?: number;
  /** Draws one answer of several groups may spend on bootstraps (analyses' BOOTSTRAP_BUDGET). */
  bootstrapBudget?: number;
}

export interface Interval {
  low: number;
  high: number;
  level: number;
  method: 'bootstrap' | 'normal-winsorised' | 'single-run';
  /** For the bootstrap: resamples drawn and the seed. */
  resamples?: number;
  seed?: number;
}

/** The trimmed mean of a sorted weighted sample with its confidence interval. */
export function trimmedMeanInterval(sorted: readonly Weighted[], options: IntervalOptions = {}): { mean: number; interval: Interval } {
  const level = options.level ?? SURVEY_BOOTSTRAP.level;
  const cut = options.cut ?? SURVEY_TRIM;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level ${level}: expected a share between 0 and 1`);
  const n = countOf(sorted);
  const mean = trimmedMean(sorted, cut);
  if (n <= 1) return { mean, interval: { low: mean, high: mean, level, method: 'single-run' } };
  if (n <= (options.bootstrapMaxRuns ?? BOOTSTRAP_MAX_RUNS)) {
    const resamples = options.resamples ?? SURVEY_BOOTSTRAP.resamples;
    const seed = options.seed ?? SURVEY_BOOTSTRAP.seed;
    const stats = bootstrapTrimmedMeans(sorted, n, cut, resamples, seed);
    const alpha = (1 - level) / 2;
    return { mean, interval: { low: percentile(stats, alpha), high: percentile(stats, 1 - alpha), level, method: 'bootstrap', resamples, seed } };
  }
  const k = trimCount(n, cut);
  const se = Math.sqrt(winsorisedVariance(sorted, cut)) / ((1 - (2 * k) / n) * Math.sqrt(n));
  const z = normalQuantile(1 - (1 - level) / 2);
  return { mean, interval: { low: mean - z * se, high: mean + z * se, level, method: 'normal-winsorised' } };
}

/**
 * The trimmed means of `resamples` resamples of n runs drawn with replacement. A resample is kept as counts over the
 * sample's distinct values (a draw picks a run's rank uniformly and looks its value up), so the cost is
 * resamples × (n + K) for K distinct values.
 */
function bootstrapTrimmedMeans(sorted: readonly Weighted[], n: number, cut: number, resamples: number, seed: number): Float64Array {
  const K = sorted.length;
  // Rank of a run → index of its distinct value: a draw is one random rank, looked up directly.
  const valueOfRank = new Int32Array(n);
  for (let i = 0, rank = 0; i < K; i++) valueOfRank.fill(i, rank, (rank += sorted[i]!.n));
  const random = seededRandom(seed);
  const counts = new Int32Array(K);
  const k = trimCount(n, cut);
  const out = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    counts.fill(0);
    for (let d = 0; d < n; d++) counts[valueOfRank[Math.floor(random() * n)]!]!++;
    let rank = 0;
    let sum = 0;
    for (let i = 0; i < K; i++) {
      const m = counts[i]!;
      if (m === 0) continue;
      const from = Math.max(rank, k);
      const to = Math.min(rank + m, n - k);
      if (to > from) sum += sorted[i]!.value * (to - from);
      rank += m;
    }
    out[b] = sum / (n - 2 * k);
  }
  return out.sort();
}

/** The q-percentile of sorted numbers, interpolated linearly (numpy's default, as seaborn's intervals use). */
function percentile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const frac = pos - lo;
  return frac === 0 ? sorted[lo]! : sorted[lo]! + (sorted[lo + 1]! - sorted[lo]!) * frac;
}
