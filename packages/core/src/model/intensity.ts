/** The grid carbon intensity of a resolved location for a year: explicit value, cloud region, zone, country or world average. */
import type { ZoneRow } from '../data/schema.ts';
import { builtinTables, type Tables } from '../tables.ts';
import type { IntensityRule } from '../vocabulary.ts';
import type { ResolvedLocation } from './location.ts';
import type { ResolvedIntensity } from './types.ts';
import { combine, spreads, yearGapSpread, type Spread } from './uncertainty.ts';

/** The row of a zone for a year: that year, else the latest year before it, else the earliest after it. */
export function zoneForYear(rows: readonly ZoneRow[], year: number | undefined): ZoneRow {
  if (year === undefined) return rows[rows.length - 1]!;
  const exact = rows.find((r) => r.year === year);
  if (exact) return exact;
  const before = rows.filter((r) => r.year < year);
  return before.length ? before[before.length - 1]! : rows[0]!;
}

function fromZone(rows: readonly ZoneRow[], year: number | undefined, rule: 'zone' | 'country' | 'world', base: Spread): ResolvedIntensity {
  const row = zoneForYear(rows, year);
  const gap = year === undefined ? 0 : row.year - year;
  const spread = gap === 0 ? base : combine(base, yearGapSpread(gap));
  const note =
    year === undefined
      ? `no year given: used the latest data for ${row.zone} (${row.year})`
      : gap !== 0
        ? `no ${year} data for ${row.zone}: used ${row.year}`
        : undefined;
  return {
    gPerKwh: row.intensityGPerKwh,
    low: row.intensityGPerKwh * spread.low,
    high: row.intensityGPerKwh * spread.high,
    rule,
    source: row.source,
    year: row.year,
    zone: row.zone,
    zoneRow: row,
    country: row.country === 'WORLD' ? undefined : row.country,
    note,
    provenance: {
      method: rule === 'world' ? 'default' : 'estimated',
      row: `zones: ${row.zone} ${row.year} (${row.name})`,
      source: row.source,
      year: row.year,
    },
  };
}

/**
 * The intensity that prices energy used at a location in `year` (undefined: the location's year, else the latest
 * data); the result names the rule that fired and the row it used.
 */
export function intensityFor(loc: ResolvedLocation, year: number | undefined = loc.year, tables: Tables = builtinTables): ResolvedIntensity {
  if (loc.explicitGPerKwh !== undefined) {
    const g = loc.explicitGPerKwh;
    return {
      gPerKwh: g, low: g, high: g, rule: 'explicit', source: 'given by the user', year,
      ...(loc.country ? { country: loc.country } : {}),
      ...(loc.region ? { region: loc.region } : {}),
      ...(loc.place !== 'world' ? { zone: loc.zone } : {}),
      provenance: { method: 'default', row: 'explicit value', source: 'given by the user', year },
    };
  }
  if (loc.region) {
    const r = loc.region;
    // TODO(model): regions carry no intensity of their own any more; until the model prices a region through its zone,
    // this takes the life-cycle row of the region's zone (else country) for the year, like a zone.
    const lifeCycle = loc.zoneRows.filter((z) => z.basis === 'life-cycle');
    const row = zoneForYear(lifeCycle.length ? lifeCycle : loc.zoneRows, year);
    const gap = year === undefined ? 0 : row.year - year;
    const spread = gap === 0 ? spreads.cloudRegion : combine(spreads.cloudRegion, yearGapSpread(gap));
    return {
      gPerKwh: row.intensityGPerKwh,
      low: row.intensityGPerKwh * spread.low,
      high: row.intensityGPerKwh * spread.high,
      rule: 'cloud-region',
      source: row.source,
      year: row.year,
      zone: row.zone,
      zoneRow: row,
      region: r,
      country: r.country,
      note: gap !== 0 ? `no ${year} data for ${row.zone}: used ${row.year}` : undefined,
      provenance: { method: 'estimated', row: `regions: ${r.provider}/${r.region}, zones: ${row.zone} ${row.year} (${row.name})`, source: row.source, year: row.year },
    };
  }
  const rule: IntensityRule = loc.place === 'cloud-region' ? 'zone' : loc.place;
  const base = rule === 'zone' ? spreads.zoneSameYear : rule === 'country' ? spreads.country : spreads.world;
  return fromZone(loc.zoneRows, year, rule as 'zone' | 'country' | 'world', base);
}
