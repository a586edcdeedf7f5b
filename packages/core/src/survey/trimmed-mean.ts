/** The trimmed mean of a weighted sample: the survey's estimator of a group's central emissions. */
import { countOf, valueAt, type Weighted } from './weighted.ts';

/**
 * The survey's "99 % trimmed mean" (Counting Carbon, Figure 3): SciPy's trim_mean with proportiontocut 0.01, as the
 * survey's figure code calls it (github.com/alexhernandezgarcia/co2ml, figures/co2_task_year.py, estimator
 * trim_mean99): ⌊0.01 × n⌋ runs cut from each end of the sorted sample, the mean of the rest.
 */
export const SURVEY_TRIM = 0.01;

/** How many runs are cut from each end of a sample of n runs. */
export function trimCount(n: number, cut: number): number {
  return Math.floor(cut * n);
}

/**
 * The mean of a sorted weighted sample after cutting ⌊cut × n⌋ runs from each end (the runs, not the distinct values:
 * a value held by several runs may be cut in part).
 */
export function trimmedMean(sorted: readonly Weighted[], cut: number = SURVEY_TRIM): number {
  if (!(cut >= 0 && cut < 0.5)) throw new RangeError(`trim ${cut}: expected a share from 0 up to (not including) 0.5`);
  const n = countOf(sorted);
  if (n === 0) return NaN;
  const k = trimCount(n, cut);
  let rank = 0;
  let sum = 0;
  for (const w of sorted) {
    const from = Math.max(rank, k);
    const to = Math.min(rank + w.n, n - k);
    if (to > from) sum += w.value * (to - from);
    rank += w.n;
  }
  return sum / (n - 2 * k);
}

/**
 * The winsorised variance that goes with a trimmed mean (the cut runs replaced by the nearest kept value), with the
 * n − 1 denominator: the basis of the trimmed mean's standard error (Tukey & McLaughlin 1963).
 */
export function winsorisedVariance(sorted: readonly Weighted[], cut: number = SURVEY_TRIM): number {
  const n = countOf(sorted);
  if (n < 2) return NaN;
  const k = trimCount(n, cut);
  const lowest = valueAt(sorted, k);
  const highest = valueAt(sorted, n - k - 1);
  let sum = 0;
  let sq = 0;
  for (const w of sorted) {
    const v = Math.min(Math.max(w.value, lowest), highest);
    sum += v * w.n;
    sq += v * v * w.n;
  }
  const mean = sum / n;
  return Math.max(0, (sq - n * mean * mean) / (n - 1));
}
