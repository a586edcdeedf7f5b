/** The relative ranges the model attaches to its inputs, and how ranges combine. */

/** A multiplicative range around a central value: low = value × low, high = value × high. */
export interface Spread {
  low: number;
  high: number;
  /** Why this spread: shown in the methodology and in notes. */
  why: string;
}

/** Spreads of each kind of input (documented in the README's methodology). */
export const spreads = {
  exact: { low: 1, high: 1, why: 'value given by the user, taken as exact' },
  tdpDefaultLoad: {
    low: 0.55,
    high: 1.05,
    why: 'TDP method with no load given: accelerators in training typically average 55–100 % of TDP, and may briefly exceed it',
  },
  userLoad: { low: 0.85, high: 1.15, why: 'load given by the user: ±15 % for the variation of power around its average' },
  powerOverride: { low: 0.9, high: 1.1, why: 'power given by the user: ±10 %' },
  measured: { low: 0.95, high: 1.05, why: 'measured energy: ±5 % sensor accuracy' },
  cloudRegion: { low: 0.8, high: 1.2, why: 'cloud region: yearly grid average, ±20 % for hourly variation and data vintage' },
  zoneSameYear: { low: 0.9, high: 1.1, why: 'grid zone, same year: ±10 % for hourly variation' },
  country: { low: 0.85, high: 1.15, why: 'country average: ±15 % for differences between regions of a country' },
  world: { low: 0.6, high: 1.4, why: 'world average: ±40 %, the spread of national grids is far wider' },
  providerPue: { low: 0.97, high: 1.05, why: 'provider-published fleet PUE: a site may differ by a few per cent' },
} as const satisfies Record<string, Spread>;

/** Widening of a yearly value used for another year: 5 % per year of distance, at most 30 %. */
export function yearGapSpread(gapYears: number): Spread {
  const w = Math.min(0.3, 0.05 * Math.abs(gapYears));
  return { low: 1 - w, high: 1 + w, why: `data from ${Math.abs(gapYears)} year(s) away: ±${Math.round(w * 100)} %` };
}

/**
 * Combines the spreads of independent factors of a product: their log-widths add in quadrature
 * (each input's range read as a comparable-confidence band), so several uncertain inputs widen the
 * band less than their worst case would.
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

/** Combines two spreads into one (product of independent factors). */
export function combineSpreads(a: { low: number; high: number }, b: { low: number; high: number }) {
  return combine(a, b);
}
