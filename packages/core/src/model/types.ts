/** Input and result types of the emissions model; every figure carries its range and provenance. */
import type { HardwareRow, RegionRow, ZoneRow } from '../data/schema.ts';
import type { LocationInput } from '../schemas/location.ts';
import type { EmissionBasis, IntensityRule, ProvenanceMethod } from '../vocabulary.ts';
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
  /** For estimates: the reasoning behind the value (the data row's note). */
  note?: string;
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

/** A provider's own published figure for its region, shown beside the location-based one (another basis or method). */
export interface ProviderFigure {
  providerName: string;
  gPerKwh: number;
  year: number;
  basis: EmissionBasis;
  cfePercent?: number;
  source: string;
}

export interface ResolvedIntensity {
  gPerKwh: number;
  low: number;
  high: number;
  rule: IntensityRule;
  source: string;
  /** The year of the data used (for an explicit value: the job's year, if given). */
  year?: number;
  /** The emission basis of the value: life-cycle by default; a value given by the user has the basis the user meant. */
  basis?: EmissionBasis;
  /** Zone key of the series that gave the value (for a cloud region: its grid zone, or a coarser area standing in). */
  zone?: string;
  region?: RegionRow;
  zoneRow?: ZoneRow;
  /** Country (alpha-2) of the location, when known. */
  country?: string;
  /** One line: which year and series priced the job, and why ("no 2023 data for US-CAL-CISO: United States 2023 …"). */
  note?: string;
  /** Why the range is as wide as it is, one reason per factor. */
  rangeReasons: string[];
  /** For a cloud region: the provider's own figure for the region and year, beside, never priced with. */
  providerFigure?: ProviderFigure;
  provenance: Provenance;
}

export interface ResolvedPue {
  value: number;
  low: number;
  high: number;
  source: string;
  year?: number;
  /** Why the range is as wide as it is. */
  rangeReason: string;
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
  /** The intensity row's source and year. */
  source: string;
  /** The year of the grid data that priced the alternative. */
  year: number;
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
