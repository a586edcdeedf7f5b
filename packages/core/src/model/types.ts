/** Input and result types of the emissions model; every figure carries its range and provenance. */
import type { HardwareRow, RegionRow, ZoneRow } from '../data/schema.ts';
import type { LocationInput } from '../schemas/location.ts';
import type { IntensityRule, ProvenanceMethod } from '../vocabulary.ts';
import type { ResolvedLocation } from './location.ts';

export type { LocationInput, IntensityRule, ResolvedLocation };

/** How a figure was obtained. */
export type Method = ProvenanceMethod;

/** Where a figure came from: the method, and the data row (with source and year) it used. */
export interface Provenance {
  method: Method;
  /** Human-readable description of the row or rule: "hardware: Tesla V100 SXM2 32 GB". */
  row: string;
  source: string;
  year?: number;
}

/** A value with its low–high range. */
export interface Ranged {
  value: number;
  low: number;
  high: number;
}

/** One group of identical devices in an estimate. */
export interface DeviceGroupInput {
  /** A name as users type it ("v100", "A100 SXM4 80 GB"), resolved against the hardware table. */
  hardware: string;
  count?: number;
  /** Average fraction of TDP drawn, 0–1; 1 is the TDP method of the original calculator. */
  load?: number;
  /** Override the table's TDP in watts. */
  powerW?: number;
  /** Measured energy of this group in kWh; replaces count × power × hours × load. */
  measuredKwh?: number;
}

export interface EstimateInput extends LocationInput {
  devices: DeviceGroupInput[];
  /** Wall-clock hours the devices ran. */
  hours: number;
  /** Explicit PUE (1 reproduces the original calculator). */
  pue?: number;
  /** The user's own offsets, % of the location-based emissions. */
  offsetPercent?: number;
  /** Include embodied (manufacturing) emissions; default true. */
  embodied?: boolean;
}

export interface ResolvedIntensity {
  gPerKwh: number;
  low: number;
  high: number;
  rule: IntensityRule;
  source: string;
  year?: number;
  /** Zone key or region id the value belongs to. */
  zone?: string;
  region?: RegionRow;
  zoneRow?: ZoneRow;
  /** Country (alpha-2) of the location, when known. */
  country?: string;
  /** Explanation of the choice, e.g. "no 2024 data for FR; used 2022". */
  note?: string;
  provenance: Provenance;
}

export interface ResolvedPue {
  value: number;
  low: number;
  high: number;
  source: string;
  year?: number;
  provenance: Provenance;
}

export interface DeviceResult {
  name: string;
  id: string;
  type: HardwareRow['type'];
  count: number;
  tdpW: number;
  /** Power used per device in the formula (tdpW × load, or override). */
  powerW: number;
  load: number;
  energyKwh: number;
  energyLowKwh: number;
  energyHighKwh: number;
  /** The multiplicative range applied to this group's energy, and why. */
  spread: { low: number; high: number; why: string };
  embodiedKg: number;
  /** Where the embodied figure came from (device class row), or why it is 0. */
  embodiedProvenance: Provenance;
  source: string;
  year: number;
  provenance: Provenance;
  row: HardwareRow;
}

export interface Alternative {
  kind: 'same-provider' | 'any-provider' | 'same-country';
  provider?: string;
  /** The provider's display name ("Google Cloud Platform"). */
  providerName?: string;
  region?: string;
  zone?: string;
  country?: string;
  intensityGPerKwh: number;
  pue: number;
  emissionsKg: number;
  savedKg: number;
  source: string;
}

export interface EquivalentValue {
  id: string;
  label: string;
  value: number;
  unit: string;
  source: string;
}

export interface Estimate {
  input: EstimateInput;
  /** The place the job was priced for, resolved once. */
  location: ResolvedLocation;
  devices: DeviceResult[];
  hours: number;
  /** Device energy, kWh (before PUE). */
  energyKwh: number;
  energyLowKwh: number;
  energyHighKwh: number;
  pue: ResolvedPue;
  /** energyKwh × PUE. */
  facilityEnergyKwh: number;
  intensity: ResolvedIntensity;
  /** Location-based operational emissions, kg CO2eq, with range. */
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
  /** Embodied emissions amortised over the job, kg CO2eq (0 when disabled). */
  embodiedKg: number;
  embodiedLowKg: number;
  embodiedHighKg: number;
  /** Operational + embodied. */
  totalKg: number;
  totalLowKg: number;
  totalHighKg: number;
  /** The provider's market-based claim, kg, reported beside (never subtracted). */
  providerOffsetKg: number;
  providerOffsetPercent: number;
  /** Where the provider's claim comes from, when there is one. */
  providerOffsetSource?: string;
  /** The user's own offsets, kg. */
  userOffsetKg: number;
  offsetKg: number;
  alternatives: Alternative[];
  equivalents: EquivalentValue[];
  /** Plain-language notes on every default or fallback applied. */
  notes: string[];
}
