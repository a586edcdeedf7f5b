/** Row schemas of carbontrail's data tables; every row names its source and the year it describes. */
import * as z from 'zod';
import { EMISSION_BASES, POWER_BASES, ZONE_AREAS, ZONE_FLAGS } from '../vocabulary.ts';

const source = z.string().min(3);
const year = z.number().int().min(1990).max(2030);
/** ISO 3166-1 alpha-2 code, upper case ("US", "FR"); "WORLD" for the world average. */
export const countryCode = z.string().regex(/^([A-Z]{2}|WORLD)$/);

export const deviceType = z.enum(['gpu', 'tpu', 'cpu', 'npu', 'soc', 'accelerator']);
export type DeviceType = z.infer<typeof deviceType>;

export const hardwareRow = z.object({
  /** Stable key, kebab-case: "nvidia-v100-sxm2-32gb". */
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/),
  /** Display name as the vendor writes it: "Tesla V100 SXM2 32 GB". */
  name: z.string().min(1),
  vendor: z.string().min(1),
  type: deviceType,
  /** Thermal design power (or board power) in watts. */
  tdpW: z.number().positive().max(3000),
  fp32Tflops: z.number().positive().optional(),
  fp16Tflops: z.number().positive().optional(),
  memoryGb: z.number().positive().optional(),
  /** Other names users type for this device: "v100", "TPUv3", "Tesla V100-SXM2-32GB". */
  aliases: z.array(z.string().min(1)).default([]),
  /** Key into the embodied-emissions table (per device class). */
  embodiedClass: z.string().optional(),
  cores: z.number().int().positive().optional(),
  releaseYear: year.optional(),
  /**
   * What `tdpW` is: the maker's published figure (datasheet TDP, board power or published maximum), a published
   * measured average draw, or an estimate of ours. 'estimate' and 'measured-average' rows say why in `note`.
   */
  powerBasis: z.enum(POWER_BASES),
  /** Where the TDP and performance figures come from, and the year of that source. */
  source,
  year,
  /** One short sentence shown with results: the reasoning behind an estimate or a measured average, or a caveat. */
  note: z.string().optional(),
});
export type HardwareRow = z.infer<typeof hardwareRow>;

export const providerRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** Fleet-wide trailing-twelve-month PUE the provider publishes, if any. */
  pue: z.number().min(1).max(3).optional(),
  pueSource: source.optional(),
  pueYear: year.optional(),
  /** The provider's claimed share of electricity matched by renewable purchases or offsets, in %. */
  offsetPercent: z.number().min(0).max(100),
  offsetSource: source,
  offsetYear: year,
});
export type ProviderRow = z.infer<typeof providerRow>;

export const continent = z.enum(['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania']);
export type Continent = z.infer<typeof continent>;

/** The emission basis of an intensity value. */
export const emissionBasis = z.enum(EMISSION_BASES);

/** A provider's own published intensity for one of its regions and a year, shown beside the location-based figure. */
export const providerIntensityRow = z.object({
  year,
  gPerKwh: z.number().min(0).max(1500),
  basis: emissionBasis,
  /** The provider's carbon-free-energy share of that region and year, %, when published. */
  cfePercent: z.number().min(0).max(100).optional(),
  source,
});
export type ProviderIntensityRow = z.infer<typeof providerIntensityRow>;

export const regionRow = z.object({
  provider: z.string().regex(/^[a-z0-9-]+$/),
  /** The provider's region id: "us-east-1", "europe-west4", "westeurope". */
  region: z.string().min(1),
  /** Human name: "US East (N. Virginia)". */
  name: z.string().optional(),
  city: z.string().optional(),
  country: countryCode,
  /** Grid zone key of the zones table the region draws from (priced by that zone's series for the job's year): the finest zone with life-cycle data, else the country code. */
  zone: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  continent,
  /** The provider's own per-year figures for this region (e.g. Google's grid carbon intensity), shown beside, never priced with. */
  providerIntensity: z.array(providerIntensityRow).optional(),
  /** Region-specific PUE when published; otherwise the provider's fleet value applies. */
  pue: z.number().min(1).max(3).optional(),
  pueSource: source.optional(),
  pueYear: year.optional(),
  /** Region-specific offset / carbon-free-energy share in %, overriding the provider's, with its own source and year. */
  offsetPercent: z.number().min(0).max(100).optional(),
  offsetSource: source.optional(),
  offsetYear: year.optional(),
  aliases: z.array(z.string()).default([]),
  /** Where the region's location facts come from, and the year they describe (the intensity comes from the zone's rows). */
  source,
  year,
});
export type RegionRow = z.infer<typeof regionRow>;

export const energySourceId = z.enum([
  'coal', 'gas', 'oil', 'nuclear', 'hydro', 'wind', 'solar', 'geothermal', 'biomass', 'other',
]);
export type EnergySourceId = z.infer<typeof energySourceId>;

export const zoneRow = z.object({
  /** Zone key: ISO alpha-2 for a country ("FR"), Electricity Maps style for sub-national ("US-CAL-CISO", "AUS-NSW", "CA-QC"), "WORLD". */
  zone: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  name: z.string().min(1),
  country: countryCode,
  kind: z.enum(['world', 'country', 'subnational']),
  year,
  intensityGPerKwh: z.number().min(0).max(1500),
  /** The largest source of electricity generation in that zone and year, where known. */
  mainSource: energySourceId.optional(),
  continent: continent.optional(),
  /** Life-cycle (the default basis of results) or direct combustion only; rows of another basis are never mixed. */
  basis: emissionBasis,
  /** What kind of area the zone is (a generation-only balancing area is no place to run a job). */
  area: z.enum(ZONE_AREAS).optional(),
  /** Share of the year the value covers (hours with data ÷ hours in the year), when less than the whole year. */
  coverage: z.number().min(0).max(1).optional(),
  /** Reasons not to use this zone-year for an alternative, each with a note. */
  flags: z.array(z.object({ kind: z.enum(ZONE_FLAGS), note: z.string() })).optional(),
  /** Why a value far from the year before is kept (the tables' year-to-year plausibility rule), or another remark. */
  note: z.string().optional(),
  source,
});
export type ZoneRow = z.infer<typeof zoneRow>;

export const energySourceRow = z.object({
  id: energySourceId,
  name: z.string(),
  renewable: z.boolean(),
  lowCarbon: z.boolean(),
  /** Median life-cycle intensity, gCO2eq/kWh, with the published range. */
  intensityGPerKwh: z.number().min(0),
  lowGPerKwh: z.number().min(0),
  highGPerKwh: z.number().min(0),
  source,
  year,
});
export type EnergySourceRow = z.infer<typeof energySourceRow>;

export const equivalentRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** How to read the value: "km driven by an average passenger car". */
  label: z.string(),
  unit: z.string(),
  /** kg CO2eq per one unit (e.g. per km). */
  kgPerUnit: z.number().positive(),
  source,
  year,
});
export type EquivalentRow = z.infer<typeof equivalentRow>;

export const embodiedRow = z.object({
  /** Device class key referenced by hardware rows: "gpu-datacenter", "cpu-server", … */
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string(),
  /** Manufacturing (cradle-to-gate) emissions of one device, kg CO2eq, with a range. */
  embodiedKg: z.number().positive(),
  lowKg: z.number().positive(),
  highKg: z.number().positive(),
  /** Service life over which it is amortised, in years. */
  lifetimeYears: z.number().positive(),
  /** Share of its life the device is in use, as the source assumes (BLOOM: 85 %); the job carries hours ÷ (life × utilisation). */
  utilisation: z.number().gt(0).max(1),
  /** Hours in a year of the amortisation, as the source counts them (BLOOM: 8,760); absent, 8,766 (365.25 days). */
  hoursPerYear: z.number().min(8760).max(8784).optional(),
  /** The host server a device of this class sits in: its class, and how many such devices share one host. */
  host: z.object({ classId: z.string(), devicesPerHost: z.number().positive() }).optional(),
  source,
  year,
});
export type EmbodiedRow = z.infer<typeof embodiedRow>;

export const defaultRow = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  source,
  year,
});
export type DefaultRow = z.infer<typeof defaultRow>;
