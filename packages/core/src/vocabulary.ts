/** The words carbontrail's formats share (the model, run records, journals, the hub's API): each list is declared once here. */

/**
 * How a figure was obtained: a maker's datasheet; a published statistic (grid data, a provider's PUE, a life-cycle
 * study); measured; an estimate of ours (its reasoning is given); given by the user; or a stated default.
 */
export const PROVENANCE_METHODS = ['datasheet', 'published', 'measured', 'estimated', 'given', 'default'] as const;
export type ProvenanceMethod = (typeof PROVENANCE_METHODS)[number];

/** How an energy figure of a run was obtained: an energy counter, power readings integrated over time, an estimate, or not at all. */
export const ENERGY_METHODS = ['counter', 'power-integration', 'estimate', 'none'] as const;
export type EnergyMethod = (typeof ENERGY_METHODS)[number];

/** `running` while the tracker lives, `finished` when the command ended, `interrupted` when the tracker died first. */
export const RUN_STATUSES = ['running', 'finished', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Which rule gave a carbon intensity: a value given by the user, a cloud region, a sub-national zone, a country, or the world average. */
export const INTENSITY_RULES = ['explicit', 'cloud-region', 'zone', 'country', 'world'] as const;
export type IntensityRule = (typeof INTENSITY_RULES)[number];

/** CPU energy sensors: RAPL package counters (whole machine), TDP × the command's CPU share, or none. */
export const CPU_SENSORS = ['rapl', 'tdp-cpu-share', 'none'] as const;
export type CpuSensor = (typeof CPU_SENSORS)[number];

/** RAM energy sensors: the RAPL DRAM counter (whole machine), W per GB of resident memory, or none. */
export const RAM_SENSORS = ['rapl-dram', 'rss-model', 'none'] as const;
export type RamSensor = (typeof RAM_SENSORS)[number];

/** The components a run's energy is split into. */
export const COMPONENTS = ['gpu', 'cpu', 'ram'] as const;
export type Component = (typeof COMPONENTS)[number];

/** The emission basis of a grid intensity: life-cycle (construction, fuel supply and combustion, as CO2eq) or direct (combustion at the plant only). */
export const EMISSION_BASES = ['life-cycle', 'direct'] as const;
export type EmissionBasis = (typeof EMISSION_BASES)[number];

/** What a hardware row's power figure is: the maker's datasheet (TDP, board power), a published measured average, or an estimate. */
export const POWER_BASES = ['datasheet', 'measured-average', 'estimate'] as const;
export type PowerBasis = (typeof POWER_BASES)[number];

/** What kind of area a grid zone is; generation-only and single-plant balancing areas are not places where a job can run. */
export const ZONE_AREAS = ['world', 'country', 'state', 'province', 'iso', 'utility', 'bidding-zone', 'generation-only', 'single-plant', 'aggregate', 'other'] as const;
export type ZoneArea = (typeof ZONE_AREAS)[number];

/** Why a zone-year is not used for alternatives: it covers part of the year, or jumps implausibly from the year before. */
export const ZONE_FLAGS = ['partial-year', 'implausible-jump', 'static-value'] as const;
export type ZoneFlag = (typeof ZONE_FLAGS)[number];
