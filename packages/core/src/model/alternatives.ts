/**
 * Greener places to run the same job: the lowest-emission cloud region of the same provider and of any other provider,
 * and the lowest place of the same country (a cloud region, or a whole grid zone with sound data for the job's year).
 * Never the current place, never one that saves nothing, never a partial-year or artefact zone-year, never a
 * generation-only or single-plant balancing area.
 */
import type { RegionRow, ZoneRow } from '../data/schema.ts';
import { builtinTables, cached, findDefault, type Tables } from '../tables.ts';
import { intensityFor, isSoundZoneYear, pricingYear } from './intensity.ts';
import { locationOfRegion, zonesByKey, type ResolvedLocation } from './location.ts';
import type { Alternative } from './types.ts';

/** Areas that are no place to run a job. */
const NOT_A_PLACE = new Set(['generation-only', 'single-plant', 'aggregate']);
/** An alternative must save at least this share of the current emissions. */
const MIN_SAVING = 0.01;

function regionPue(r: RegionRow, tables: Tables): number {
  return r.pue ?? tables.providers.find((p) => p.id === r.provider)?.pue ?? findDefault('pue-default', tables).value;
}

/** Every region priced for a year: its resolved place, intensity and PUE (memoised per table set and year). */
function pricedRegions(year: number | undefined, tables: Tables) {
  return cached(tables, `priced-regions-${year ?? 'latest'}`, () =>
    tables.regions.map((r) => {
      const loc = locationOfRegion(r, tables);
      const intensity = intensityFor(loc, year);
      return { region: r, loc, intensity, pue: regionPue(r, tables) };
    }),
  );
}

type PricedRegion = ReturnType<typeof pricedRegions>[number];

function regionAlternative(kind: Alternative['kind'], p: PricedRegion, energyKwh: number, currentKg: number): Alternative {
  const emissionsKg = (energyKwh * p.pue * p.intensity.gPerKwh) / 1000;
  return {
    kind, provider: p.region.provider, ...(p.loc.provider ? { providerName: p.loc.provider.name } : {}), region: p.region.region,
    country: p.region.country, zone: p.intensity.zone ?? p.loc.zone,
    intensityGPerKwh: p.intensity.gPerKwh, pue: p.pue, emissionsKg, savedKg: currentKg - emissionsKg,
    source: `${p.intensity.source} (${p.intensity.year})`, year: p.intensity.year ?? 0,
  };
}

/** Regions ranked by the emissions `energyKwh` of device energy would cause there in `year` (PUE included), lowest first. */
export function rankRegions(energyKwh: number, tables: Tables = builtinTables, provider?: string, year?: number) {
  return pricedRegions(year, tables)
    .filter((p) => provider === undefined || p.region.provider === provider)
    .map((p) => regionAlternative('any-provider', p, energyKwh, 0))
    .map(({ savedKg: _s, kind: _k, ...rest }) => rest)
    .sort((a, b) => a.emissionsKg - b.emissionsKg || (a.provider ?? '').localeCompare(b.provider ?? ''));
}

/** The whole grid zones of a country with a sound row for the year: places a person can run a job. */
function soundZones(country: string, year: number, tables: Tables): ZoneRow[] {
  const out: ZoneRow[] = [];
  for (const rows of zonesByKey(tables).values()) {
    const first = rows[0]!;
    if (first.country !== country || first.kind !== 'subnational' || (first.area && NOT_A_PLACE.has(first.area))) continue;
    const row = rows.find((r) => r.year === year);
    if (row && isSoundZoneYear(row)) out.push(row);
  }
  return out;
}

/** The greener alternatives for a job at a resolved location using `energyKwh` of device energy and now emitting `currentKg`. */
export function findAlternatives(
  loc: ResolvedLocation,
  energyKwh: number,
  currentKg: number,
  pue: number,
  tables: Tables = builtinTables,
): Alternative[] {
  const year = pricingYear(loc);
  const here = (a: Alternative) =>
    (loc.region !== undefined && a.provider === loc.region.provider && a.region === loc.region.region) ||
    (loc.region === undefined && a.region === undefined && a.zone === loc.zone);
  const worth = (a: Alternative) => !here(a) && a.savedKg > currentKg * MIN_SAVING;
  const lowest = (list: Alternative[]) => list.filter(worth).sort((a, b) => a.emissionsKg - b.emissionsKg)[0];
  const regions = pricedRegions(year, tables);
  const out: Alternative[] = [];
  const provider = loc.region?.provider;
  if (provider) {
    const best = lowest(regions.filter((p) => p.region.provider === provider).map((p) => regionAlternative('same-provider', p, energyKwh, currentKg)));
    if (best) out.push(best);
  }
  const other = lowest(regions.filter((p) => p.region.provider !== provider).map((p) => regionAlternative('any-provider', p, energyKwh, currentKg)));
  if (other) out.push(other);
  if (loc.country) {
    const candidates = regions.filter((p) => p.region.country === loc.country).map((p) => regionAlternative('same-country', p, energyKwh, currentKg));
    {
      for (const z of soundZones(loc.country, year, tables)) {
        const emissionsKg = (energyKwh * pue * z.intensityGPerKwh) / 1000;
        candidates.push({
          kind: 'same-country', zone: z.zone, country: z.country, intensityGPerKwh: z.intensityGPerKwh, pue, emissionsKg,
          savedKg: currentKg - emissionsKg, source: `${z.source} (${z.year})`, year: z.year,
        });
      }
    }
    const listed = (a: Alternative) => out.some((o) => o.provider === a.provider && o.region === a.region && o.zone === a.zone);
    const best = lowest(candidates.filter((a) => !listed(a)));
    if (best) out.push(best);
  }
  return out;
}
