// The year-to-year plausibility rule of the zone tables (the same rule as packages/core/src/data/zones.test.ts): a value
// that differs by a factor of 2 or more, and by at least 20 g/kWh, from the previous year with data of the same zone and
// basis must carry an 'implausible-jump' flag or a note saying why it is kept. (Below 20 g/kWh apart, a doubling is the
// ordinary noise of near-zero hydro and nuclear grids.)

export const JUMP_FACTOR = 2;
export const JUMP_MIN_GPERKWH = 20;

/** The steps of one series ([year, gCO2eq/kWh][] of one zone and basis) that the rule catches. */
export function jumps(series) {
  const sorted = [...series].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (let i = 1; i < sorted.length; i++) {
    const [prevYear, prev] = sorted[i - 1];
    const [year, value] = sorted[i];
    const lo = Math.min(prev, value);
    const hi = Math.max(prev, value);
    if (hi - lo >= JUMP_MIN_GPERKWH && (lo === 0 || hi / lo >= JUMP_FACTOR)) out.push({ year, value, prevYear, prev, factor: lo === 0 ? Infinity : hi / lo });
  }
  return out;
}

/** "x3.5 against 2009 (104.5)": how a value compares with the previous year. */
export function describeJump(j) {
  const f = j.factor === Infinity ? 'from 0' : `x${(j.value > j.prev ? j.factor : 1 / j.factor).toFixed(2).replace(/\.?0+$/, '')}`;
  return `${f} against ${j.prevYear} (${j.prev})`;
}
