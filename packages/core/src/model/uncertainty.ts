/** The relative ranges the model attaches to its inputs and sensors, and the rule that combines ranges (ADR 0004). */

/** A multiplicative range around a central value: low = value × low, high = value × high. */
export interface Spread {
  low: number;
  high: number;
  /** Why this spread: shown in the methodology and in notes. */
  why: string;
}

/** Spreads of each kind of input (documented in the README's methodology). */
export const spreads = {
  exact: { low: 1, high: 1, why: 'given by the user: taken as exact' },
  tdpDefaultLoad: {
    low: 0.55,
    high: 1.05,
    why: 'TDP method with no load given: accelerators in training typically average 55–100 % of TDP, and may briefly exceed it',
  },
  measuredAverage: { low: 0.85, high: 1.15, why: 'a published measured average draw: ±15 % for differences between workloads' },
  estimatedPower: { low: 0.8, high: 1.2, why: 'no maker figure, power estimated: ±20 %' },
  userLoad: { low: 0.85, high: 1.15, why: 'load given by the user: ±15 % for the variation of power around its average' },
  powerOverride: { low: 0.9, high: 1.1, why: 'power given by the user: ±10 % for the variation of power around its average' },
  measured: { low: 0.95, high: 1.05, why: 'measured energy: ±5 % sensor accuracy' },
  lifeCycleFactors: { low: 0.9, high: 1.1, why: 'life-cycle emission factors: ±10 % (IPCC AR5 ranges around the medians)' },
  zoneSameYear: { low: 0.9, high: 1.1, why: "grid zone's yearly average: ±10 % for the hours and seasons the job ran" },
  country: { low: 0.85, high: 1.15, why: "country's yearly average: ±15 % for differences between its regions and hours" },
  coarserArea: { low: 0.7, high: 1.3, why: 'a larger area standing in for the place: ±30 % (grids within a country differ)' },
  world: { low: 0.6, high: 1.4, why: 'world average: ±40 %, the spread of national grids is far wider' },
  providerPue: { low: 0.97, high: 1.05, why: 'published PUE: a site may differ from the fleet or reported value by a few per cent' },
} as const satisfies Record<string, Spread>;

/** Widening for a yearly value that covers part of its year only: up to ±30 % as the coverage falls to none. */
export function coverageSpread(coverage: number): Spread {
  const w = Math.min(0.3, 0.3 * (1 - coverage));
  return { low: 1 - w, high: 1 + w, why: `the yearly value covers ${Math.round(coverage * 100)} % of its year: ±${Math.round(w * 100)} %` };
}

/**
 * Accuracy of each energy sensor of the tracker:
 * - NVML energy counter ±2 %: NVIDIA documents the counter as the board's total energy; its error is the board
 *   power sensor's, which NVIDIA's nvidia-smi documentation gives as ±5 W on a ~300–700 W board.
 * - NVML power integrated over time ±5 %: the same sensor, plus the sampling error of a 1 s average.
 * - RAPL ±5 %: a model-based counter for the package (Khan et al., "RAPL in Action", ACM TOMPECS 2018).
 * - TDP × CPU share −50 %/+30 %: a CPU rarely draws its TDP at partial load; idle and uncore power are not
 *   attributed; turbo can exceed TDP briefly.
 * - RAM model −50 %/+100 %: the W-per-GB figure of Green Algorithms is a coarse average over DIMM generations.
 */
export const sensorSpreads = {
  'nvml-counter': { low: 0.98, high: 1.02, why: 'NVML energy counter: ±2 % (board power sensor, ±5 W on 300–700 W)' },
  'nvml-power': { low: 0.95, high: 1.05, why: 'NVML power readings integrated over time: ±5 %' },
  rapl: { low: 0.95, high: 1.05, why: 'RAPL package counter: ±5 % (Khan et al., ACM TOMPECS 2018)' },
  'rapl-dram': { low: 0.95, high: 1.05, why: 'RAPL DRAM counter: ±5 %' },
  'tdp-cpu-share': { low: 0.5, high: 1.3, why: 'TDP × CPU share: −50 %/+30 % (partial load draws less than TDP; turbo can exceed it)' },
  'rss-model': { low: 0.5, high: 2, why: 'W per GB of resident memory: −50 %/+100 % (a coarse average over DIMM generations)' },
  none: { low: 1, high: 1, why: 'not measured' },
} as const satisfies Record<string, Spread>;

export type SensorSpreadName = keyof typeof sensorSpreads;

/** Widening of a yearly value used for another year: 5 % per year of distance, at most 30 %. */
export function yearGapSpread(gapYears: number): Spread {
  const w = Math.min(0.3, 0.05 * Math.abs(gapYears));
  return { low: 1 - w, high: 1 + w, why: `data from ${Math.abs(gapYears)} year(s) away: ±${Math.round(w * 100)} %` };
}

/**
 * Combines the spreads of independent factors of a product (energy × PUE × intensity, or a value and its data
 * vintage): their log-widths add in quadrature, so several uncertain inputs widen the band less than their worst
 * case would. Sums (device groups, components, years) add their bounds instead; see pricing.ts and ADR 0004.
 */
export function combine(...parts: { low: number; high: number }[]): { low: number; high: number } {
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    lo += Math.log(p.low) ** 2;
    hi += Math.log(p.high) ** 2;
  }
  return { low: Math.exp(-Math.sqrt(lo)), high: Math.exp(Math.sqrt(hi)) };
}
