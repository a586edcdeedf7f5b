/** A location resolved once: the provider, region, grid-zone series and country a job's place names, checked for contradictions. */
import { countryAliases } from '../data/country-aliases.ts';
import type { ProviderRow, RegionRow, ZoneRow } from '../data/schema.ts';
import { DataError, InvalidInputError, UnknownNameError } from '../errors.ts';
import type { LocationInput } from '../schemas/location.ts';
import { builtinTables, cached, type Tables } from '../tables.ts';
import { checkInput } from './input-ranges.ts';
import { createMatcher } from './names.ts';

export type { LocationInput };

/** Which kind of place a location names (an explicit intensity, if any, is applied on top of it). */
export type PlaceKind = 'cloud-region' | 'zone' | 'country' | 'world';

/** A grid area whose yearly series can price a place: its key, name and rows (sorted by year). */
export interface SeriesArea {
  key: string;
  name: string;
  rows: readonly ZoneRow[];
}

/** A location whose names are resolved to table rows; every later step (intensity, PUE, alternatives, offsets) reads this. */
export interface ResolvedLocation {
  /** The input as given, trimmed, without empty parts. */
  input: LocationInput;
  place: PlaceKind;
  provider?: ProviderRow;
  region?: RegionRow;
  /** The zone key of the place itself (for a cloud region, the grid it draws from), and its rows sorted by year. */
  zone: string;
  zoneRows: readonly ZoneRow[];
  /** The areas whose series can price the place, finest first: its zone, its country, the world. */
  chain: readonly SeriesArea[];
  /** ISO alpha-2 country, when the place is in one. */
  country?: string;
  /** The year the job ran in, when given. */
  year?: number;
  /** Intensity given by the user, gCO2eq/kWh. */
  explicitGPerKwh?: number;
  /** Human-readable place: "Google Cloud europe-west4 (Eemshaven)", "France (FR)", "world average". */
  label: string;
  /** The provider's claimed offset / renewable-matching share here (the region's, else the provider's; 0 off the cloud). */
  offset: { percent: number; source?: string };
}

/** Zone rows by key, each list sorted by year. */
export function zonesByKey(tables: Tables): Map<string, ZoneRow[]> {
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

/** Finds a provider ("aws", "Amazon Web Services", "Google Cloud"); throws with the valid choices. */
export function findProvider(name: string, tables: Tables = builtinTables): ProviderRow {
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
    throw new UnknownNameError('region', region, exact.map((r) => `${r.provider}/${r.region}`), { ambiguous: true, context: ' (give --provider)' });
  }
  const m = cached(tables, `region-matcher-${pid ?? '*'}`, () =>
    createMatcher(pool.map((r) => ({ item: r, label: pid ? r.region : `${r.provider}/${r.region}`, names: [r.region, ...(r.name ? [r.name] : []), ...r.aliases] }))),
  );
  const r = m.match(region);
  if (r.kind === 'one') return r.item;
  if (r.kind === 'many') throw new UnknownNameError('region', region, r.items.slice(0, 8).map((x) => `${x.provider}/${x.region}`), { ambiguous: true });
  throw new UnknownNameError('region', region, m.suggest(region, 8), { context: pid ? ` for provider "${pid}"` : '' });
}

/** The zone rows of a zone key or name ("US-CAL-CISO", "FR", "France", "New South Wales"); throws with close matches. */
export function findZone(name: string, kind: 'zone' | 'country', tables: Tables = builtinTables): ZoneRow[] {
  const byKey = zonesByKey(tables);
  const direct = byKey.get(name.trim().toUpperCase());
  if (direct && (kind === 'zone' || direct[0]!.kind === 'country')) return direct;
  const m = cached(tables, `zone-matcher-${kind}`, () => {
    const entries = [...byKey.entries()]
      .filter(([, rows]) => kind === 'zone' || rows[0]!.kind === 'country')
      .map(([key, rows]) => ({ item: key, label: `${key} (${rows[0]!.name})`, names: [key, rows[0]!.name, ...(rows[0]!.kind === 'country' ? countryAliases[key] ?? [] : [])] }));
    return createMatcher(entries);
  });
  const r = m.match(name);
  if (r.kind === 'one') return byKey.get(r.item)!;
  if (r.kind === 'many') throw new UnknownNameError(kind, name, r.items.slice(0, 8), { ambiguous: true });
  throw new UnknownNameError(kind, name, m.suggest(name, 6));
}

/** The world-average rows; the tables must have them. */
export function worldRows(tables: Tables): readonly ZoneRow[] {
  const rows = zonesByKey(tables).get('WORLD');
  if (!rows?.length) throw new DataError('data: the zones table has no WORLD row');
  return rows;
}

function clean(input: LocationInput): LocationInput {
  const out: LocationInput = {};
  for (const k of ['provider', 'region', 'country', 'zone'] as const) {
    const v = input[k]?.trim();
    if (v) out[k] = v;
  }
  if (input.year !== undefined) out.year = checkInput('year', input.year);
  if (input.intensityGPerKwh !== undefined) out.intensityGPerKwh = checkInput('intensity', input.intensityGPerKwh);
  return out;
}

/** The areas that can price a place, finest first: the zone, then its country, then the world (those with rows). */
function chainOf(zone: string, country: string | undefined, tables: Tables): SeriesArea[] {
  const byKey = zonesByKey(tables);
  const keys = [...new Set([zone, ...(country ? [country] : []), 'WORLD'])];
  return keys.flatMap((key) => {
    const rows = byKey.get(key);
    return rows?.length ? [{ key, name: rows[0]!.name, rows }] : [];
  });
}

function regionLabel(r: RegionRow, provider: ProviderRow | undefined): string {
  return `${provider?.name ?? r.provider} ${r.region}${r.city ? ` (${r.city})` : ''}`;
}

/** The resolved place of a cloud region row (no name lookup): its grid zone, country, provider, label and offset claim. */
export function locationOfRegion(region: RegionRow, tables: Tables = builtinTables, base: Partial<ResolvedLocation> = {}): ResolvedLocation {
  const byKey = zonesByKey(tables);
  const provider = tables.providers.find((p) => p.id === region.provider);
  const zone = region.zone && byKey.has(region.zone) ? region.zone : region.country;
  const offset = region.offsetPercent !== undefined
    ? { percent: region.offsetPercent, source: region.offsetSource ?? region.source }
    : provider ? { percent: provider.offsetPercent, source: provider.offsetSource } : { percent: 0 };
  return {
    input: { provider: region.provider, region: region.region }, ...base, offset, place: 'cloud-region', region, ...(provider ? { provider } : {}),
    zone, zoneRows: byKey.get(zone) ?? [], chain: chainOf(zone, region.country, tables), country: region.country, label: regionLabel(region, provider),
  };
}

/** The resolved place of a zone's rows (no name lookup): a sub-national zone, a country or the world. */
export function locationOfZone(rows: readonly ZoneRow[], tables: Tables = builtinTables, base: Partial<ResolvedLocation> = {}): ResolvedLocation {
  const first = rows[0]!;
  const place: PlaceKind = first.kind === 'world' ? 'world' : first.kind === 'country' ? 'country' : 'zone';
  return {
    input: { zone: first.zone }, offset: { percent: 0 }, ...base, place, zone: first.zone, zoneRows: rows,
    chain: chainOf(first.zone, first.country === 'WORLD' ? undefined : first.country, tables),
    ...(first.country !== 'WORLD' ? { country: first.country } : {}),
    label: first.kind === 'world' ? 'world average' : `${first.name} (${first.zone})`,
  };
}

/**
 * Resolves every name of a location once and checks that its parts agree: a region and a country, zone or provider
 * that contradict it are an error naming both. Throws UnknownNameError or InvalidInputError (with the field at fault).
 */
export function resolveLocation(input: LocationInput, tables: Tables = builtinTables): ResolvedLocation {
  const loc = clean(input);
  const base = {
    input: loc,
    offset: { percent: 0 },
    ...(loc.year !== undefined ? { year: loc.year } : {}),
    ...(loc.intensityGPerKwh !== undefined ? { explicitGPerKwh: loc.intensityGPerKwh } : {}),
  };
  const zoneRows = loc.zone !== undefined ? findZone(loc.zone, 'zone', tables) : undefined;
  const countryRows = loc.country !== undefined ? findZone(loc.country, 'country', tables) : undefined;

  if (loc.region !== undefined) {
    const region = findRegion(loc.region, loc.provider, tables);
    const name = `${region.provider}/${region.region}`;
    if (countryRows && countryRows[0]!.country !== region.country) {
      throw new InvalidInputError('country', `country "${loc.country}" (${countryRows[0]!.country}) contradicts region ${name}, which is in ${region.country}: give one place`);
    }
    if (zoneRows) {
      const key = zoneRows[0]!.zone;
      if (key !== region.zone && key !== region.country) {
        throw new InvalidInputError('zone', `zone "${loc.zone}" (${key}) contradicts region ${name}, which draws from ${region.zone ?? region.country}: give one place`);
      }
    }
    return locationOfRegion(region, tables, base);
  }
  if (loc.provider !== undefined) {
    const p = findProvider(loc.provider, tables);
    const choices = tables.regions.filter((r) => r.provider === p.id).map((r) => r.region);
    throw new InvalidInputError('region', `provider "${p.id}" needs a region; one of: ${choices.join(', ')}`, undefined, choices);
  }
  if (zoneRows) {
    const first = zoneRows[0]!;
    if (countryRows && countryRows[0]!.country !== first.country) {
      throw new InvalidInputError('zone', `zone "${loc.zone}" (${first.zone}, in ${first.country}) contradicts country "${loc.country}" (${countryRows[0]!.country}): give one place`);
    }
    return locationOfZone(zoneRows, tables, base);
  }
  if (countryRows) return locationOfZone(countryRows, tables, base);
  return {
    ...base, place: 'world', zone: 'WORLD', zoneRows: worldRows(tables), chain: chainOf('WORLD', undefined, tables),
    label: loc.intensityGPerKwh !== undefined ? 'a location with the given carbon intensity' : 'world average',
  };
}
