/**
 * Rows of the "Counting Carbon" survey's data format (Luccioni & Hernandez-Garcia 2023; 95 models, co2ml95models.csv)
 * as run records: energy, emissions and intensity as the survey reports them, with the task, data set, year, main energy
 * source and performance figures in the record's meta. The survey's own numbers come back unchanged.
 */
import { findZone } from '../model/location.ts';
import type { RunRecord } from '../schemas/run-record.ts';
import { builtinTables, type Tables } from '../tables.ts';
import { ImportRowError, cellCount, cellDuration, cellNumber, reportedRecord } from './reported-run.ts';

/** The survey's column names (its CO2 headers use the subscript ₂, U+2082). */
export const SURVEY_COLUMNS = {
  dataset: 'Data set', task: 'Task', year: 'Year published', cloud: 'Local/Cloud', country: 'Country', location: 'Location',
  intensity: 'Carbon intensity [g CO₂eq/kWh]', mainSource: 'Main energy source', reference: 'Source', gpus: 'Number of GPUs',
  gpuModel: 'GPU model', tpus: 'Number of TPUs', tpuModel: 'TPU model', tdp: 'TDP', seconds: 'Training time [s]',
  energy: 'Energy consumed [kWh]', co2: 'CO₂eq emitted [kg]', top5: 'Top-5 accuracy', top1: 'Top-1 accuracy',
  burden: 'Hardware burden', bleu: 'BLEU score', f1: 'F1 score',
} as const;

/** The columns a file must have to be read as the survey's format. */
export const SURVEY_REQUIRED = [SURVEY_COLUMNS.task, SURVEY_COLUMNS.year, SURVEY_COLUMNS.energy, SURVEY_COLUMNS.co2] as const;

/** A header's missing required columns (CO2 may be written with a plain 2 as well). */
export function missingSurveyColumns(header: readonly string[]): string[] {
  const plain = (h: string) => h.replace('₂', '2');
  return SURVEY_REQUIRED.filter((c) => !header.some((h) => plain(h) === plain(c)));
}

function cell(row: Record<string, string | undefined>, column: string): string {
  const key = Object.keys(row).find((k) => k.replace('₂', '2') === column.replace('₂', '2'));
  return (key === undefined ? '' : row[key] ?? '').trim();
}

/** The country of a survey row as an alpha-2 code, or undefined ("Multiple countries", a provider's name). */
function countryOf(name: string, tables: Tables): string | undefined {
  if (!name) return undefined;
  try {
    return findZone(name, 'country', tables)[0]!.country;
  } catch {
    return undefined;
  }
}

/** FNV-1a hash (32 bits, hex) of a row's cells: the same row gives the same id, rows of other files other ids. */
function rowHash(row: Record<string, string | undefined>): string {
  let h = 0x811c9dc5;
  for (const key of Object.keys(row).sort()) {
    for (const ch of `${key}\u0000${(row[key] ?? '').trim()}\u0000`) {
      h ^= ch.codePointAt(0)!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** The run record of one survey row (`line` counts from 1 with the header); `index` is the row's own id in the file. */
export function runFromSurveyRow(row: Record<string, string | undefined>, line: number, tables: Tables = builtinTables): RunRecord {
  const C = SURVEY_COLUMNS;
  const num = (column: string, required = false) => cellNumber({ [column]: cell(row, column) }, column, line, required);
  const year = num(C.year, true)!;
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new ImportRowError(line, C.year, `${year} is not a year`);
  const energy = num(C.energy, true)!;
  const co2 = num(C.co2, true)!;
  const seconds = cellDuration({ [C.seconds]: cell(row, C.seconds) }, C.seconds, line) ?? 0;
  const task = cell(row, C.task);
  if (!task) throw new ImportRowError(line, C.task, 'missing value');
  const countryName = cell(row, C.country);
  const country = countryOf(countryName, tables);
  const count = (column: string) => cellCount({ [column]: cell(row, column) }, column, line);
  const gpus = count(C.gpus);
  const tpus = count(C.tpus);
  const devices = [
    ...(gpus ? [{ name: cell(row, C.gpuModel) || 'GPU', count: gpus }] : []),
    ...(tpus ? [{ name: cell(row, C.tpuModel) || 'TPU', count: tpus }] : []),
  ];
  const metrics: Record<string, number> = {};
  for (const [name, column] of [['top1', C.top1], ['top5', C.top5], ['bleu', C.bleu], ['f1', C.f1], ['hardwareBurden', C.burden]] as const) {
    const v = num(column);
    if (v !== undefined) metrics[name] = v;
  }
  const reportedIntensity = num(C.intensity);
  const index = (row[''] ?? row.index ?? '').trim();
  const dataset = cell(row, C.dataset);
  const mainSource = cell(row, C.mainSource);
  const reference = cell(row, C.reference);
  const location = cell(row, C.location);
  const notes = [`reported in ${reference || 'the survey'}, as collected by the Counting Carbon survey (Luccioni & Hernandez-Garcia 2023)`];
  if (reportedIntensity !== undefined && energy > 0 && Math.abs((energy * reportedIntensity) / 1000 - co2) > 0.01 * co2 + 0.01) {
    notes.push(`the reported ${co2} kg is not the reported energy × intensity (${Math.round((energy * reportedIntensity) / 10) / 100} kg): kept as reported`);
  }
  return reportedRecord({
    // the row's index alone would collide with the rows of any other file of this format
    id: `survey-${(index || String(line)).slice(0, 40)}-${rowHash(row)}`,
    project: null,
    startedAt: `${year}-01-01T00:00:00.000Z`,
    durationS: seconds,
    gpuKwh: energy, cpuKwh: 0, ramKwh: 0, pue: 1, emissionsKg: co2,
    ...(reportedIntensity !== undefined ? { intensityGPerKwh: reportedIntensity } : {}),
    ...(country ? { country } : {}),
    label: [location, countryName].filter(Boolean).join(', ') || 'unknown location',
    gpus: devices,
    source: `Counting Carbon survey data${reference ? ` (${reference})` : ''}`,
    meta: {
      origin: 'survey', task, publishedYear: year,
      ...(dataset ? { dataset } : {}), ...(mainSource ? { mainSource: mainSource.toLowerCase() } : {}),
      ...(reference ? { reference } : {}), ...(Object.keys(metrics).length ? { metrics } : {}),
      ...(cell(row, C.cloud) ? { tags: [cell(row, C.cloud).toLowerCase()] } : {}),
    },
    notes,
  });
}
