/** Row schemas of carbontrail's data tables; every row names its source and the year it describes. */
import * as z from 'zod';

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
  /** Where the TDP and performance figures come from, and the year of that source. */
  source,
  year,
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

export const regionRow = z.object({
  provider: z.string().regex(/^[a-z0-9-]+$/),
  /** The provider's region id: "us-east-1", "europe-west4", "westeurope". */
  region: z.string().min(1),
  /** Human name: "US East (N. Virginia)". */
  name: z.string().optional(),
  city: z.string().optional(),
  country: countryCode,
  /** Grid zone key of the zones table, when the region maps to a sub-national zone. */
  zone: z.string().optional(),
  continent,
  intensityGPerKwh: z.number().min(0).max(1500),
  /** Region-specific PUE when published; otherwise the provider's fleet value applies. */
  pue: z.number().min(1).max(3).optional(),
  pueSource: source.optional(),
  /** Region-specific offset / carbon-free-energy share in %, overriding the provider's. */
  offsetPercent: z.number().min(0).max(100).optional(),
  aliases: z.array(z.string()).default([]),
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
