/**
 * The grid carbon intensity that prices energy at a resolved location in a year: the value given by the user, or
 * the place's yearly series on the default basis (life-cycle), chosen by one rule (README, "Carbon intensity").
 */
import type { ZoneRow } from '../data/schema.ts';
import { DataError } from '../errors.ts';
import type { EmissionBasis } from '../vocabulary.ts';
import type { ResolvedLocation, SeriesArea } from './location.ts';
import type { ProviderFigure, ResolvedIntensity } from './types.ts';
import { combine, coverageSpread, spreads, yearGapSpread, type Spread } from './uncertainty.ts';

/** The basis results are priced on: location-based, life-cycle (GHG Protocol scope 2 with life-cycle factors). */
export const DEFAULT_BASIS: EmissionBasis = 'life-cycle';

/** Flags that mark a zone-year as an artefact of its source: never used to price a job. */
const ARTEFACTS = new Set(['implausible-jump', 'static-value']);

/** The rows of a series that can price a job on a basis: of that basis (undeclared counts as life-cycle), and no artefact. */
function onBasis(rows: readonly ZoneRow[], basis: EmissionBasis): readonly ZoneRow[] {
  return rows.filter((r) => (r.basis ?? 'life-cycle') === basis && !r.flags?.some((f) => ARTEFACTS.has(f.kind)));
}

/** Whether a zone-year is sound enough to recommend as an alternative: a whole year, no artefact. */
export function isSoundZoneYear(row: ZoneRow): boolean {
  return (row.basis ?? 'life-cycle') === DEFAULT_BASIS && !row.flags?.length && (row.coverage === undefined || row.coverage >= 0.95);
}

/** The row of a series nearest to a year: that year, else the closest (the earlier of two equally close); undefined: the latest. */
export function zoneForYear(rows: readonly ZoneRow[], year: number | undefined): ZoneRow {
  if (year === undefined) return rows[rows.length - 1]!;
  let best = rows[0]!;
  for (const r of rows) {
    const d = Math.abs(r.year - year);
    const b = Math.abs(best.year - year);
    if (d < b || (d === b && r.year < best.year)) best = r;
  }
  return best;
}

/** A chosen row of a series, which area of the chain it came from, how, and the spreads of its range. */
interface Choice {
  row: ZoneRow;
  /** Index in the chain: 0 is the place's own area. */
  depth: number;
  area: SeriesArea;
  how: 'same-year' | 'nearest-year';
  /** The spreads the row brings to the range (the life-cycle factors' spread, common to all, is not among them). */
  parts: Spread[];
}

function spreadsOf(loc: ResolvedLocation, area: SeriesArea, depth: number, row: ZoneRow, year: number): Spread[] {
  const parts: Spread[] = [];
  if (area.key === 'WORLD') parts.push(spreads.world);
  else if (depth > 0 || (loc.place === 'cloud-region' && area.key !== loc.zone)) parts.push(spreads.coarserArea);
  else parts.push(row.kind === 'country' ? spreads.country : spreads.zoneSameYear);
  if (row.year !== year) parts.push(yearGapSpread(row.year - year));
  if (row.coverage !== undefined && row.coverage < 1) parts.push(coverageSpread(row.coverage));
  return parts;
}

const width = (parts: Spread[]) => {
  const c = combine(...parts);
  return c.high - c.low;
};

/**
 * The rule: the job's year in the finest area that has it. Otherwise each area of the chain offers its row nearest
 * to the year (the earlier of two equally near), and the one whose range is narrowest under the range rule prices
 * the job; on a tie the job's own year wins, then the finer area. A larger area of the job's year stands in at
 * ±30 % and a year n years away at ±5n % (at most 30 %), so the place's own grid up to five years away is preferred
 * to a larger area's average (ADR 0007). The basis never changes to fill a year.
 */
function choose(loc: ResolvedLocation, year: number, basis: EmissionBasis): Choice {
  const chain = loc.chain;
  let best: Choice | undefined;
  let bestWidth = Infinity;
  for (const [depth, area] of chain.entries()) {
    const rows = onBasis(area.rows, basis);
    if (!rows.length) continue;
    const row = zoneForYear(rows, year);
    const how = row.year === year ? 'same-year' : 'nearest-year';
    const parts = spreadsOf(loc, area, depth, row, year);
    if (!best && how === 'same-year') return { row, depth, area, how, parts };
    const w = width(parts);
    const better = w < bestWidth - 1e-12 || (Math.abs(w - bestWidth) <= 1e-12 && how === 'same-year' && best?.how !== 'same-year');
    if (better) {
      best = { row, depth, area, how, parts };
      bestWidth = w;
    }
  }
  if (!best) throw new DataError(`data: no ${basis} grid intensity for ${chain.map((a) => a.key).join(', ')}`);
  return best;
}

/** The year a job at a location is priced for: the year given, else the latest year of data for the place. */
export function pricingYear(loc: ResolvedLocation): number {
  return loc.year ?? latestYear(loc.chain, DEFAULT_BASIS);
}

/**
 * The year a job with no year given is priced for: it ran recently, a year no series has yet, so by the rule the nearest
 * year of the finest area with data on the basis, its latest (a coarser area's newer year would replace the place's own
 * grid by a larger area's average: us-west2 priced with the US mean instead of California's).
 */
function latestYear(chain: readonly SeriesArea[], basis: EmissionBasis): number {
  for (const a of chain) {
    const rows = onBasis(a.rows, basis);
    if (rows.length) return Math.max(...rows.map((r) => r.year));
  }
  throw new DataError(`data: no ${basis} grid intensity for ${chain.map((a) => a.key).join(', ')}`);
}

function describe(c: Choice, place: SeriesArea | undefined, year: number, given: boolean): string {
  const what = `${c.area.name} ${c.row.year} (${c.row.basis ?? DEFAULT_BASIS})`;
  const asked = given ? `${year}` : `${year}, the latest year of data`;
  if (c.depth === 0 && c.how === 'same-year') return `priced with ${what}${given ? '' : `: no year given, so ${asked}`}`;
  const missing = place && place.key !== c.area.key ? place.name : c.area.name;
  if (c.how === 'same-year') return `no ${asked} data for ${missing} within five years: priced with ${what}, the same year for a larger area`;
  if (c.depth === 0) return `no ${asked} data for ${c.area.name}: priced with ${what}, its nearest year (a larger area's average would be less certain)`;
  return `no ${asked} data for ${missing} or a larger area: priced with ${what}, the nearest year`;
}

function providerFigure(loc: ResolvedLocation, year: number): ProviderFigure | undefined {
  const rows = loc.region?.providerIntensity;
  if (!rows?.length) return undefined;
  let best = rows[0]!;
  for (const r of rows) if (Math.abs(r.year - year) < Math.abs(best.year - year) || (Math.abs(r.year - year) === Math.abs(best.year - year) && r.year > best.year)) best = r;
  return {
    providerName: loc.provider?.name ?? loc.region!.provider,
    gPerKwh: best.gPerKwh, year: best.year, basis: best.basis, source: best.source,
    ...(best.cfePercent !== undefined ? { cfePercent: best.cfePercent } : {}),
  };
}

/**
 * The intensity that prices energy used at a location in `year` (undefined: the location's year, else the latest year
 * of data); the result names the rule, the series and year used and why, the range's reasons, and for a cloud region
 * the provider's own figure beside it.
 */
export function intensityFor(loc: ResolvedLocation, year: number | undefined = loc.year): ResolvedIntensity {
  if (loc.explicitGPerKwh !== undefined) {
    const g = loc.explicitGPerKwh;
    return {
      gPerKwh: g, low: g, high: g, rule: 'explicit', source: 'given by the user', year,
      ...(loc.country ? { country: loc.country } : {}),
      ...(loc.region ? { region: loc.region } : {}),
      ...(loc.place !== 'world' ? { zone: loc.zone } : {}),
      note: 'carbon intensity given by the user',
      rangeReasons: [spreads.exact.why],
      provenance: { method: 'given', row: 'value given by the user', source: 'given by the user', ...(year !== undefined ? { year } : {}) },
    };
  }
  const basis = DEFAULT_BASIS;
  const target = year ?? latestYear(loc.chain, basis);
  const c = choose(loc, target, basis);
  const own = loc.chain[0]?.key === loc.zone ? loc.chain[0] : undefined;
  const parts: Spread[] = [spreads.lifeCycleFactors, ...c.parts];
  const spread = combine(...parts);
  const g = c.row.intensityGPerKwh;
  const figure = providerFigure(loc, target);
  return {
    gPerKwh: g,
    low: g * spread.low,
    high: g * spread.high,
    rule: loc.place,
    source: c.row.source,
    year: c.row.year,
    basis,
    zone: c.row.zone,
    zoneRow: c.row,
    ...(loc.region ? { region: loc.region } : {}),
    ...(loc.country ? { country: loc.country } : c.row.country !== 'WORLD' ? { country: c.row.country } : {}),
    note: describe(c, own, target, year !== undefined),
    rangeReasons: parts.map((p) => p.why),
    ...(figure ? { providerFigure: figure } : {}),
    provenance: {
      method: loc.place === 'world' && loc.explicitGPerKwh === undefined ? 'default' : 'published',
      row: `zones: ${c.row.zone} ${c.row.year} (${c.row.name}, ${c.row.basis ?? DEFAULT_BASIS})`,
      source: c.row.source,
      year: c.row.year,
    },
  };
}
