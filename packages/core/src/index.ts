/** Public API of @carbontrail/core: the emissions model, its data tables and the reports (zod schemas: '@carbontrail/core/schemas'). */
export { estimate } from './model/estimate.ts';
export {
  resolveLocation, locationOfRegion, locationOfZone, findProvider, findRegion, findZone, type ResolvedLocation, type PlaceKind, type SeriesArea,
} from './model/location.ts';
export { intensityFor, zoneForYear, pricingYear, isSoundZoneYear, DEFAULT_BASIS } from './model/intensity.ts';
export { pueFor } from './model/pue.ts';
export { priceEnergy, type EnergyPart, type PricedEnergy, type PricedYear } from './model/pricing.ts';
export { priceMeasuredRun, type MeasuredEnergy, type YearEnergy, type RunPricing } from './model/measured-run.ts';
export { inputRanges, checkInput, inRange, describeRange, type NumberRange, type RangedInput } from './model/input-ranges.ts';
export { parseDeviceSpec, splitDeviceSpec, formatDeviceSpec, type DeviceSpec } from './model/device-spec.ts';
export { findHardware, searchHardware, matchCpuModel } from './model/hardware-lookup.ts';
export { embodiedForDevice, embodiedFor, HOURS_PER_YEAR, type EmbodiedShare, type EmbodiedDevice, type EmbodiedTotal } from './model/embodied.ts';
export { equivalentsFor } from './model/equivalents.ts';
export { findAlternatives, rankRegions } from './model/alternatives.ts';
export { parseDuration } from './model/duration.ts';
export { spreads, sensorSpreads, combine, yearGapSpread, coverageSpread, type Spread, type SensorSpreadName } from './model/uncertainty.ts';
export { nameKey, nameTokens } from './model/names.ts';
export type * from './model/types.ts';
export * from './vocabulary.ts';
export { VERSION } from './version.ts';
export { createTimeline, type Timeline } from './run-timeline.ts';
export { builtinTables, findDefault, type Tables } from './tables.ts';
export { allHardware, accelerators, cpus, providers, regions, zones, energySources, equivalents, embodied, defaults } from './data/index.ts';
export { unresolvableHardware } from './data/index.ts';
export type * from './data/schema.ts';
export { CoreError, UnknownNameError, InvalidInputError, DataError, isCoreError, type NameKind } from './errors.ts';
export { sig, formatMass, formatMassRange, massUnit, formatEnergy, formatPercent, formatHours, provenanceLabel, PROVENANCE_LABELS } from './reports/format.ts';
export { reportInputFromEstimate, reportInputFromRun, type ReportInput } from './reports/report-input.ts';
export { toLatex } from './reports/latex.ts';
export { toMarkdown } from './reports/markdown.ts';
export { toModelCard } from './reports/model-card.ts';
export { toBibtex } from './reports/bibtex.ts';
export { toBadgeSvg } from './reports/badge.ts';
export { toText } from './reports/text.ts';
export { estimateToJson, type EstimateJson } from './reports/json.ts';
export { CODECARBON_COLUMNS, CODECARBON_CSV_HEADER, codeCarbonRow, codeCarbonCsvLine, type CodeCarbonRow } from './reports/codecarbon-csv.ts';
