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

/** A chosen row of a series, which area of the chain it came from, and why. */
interface Choice {
  row: ZoneRow;
  /** Index in the chain: 0 is the place's own area. */
  depth: number;
  area: SeriesArea;
  how: 'same-year' | 'nearest-year';
}

/**
 * The rule: the job's year in the finest area that has it; else the same year in a coarser area of the same basis;
 * else the nearest year of the finest area that has data on the basis. The basis never changes to fill a year.
 */
function choose(chain: readonly SeriesArea[], year: number, basis: EmissionBasis): Choice {
  for (const [depth, area] of chain.entries()) {
    const row = onBasis(area.rows, basis).find((r) => r.year === year);
    if (row) return { row, depth, area, how: 'same-year' };
  }
  for (const [depth, area] of chain.entries()) {
    const rows = onBasis(area.rows, basis);
    if (rows.length) return { row: zoneForYear(rows, year), depth, area, how: 'nearest-year' };
  }
  throw new DataError(`data: no ${basis} grid intensity for ${chain.map((a) => a.key).join(', ')}`);
}

/** The year a job at a location is priced for: the year given, else the latest year of data for the place. */
export function pricingYear(loc: ResolvedLocation): number {
  return loc.year ?? latestYear(loc.chain, DEFAULT_BASIS);
}

/** The latest year with data on the basis anywhere in the chain: the year a job with no year given is priced for. */
function latestYear(chain: readonly SeriesArea[], basis: EmissionBasis): number {
  let y = -Infinity;
  for (const a of chain) for (const r of onBasis(a.rows, basis)) y = Math.max(y, r.year);
  if (!Number.isFinite(y)) throw new DataError(`data: no ${basis} grid intensity for ${chain.map((a) => a.key).join(', ')}`);
  return y;
}

function describe(c: Choice, place: SeriesArea | undefined, year: number, given: boolean): string {
  const what = `${c.area.name} ${c.row.year} (${c.row.basis ?? DEFAULT_BASIS})`;
  const asked = given ? `${year}` : `${year}, the latest year of data`;
  if (c.depth === 0 && c.how === 'same-year') return `priced with ${what}${given ? '' : `: no year given, so ${asked}`}`;
  const missing = place && place.key !== c.area.key ? place.name : c.area.name;
  if (c.how === 'same-year') return `no ${asked} data for ${missing}: priced with ${what}, the same year for a larger area`;
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
  const c = choose(loc.chain, target, basis);
  const own = loc.chain[0]?.key === loc.zone ? loc.chain[0] : undefined;
  const parts: Spread[] = [spreads.lifeCycleFactors];
  const isWorld = c.area.key === 'WORLD';
  if (isWorld) parts.push(spreads.world);
  else if (c.depth > 0 || (loc.place === 'cloud-region' && c.area.key !== loc.zone)) parts.push(spreads.coarserArea);
  else parts.push(c.row.kind === 'country' ? spreads.country : spreads.zoneSameYear);
  const gap = c.row.year - target;
  if (gap !== 0) parts.push(yearGapSpread(gap));
  if (c.row.coverage !== undefined && c.row.coverage < 1) parts.push(coverageSpread(c.row.coverage));
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
