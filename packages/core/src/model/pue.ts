/** Resolving the PUE of a facility: the user's value, else the cloud region's or provider's published value, else a sourced default. */
import { InvalidInputError } from '../errors.ts';
import { builtinTables, defaultValue, type Tables } from '../tables.ts';
import { findProvider, findRegion } from './intensity.ts';
import type { ResolvedPue } from './types.ts';
import { spreads } from './uncertainty.ts';

export interface PueInput {
  provider?: string;
  region?: string;
  pue?: number;
}

/** The PUE to apply, with its range and where it came from. */
export function resolvePue(input: PueInput, tables: Tables = builtinTables): ResolvedPue {
  if (input.pue !== undefined) {
    if (!Number.isFinite(input.pue) || input.pue < 1 || input.pue > 3) {
      throw new InvalidInputError(`invalid PUE ${input.pue}: give a number from 1 (no overhead) to 3`);
    }
    return {
      value: input.pue, low: input.pue, high: input.pue, source: 'given by the user',
      provenance: { method: 'default', row: 'explicit value', source: 'given by the user' },
    };
  }
  const region = input.region !== undefined ? findRegion(input.region, input.provider, tables) : undefined;
  if (region?.pue !== undefined) {
    const source = region.pueSource ?? region.source;
    return {
      value: region.pue, low: region.pue * spreads.providerPue.low, high: region.pue * spreads.providerPue.high,
      source, year: region.year,
      provenance: { method: 'estimated', row: `regions: ${region.provider}/${region.region} PUE`, source, year: region.year },
    };
  }
  const providerId = region?.provider ?? (input.provider !== undefined ? findProvider(input.provider, tables).id : undefined);
  const provider = providerId !== undefined ? tables.providers.find((p) => p.id === providerId) : undefined;
  if (provider?.pue !== undefined) {
    const source = provider.pueSource ?? 'provider';
    return {
      value: provider.pue, low: provider.pue * spreads.providerPue.low, high: provider.pue * spreads.providerPue.high,
      source, year: provider.pueYear,
      provenance: { method: 'estimated', row: `providers: ${provider.id} fleet PUE`, source, year: provider.pueYear },
    };
  }
  const d = defaultValue(tables, 'pue-default');
  const low = tables.defaults.find((x) => x.id === 'pue-default-low')?.value ?? 1.1;
  const high = tables.defaults.find((x) => x.id === 'pue-default-high')?.value ?? 2.0;
  return {
    value: d.value, low: Math.min(low, d.value), high: Math.max(high, d.value), source: d.source, year: d.year,
    provenance: { method: 'default', row: `defaults: ${d.id} (${d.label})`, source: d.source, year: d.year },
  };
}
