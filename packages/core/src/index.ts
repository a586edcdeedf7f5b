/** Public API of @carbontrail/core: the emissions model, its data tables and the reports. */
export { estimate } from './model/estimate.ts';
export { resolveIntensity, resolveIntensity as resolveLocation, findProvider, findRegion, findZone, worldIntensity, zoneForYear, type LocationInput } from './model/intensity.ts';
export { resolvePue, type PueInput } from './model/pue.ts';
export { findHardware, searchHardware, matchCpuModel } from './model/hardware-lookup.ts';
export { embodiedForDevice, type EmbodiedShare } from './model/embodied.ts';
export { equivalentsFor } from './model/equivalents.ts';
export { findAlternatives, rankRegions } from './model/alternatives.ts';
export { parseDuration } from './model/duration.ts';
export { spreads, combine, yearGapSpread, type Spread } from './model/uncertainty.ts';
export { nameKey, nameTokens } from './model/names.ts';
export type * from './model/types.ts';
export { builtinTables, findDefault, type Tables } from './tables.ts';
export { allHardware, accelerators, cpus, providers, regions, zones, energySources, equivalents, embodied, defaults } from './data/index.ts';
export type * from './data/schema.ts';
export { CoreError, UnknownNameError, InvalidInputError, isCoreError } from './errors.ts';
export { sig, formatMass, formatEnergy, formatHours } from './reports/format.ts';
export { reportInputFromEstimate, type ReportInput } from './reports/report-input.ts';
export { toLatex } from './reports/latex.ts';
export { toMarkdown } from './reports/markdown.ts';
export { toModelCard } from './reports/model-card.ts';
export { toBibtex } from './reports/bibtex.ts';
export { toBadgeSvg } from './reports/badge.ts';
export { toText } from './reports/text.ts';
export { estimateToJson, type EstimateJson } from './reports/json.ts';
// The run-record schema (zod) is its own entry, '@carbontrail/core/run-record', so that importing the model does not load zod.
