/** Greener places to run the same job: lowest-emission region of the same provider, of any provider, and of the same country. */
import type { RegionRow, ZoneRow } from '../data/schema.ts';
import { builtinTables, cached, findDefault, type Tables } from '../tables.ts';
import { zoneForYear } from './intensity.ts';
import { zonesByKey, type ResolvedLocation } from './location.ts';
import type { Alternative } from './types.ts';

function regionPue(r: RegionRow, tables: Tables): number {
  return r.pue ?? tables.providers.find((p) => p.id === r.provider)?.pue ?? findDefault('pue-default', tables).value;
}

// TODO(model): regions carry no intensity of their own any more; until the model prices a region through its zone for
// the job's year, this stand-in takes the latest life-cycle row of the region's zone (else its country).
function regionGPerKwh(r: RegionRow, tables: Tables): number {
  const byKey = zonesByKey(tables);
  const rows = (byKey.get(r.zone) ?? byKey.get(r.country) ?? []).filter((z) => z.basis === 'life-cycle');
  return rows[rows.length - 1]?.intensityGPerKwh ?? Infinity;
}

function regionAlternative(kind: Alternative['kind'], r: RegionRow, energyKwh: number, currentKg: number, tables: Tables): Alternative {
  const pue = regionPue(r, tables);
  const intensityGPerKwh = regionGPerKwh(r, tables);
  const emissionsKg = (energyKwh * pue * intensityGPerKwh) / 1000;
  const providerName = tables.providers.find((p) => p.id === r.provider)?.name;
  return {
    kind, provider: r.provider, ...(providerName ? { providerName } : {}), region: r.region, country: r.country, zone: r.zone,
    intensityGPerKwh, pue, emissionsKg, savedKg: Math.max(0, currentKg - emissionsKg), source: r.source,
  };
}

function lowest<T>(items: readonly T[], score: (x: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const x of items) {
    const s = score(x);
    if (s < bestScore) {
      best = x;
      bestScore = s;
    }
  }
  return best;
}

/** Regions ranked by the emissions `energyKwh` of device energy would cause there (PUE included), lowest first. */
export function rankRegions(energyKwh: number, tables: Tables = builtinTables, provider?: string) {
  return tables.regions
    .filter((r) => provider === undefined || r.provider === provider)
    .map((r) => regionAlternative('any-provider', r, energyKwh, 0, tables))
    .map(({ savedKg: _s, kind: _k, ...rest }) => rest)
    .sort((a, b) => a.emissionsKg - b.emissionsKg || (a.provider ?? '').localeCompare(b.provider ?? ''));
}

/** The greener alternatives for a job at a resolved location using `energyKwh` of device energy and now emitting `currentKg`. */
export function findAlternatives(
  loc: ResolvedLocation,
  energyKwh: number,
  currentKg: number,
  pue: number,
  tables: Tables = builtinTables,
): Alternative[] {
  const out: Alternative[] = [];
  const score = (r: RegionRow) => regionPue(r, tables) * regionGPerKwh(r, tables);
  const provider = loc.region?.provider;
  if (provider) {
    const best = lowest(tables.regions.filter((r) => r.provider === provider), score);
    if (best) out.push(regionAlternative('same-provider', best, energyKwh, currentKg, tables));
  }
  const any = lowest(tables.regions, score);
  if (any) out.push(regionAlternative('any-provider', any, energyKwh, currentKg, tables));
  const country = loc.country;
  if (country) {
    // lowest of: cloud regions in that country, and sub-national grid zones of that country (at the same PUE)
    const byZone = cached(tables, 'subnational-by-country', () => {
      const m = new Map<string, Map<string, ZoneRow[]>>();
      for (const z of tables.zones) {
        if (z.kind !== 'subnational') continue;
        const zones = m.get(z.country) ?? new Map<string, ZoneRow[]>();
        const list = zones.get(z.zone) ?? [];
        list.push(z);
        zones.set(z.zone, list);
        m.set(z.country, zones);
      }
      for (const zones of m.values()) for (const l of zones.values()) l.sort((a, b) => a.year - b.year);
      return m;
    });
    const candidates: Alternative[] = [];
    const bestRegion = lowest(tables.regions.filter((r) => r.country === country), score);
    if (bestRegion) candidates.push(regionAlternative('same-country', bestRegion, energyKwh, currentKg, tables));
    for (const rows of byZone.get(country)?.values() ?? []) {
      const z = zoneForYear(rows, loc.year);
      const emissionsKg = (energyKwh * pue * z.intensityGPerKwh) / 1000;
      candidates.push({
        kind: 'same-country', zone: z.zone, country, intensityGPerKwh: z.intensityGPerKwh, pue, emissionsKg,
        savedKg: Math.max(0, currentKg - emissionsKg), source: `${z.source} (${z.year})`,
      });
    }
    const best = lowest(candidates, (c) => c.emissionsKg);
    if (best) out.push(best);
  }
  return out;
}
