/**
 * The survey's 95 models as run records, read through the same path as an import of the survey's CSV format, so the
 * built-in table and an imported file give the same records.
 */
import { SURVEY_MODELS_SOURCE, surveyModelRows, type SurveyModelRow } from '../data/survey-models.ts';
import { runFromSurveyRow, SURVEY_COLUMNS } from '../imports/survey-import.ts';
import type { RunRecord } from '../schemas/run-record.ts';
import { builtinTables, type Tables } from '../tables.ts';

export const SURVEY_SOURCE = SURVEY_MODELS_SOURCE;

/** The survey's rows as they are stored (see data/survey-models.ts for the columns). */
export const surveyModels: readonly SurveyModelRow[] = surveyModelRows;

const C = SURVEY_COLUMNS;
const ORDER = [
  '', C.dataset, C.task, C.year, C.cloud, C.country, C.location, C.intensity, C.mainSource, C.reference, C.gpus, C.gpuModel, C.tpus, C.tpuModel,
  C.tdp, C.seconds, C.energy, C.co2, C.top5, C.top1, C.burden, C.bleu, C.f1,
] as const;

/** The survey's models as run records (origin "survey"), each naming the survey as its source. */
export function surveyRecords(tables: Tables = builtinTables): RunRecord[] {
  return surveyModels.map((row, i) => {
    const cells: Record<string, string> = {};
    ORDER.forEach((column, j) => {
      const v = row[j];
      cells[column] = v === null || v === undefined ? '' : String(v);
    });
    return runFromSurveyRow(cells, i + 2, tables);
  });
}
