/** Resolving the grid carbon intensity of a location, in the order explicit → cloud region → zone → country → world. */
import type { RegionRow, ZoneRow } from '../data/schema.ts';
import { InvalidInputError, UnknownNameError } from '../errors.ts';
import { builtinTables, cached, type Tables } from '../tables.ts';
import { createMatcher } from './names.ts';
import type { LocationInput, ResolvedIntensity } from './types.ts';

export type { LocationInput };
import { combine, spreads, yearGapSpread, type Spread } from './uncertainty.ts';

function zonesByKey(tables: Tables): Map<string, ZoneRow[]> {
  return cached(tables, 'zones-by-key', () => {
    const m = new Map<string, ZoneRow[]>();
    for (const z of tables.zones) {
      const list = m.get(z.zone) ?? [];
      list.push(z);
      m.set(z.zone, list);
    }
    for (const list of m.values()) list.sort((a, b) => a.year - b.year);
    return m;
  });
}

/** The row of a zone for a year: that year, else the latest year before it, else the earliest after it. */
export function zoneForYear(rows: ZoneRow[], year: number | undefined): ZoneRow {
  if (year === undefined) return rows[rows.length - 1]!;
  const exact = rows.find((r) => r.year === year);
  if (exact) return exact;
  const before = rows.filter((r) => r.year < year);
  return before.length ? before[before.length - 1]! : rows[0]!;
}

/** Finds a provider id ("aws", "Amazon Web Services", "Google Cloud"); throws with the valid choices. */
export function findProvider(name: string, tables: Tables = builtinTables) {
  const m = cached(tables, 'provider-matcher', () =>
    createMatcher(tables.providers.map((p) => ({ item: p, label: p.id, names: [p.id, p.name] }))),
  );
  const r = m.match(name);
  if (r.kind === 'one') return r.item;
  throw new UnknownNameError('provider', name, tables.providers.map((p) => p.id));
}

/** Finds a cloud region of a provider (or of any provider when none is given); throws with close matches. */
export function findRegion(region: string, provider: string | undefined, tables: Tables = builtinTables): RegionRow {
  const pid = provider === undefined ? undefined : findProvider(provider, tables).id;
  const pool = tables.regions.filter((r) => pid === undefined || r.provider === pid);
  const want = region.trim().toLowerCase();
  const exact = pool.filter(
    (r) => r.region.toLowerCase() === want || r.aliases.some((a) => a.toLowerCase() === want) || r.name?.toLowerCase() === want,
  );
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    throw new UnknownNameError('region', region, exact.map((r) => `${r.provider}/${r.region}`), true);
  }
  const m = cached(tables, `region-matcher-${pid ?? '*'}`, () =>
    createMatcher(pool.map((r) => ({ item: r, label: pid ? r.region : `${r.provider}/${r.region}`, names: [r.region, ...(r.name ? [r.name] : []), ...r.aliases] }))),
  );
  const r = m.match(region);
  if (r.kind === 'one') return r.item;
  if (r.kind === 'many') throw new UnknownNameError('region', region, r.items.slice(0, 8).map((x) => `${x.provider}/${x.region}`), true);
  throw new UnknownNameError('region', region, m.suggest(region, 8), false, pid ? ` for provider "${pid}"` : '');
}

/** The zone rows for a zone key or name ("US-CAL-CISO", "FR", "France", "New South Wales"); throws with close matches. */
export function findZone(name: string, kind: 'zone' | 'country', tables: Tables = builtinTables): ZoneRow[] {
  const byKey = zonesByKey(tables);
  const direct = byKey.get(name.trim().toUpperCase());
  if (direct && (kind === 'zone' || direct[0]!.kind === 'country')) return direct;
  const m = cached(tables, `zone-matcher-${kind}`, () => {
    const entries = [...byKey.entries()]
      .filter(([, rows]) => kind === 'zone' || rows[0]!.kind === 'country')
      .map(([key, rows]) => ({ item: key, label: `${key} (${rows[0]!.name})`, names: [key, rows[0]!.name] }));
    return createMatcher(entries);
  });
  const r = m.match(name);
  if (r.kind === 'one') return byKey.get(r.item)!;
  if (r.kind === 'many') throw new UnknownNameError(kind, name, r.items.slice(0, 8), true);
  throw new UnknownNameError(kind, name, m.suggest(name, 6));
}

function fromZone(rows: ZoneRow[], year: number | undefined, rule: 'zone' | 'country' | 'world', base: Spread): ResolvedIntensity {
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

/** The world average for a year (or the latest). */
export function worldIntensity(year: number | undefined, tables: Tables = builtinTables): ResolvedIntensity {
  const rows = zonesByKey(tables).get('WORLD');
  if (!rows?.length) throw new Error('data: the zones table has no WORLD row');
  return fromZone(rows, year, 'world', spreads.world);
}

/** Resolves the carbon intensity of a location; the result names the rule that fired and the row it used. */
export function resolveIntensity(loc: LocationInput, tables: Tables = builtinTables): ResolvedIntensity {
  const { year } = loc;
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) {
    throw new InvalidInputError(`invalid year ${year}: give a calendar year such as 2024`);
  }
  if (loc.intensityGPerKwh !== undefined) {
    const g = loc.intensityGPerKwh;
    if (!Number.isFinite(g) || g < 0 || g > 2000) {
      throw new InvalidInputError(`invalid carbon intensity ${g}: give gCO2eq/kWh between 0 and 2000`);
    }
    // the location, if any, is still resolved for its country (used for alternatives)
    const place = loc.region || loc.zone || loc.country ? resolveIntensity({ ...loc, intensityGPerKwh: undefined }, tables) : undefined;
    return {
      gPerKwh: g,
      low: g,
      high: g,
      rule: 'explicit',
      source: 'given by the user',
      year,
      country: place?.country,
      region: place?.region,
      zone: place?.zone,
      provenance: { method: 'default', row: 'explicit value', source: 'given by the user', year },
    };
  }
  if (loc.region !== undefined) {
    const r = findRegion(loc.region, loc.provider, tables);
    const gap = year === undefined ? 0 : r.year - year;
    const spread = gap === 0 ? spreads.cloudRegion : combine(spreads.cloudRegion, yearGapSpread(gap));
    return {
      gPerKwh: r.intensityGPerKwh,
      low: r.intensityGPerKwh * spread.low,
      high: r.intensityGPerKwh * spread.high,
      rule: 'cloud-region',
      source: r.source,
      year: r.year,
      zone: r.zone ?? r.country,
      region: r,
      country: r.country,
      note: gap !== 0 ? `region data is from ${r.year}, the job ran in ${year}` : undefined,
      provenance: { method: 'estimated', row: `regions: ${r.provider}/${r.region}`, source: r.source, year: r.year },
    };
  }
  if (loc.provider !== undefined) {
    const p = findProvider(loc.provider, tables);
    const choices = tables.regions.filter((r) => r.provider === p.id).map((r) => r.region);
    throw new InvalidInputError(`provider "${p.id}" needs a region; one of: ${choices.join(', ')}`);
  }
  if (loc.zone !== undefined) {
    const rows = findZone(loc.zone, 'zone', tables);
    const rule = rows[0]!.kind === 'country' ? 'country' : rows[0]!.kind === 'world' ? 'world' : 'zone';
    return fromZone(rows, year, rule, rule === 'zone' ? spreads.zoneSameYear : rule === 'country' ? spreads.country : spreads.world);
  }
  if (loc.country !== undefined) {
    return fromZone(findZone(loc.country, 'country', tables), year, 'country', spreads.country);
  }
  return worldIntensity(year, tables);
}
