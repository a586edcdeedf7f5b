/**
 * Samples stored as distinct values with counts ("3 runs at 534.4 kg"): the form the hub's roll-ups keep, so that a
 * million runs are summarised by the distinct values they hold. Every statistic here takes this form; a plain list of
 * numbers is a weighted sample with every count 1.
 */
export interface Weighted {
  value: number;
  /** How many runs hold the value (a positive integer). */
  n: number;
}

/** The values of a list as a weighted sample, sorted by value, equal values merged. */
export function toWeighted(values: readonly number[]): Weighted[] {
  return mergeWeighted(values.map((value) => ({ value, n: 1 })));
}

/** One sorted weighted sample of several (equal values merged, counts added). */
export function mergeWeighted(...parts: readonly (readonly Weighted[])[]): Weighted[] {
  const counts = new Map<number, number>();
  for (const part of parts) for (const w of part) if (w.n > 0) counts.set(w.value, (counts.get(w.value) ?? 0) + w.n);
  return [...counts].map(([value, n]) => ({ value, n })).sort((a, b) => a.value - b.value);
}

export function countOf(sample: readonly Weighted[]): number {
  let n = 0;
  for (const w of sample) n += w.n;
  return n;
}

export function meanOf(sample: readonly Weighted[]): number {
  let n = 0;
  let sum = 0;
  for (const w of sample) {
    n += w.n;
    sum += w.value * w.n;
  }
  return n === 0 ? NaN : sum / n;
}

/**
 * The q-quantile of a sorted weighted sample, interpolated between order statistics as numpy and pandas do by default
 * (position q × (n − 1) in the sorted runs); the median is q = 0.5.
 */
export function quantileOf(sorted: readonly Weighted[], q: number): number {
  const n = countOf(sorted);
  if (n === 0) return NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const a = valueAt(sorted, lo);
  return frac === 0 ? a : a + (valueAt(sorted, lo + 1) - a) * frac;
}

export function medianOf(sorted: readonly Weighted[]): number {
  return quantileOf(sorted, 0.5);
}

/** The value of the run at a 0-based rank in a sorted weighted sample. */
export function valueAt(sorted: readonly Weighted[], rank: number): number {
  let seen = 0;
  for (const w of sorted) {
    seen += w.n;
    if (rank < seen) return w.value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** A value rounded to `digits` significant figures: how the hub bins emissions and durations (relative error ≤ 0.05 % at 4). */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  // toPrecision rounds in decimal at any magnitude (a scale factor overflows below 1e-300)
  return Number(value.toPrecision(digits));
}
