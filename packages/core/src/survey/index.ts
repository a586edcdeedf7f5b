/** The survey's analyses ("Counting Carbon", Section 4) over summaries of runs: '@carbontrail/core/survey'. */
export { analysisFacts, mainSourceOf, normaliseSource, UNKNOWN, type AnalysisFacts } from './facts.ts';
export {
  summarise, mergeSummaries, contributionOf, frontChanges, binnedValue, planeBin, planeValue, key2, sampleOf,
  SURVEY_DIMENSIONS, VALUE_SETS, PLANE_BINS_PER_DECADE, COARSE_BINS_PER_DECADE,
  type SurveySummary, type SurveyDimension, type ValueSet, type GroupTotal, type ValueCount, type PlaneCell, type FrontMember,
} from './summary.ts';
export {
  bySource, byCountry, byTaskYear, paretoFor, EXACT_MAX_RUNS, BOOTSTRAP_BUDGET, metricsByTask, energyEmissions, totalsAndGrowth,
  type Totals, type SourceRow, type CountryRow, type TaskYearRow, type TaskYearResult, type ParetoResult, type PlanePoint, type YearTotals,
} from './analyses.ts';
export { trimmedMeanInterval, SURVEY_BOOTSTRAP, BOOTSTRAP_MAX_RUNS, type Interval, type IntervalOptions } from './bootstrap.ts';
export { trimmedMean, winsorisedVariance, trimCount, SURVEY_TRIM } from './trimmed-mean.ts';
export { paretoFront, addToFront, metricDirection, isPerformanceMetric, type FrontPoint } from './pareto.ts';
export { toWeighted, mergeWeighted, meanOf, medianOf, quantileOf, countOf, roundSignificant, type Weighted } from './weighted.ts';
export { seededRandom, normalQuantile, normalCdf } from './random.ts';
export { surveyModels, surveyRecords, SURVEY_SOURCE } from './survey-models.ts';
