/** The PUE of a facility: the user's value, else the cloud region's or provider's published value, else a sourced default. */
import { InvalidInputError } from '../errors.ts';
import { builtinTables, findDefault, type Tables } from '../tables.ts';
import { describeRange, inRange, inputRanges } from './input-ranges.ts';
import type { ResolvedLocation } from './location.ts';
import type { ResolvedPue } from './types.ts';
import { spreads } from './uncertainty.ts';

/** The PUE to apply at a resolved location (`explicit` when the user gave one), with its range and where it came from. */
export function pueFor(loc: ResolvedLocation, explicit?: number, tables: Tables = builtinTables): ResolvedPue {
  if (explicit !== undefined) {
    if (!inRange(explicit, inputRanges.pue)) {
      throw new InvalidInputError('pue', `invalid PUE ${explicit}: give ${describeRange(inputRanges.pue)} (1 means no overhead)`);
    }
    return {
      value: explicit, low: explicit, high: explicit, source: 'given by the user', rangeReason: spreads.exact.why,
      provenance: { method: 'given', row: 'value given by the user', source: 'given by the user' },
    };
  }
  const published = (value: number, source: string, row: string, year: number | undefined): ResolvedPue => ({
    value, low: value * spreads.providerPue.low, high: value * spreads.providerPue.high, source,
    ...(year !== undefined ? { year } : {}),
    rangeReason: spreads.providerPue.why,
    provenance: { method: 'published', row, source, ...(year !== undefined ? { year } : {}) },
  });
  const region = loc.region;
  if (region?.pue !== undefined) {
    return published(region.pue, region.pueSource ?? region.source, `regions: ${region.provider}/${region.region} PUE`, region.pueYear);
  }
  const provider = loc.provider;
  if (provider?.pue !== undefined) {
    return published(provider.pue, provider.pueSource ?? provider.name, `providers: ${provider.id} fleet PUE`, provider.pueYear);
  }
  const d = findDefault('pue-default', tables);
  const low = findDefault('pue-default-low', tables);
  const high = findDefault('pue-default-high', tables);
  return {
    value: d.value, low: Math.min(low.value, d.value), high: Math.max(high.value, d.value), source: d.source, year: d.year,
    rangeReason: `default PUE: from ${low.value} (${low.label}) to ${high.value} (${high.label})`,
    provenance: { method: 'default', row: `defaults: ${d.id} (${d.label})`, source: d.source, year: d.year },
  };
}
