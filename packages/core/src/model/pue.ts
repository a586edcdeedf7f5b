/** The PUE of a facility: the user's value, else the cloud region's or provider's published value, else a sourced default. */
import { InvalidInputError } from '../errors.ts';
import { builtinTables, findDefault, type Tables } from '../tables.ts';
import { inRange, inputRanges, describeRange } from './input-ranges.ts';
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
      value: explicit, low: explicit, high: explicit, source: 'given by the user',
      provenance: { method: 'default', row: 'explicit value', source: 'given by the user' },
    };
  }
  const region = loc.region;
  if (region?.pue !== undefined) {
    const source = region.pueSource ?? region.source;
    return {
      value: region.pue, low: region.pue * spreads.providerPue.low, high: region.pue * spreads.providerPue.high,
      source, year: region.year,
      provenance: { method: 'estimated', row: `regions: ${region.provider}/${region.region} PUE`, source, year: region.year },
    };
  }
  const provider = loc.provider;
  if (provider?.pue !== undefined) {
    const source = provider.pueSource ?? 'provider';
    return {
      value: provider.pue, low: provider.pue * spreads.providerPue.low, high: provider.pue * spreads.providerPue.high,
      source, year: provider.pueYear,
      provenance: { method: 'estimated', row: `providers: ${provider.id} fleet PUE`, source, year: provider.pueYear },
    };
  }
  const d = findDefault('pue-default', tables);
  const low = findDefault('pue-default-low', tables).value;
  const high = findDefault('pue-default-high', tables).value;
  return {
    value: d.value, low: Math.min(low, d.value), high: Math.max(high, d.value), source: d.source, year: d.year,
    provenance: { method: 'default', row: `defaults: ${d.id} (${d.label})`, source: d.source, year: d.year },
  };
}
