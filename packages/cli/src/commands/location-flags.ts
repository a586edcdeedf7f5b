/** The flags of a place (and its PUE), shared by `estimate`, `where` and `run`, turned into core's LocationInput. */
import { inputRanges, type LocationInput } from '@carbontrail/core';
import type { FlagValues } from '../flags.ts';

export const placeFlags = {
  provider: { type: 'string', short: 'p', value: 'ID', help: 'cloud provider: aws, gcp, azure, … (see `carbontrail data providers`)' },
  region: { type: 'string', short: 'r', value: 'ID', help: "the provider's region id, e.g. us-east-1, europe-west4" },
  country: { type: 'string', short: 'c', value: 'CODE|NAME', help: 'country (ISO code or name), for on-premise work' },
  zone: { type: 'string', short: 'z', value: 'KEY', help: 'grid zone, e.g. US-CAL-CISO, CA-QC, AUS-NSW (see `carbontrail data zones`)' },
  intensity: { type: 'number', range: inputRanges.intensity, value: 'G', help: 'grid carbon intensity in gCO2eq/kWh, given by you' },
  pue: { type: 'number', range: inputRanges.pue, value: 'X', help: "facility PUE (default: the region's or provider's published value, else an industry average)" },
} as const;

/** The year a job ran in: only for estimates (a run's year is the year of its samples). */
export const yearFlag = {
  year: { type: 'number', range: inputRanges.year, value: 'YEAR', help: 'the year the job ran (grid data of that year; default: the latest)' },
} as const;

/** The usage heading of the place flags. */
export const placeTitle = 'Place (intensity resolved in this order: --intensity, provider and region, zone, country, world average)';

/** The location named by the place flags (and --year where the command has it); resolved and checked by core. */
export function locationFromFlags(v: FlagValues<typeof placeFlags> & { year?: number | undefined }): LocationInput {
  const loc: LocationInput = {};
  if (v.provider !== undefined) loc.provider = v.provider;
  if (v.region !== undefined) loc.region = v.region;
  if (v.country !== undefined) loc.country = v.country;
  if (v.zone !== undefined) loc.zone = v.zone;
  if (v.year !== undefined) loc.year = v.year;
  if (v.intensity !== undefined) loc.intensityGPerKwh = v.intensity;
  return loc;
}
