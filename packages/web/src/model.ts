/** What the web app uses of @carbontrail/core's model and tables: loaded as one chunk after the first paint (see core.ts). */
export {
  estimate, findHardware, searchHardware, matchCpuModel, resolveLocation, intensityFor, pueFor, rankRegions, parseDuration,
  isCoreError, inputRanges, inRange, describeRange, reportInputFromEstimate, toLatex, toMarkdown, toModelCard, toBibtex,
  toBadgeSvg, builtinTables, accelerators, providers, regions, zones, energySources, equivalents, embodied, defaults,
} from '@carbontrail/core';
