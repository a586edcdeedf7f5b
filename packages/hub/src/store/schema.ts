/** The hub's tables as Kysely sees them: one schema for SQLite and PostgreSQL. */
import type { Generated } from 'kysely';

export interface ProjectTable {
  id: string;
  name: string;
  visibility: 'public' | 'private';
  created_at: string;
}

export interface TokenTable {
  id: string;
  /** null for an admin token. */
  project_id: string | null;
  name: string;
  scope: 'admin' | 'read' | 'write';
  /** sha256 of the secret, hex; the secret itself is never stored. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface RunTable {
  id: string;
  project_id: string;
  started_at: string;
  /** "2025-03", for the monthly views. */
  month: string;
  status: string;
  job_id: string | null;
  node: string;
  /** ISO alpha-2, or "unknown". */
  country: string;
  /** Main energy source of the grid ("coal", "hydro"…), or "unknown". */
  source: string;
  /** The main device of the run ("8 × NVIDIA A100-SXM4-80GB", or the CPU model). */
  hardware: string;
  task: string | null;
  energy_kwh: number;
  emissions_kg: number;
  emissions_low_kg: number;
  emissions_high_kg: number;
  embodied_kg: number;
  origin: string;
  /** The whole run record, JSON. */
  record: string;
  ingested_at: string;
}

export interface SampleTable {
  run_id: string;
  seq: number;
  /** Epoch milliseconds. */
  at: number;
  d: number;
  gpu_j: number;
  cpu_j: number;
  ram_j: number;
}

/** Totals per project and key of one dimension (month, country, source, hardware), kept current at ingest. */
export interface RollupTable {
  project_id: string;
  dim: string;
  key: string;
  runs: number;
  energy_kwh: number;
  emissions_kg: number;
  emissions_low_kg: number;
  emissions_high_kg: number;
}

/** Survey roll-ups (survey-rollups.ts): totals per group of core's survey summary. */
export interface SurveyGroupTable {
  project_id: string;
  /** A core SurveyDimension: all, source, country, year, task, task-year, task-metric. */
  dim: string;
  /** The group's key; compound keys are JSON arrays. */
  key: string;
  runs: number;
  energy_kwh: number;
  emissions_kg: number;
  low_kg: number;
  high_kg: number;
  intensity_sum: number;
}

/** Survey roll-ups: distinct (binned) values with how many runs hold them, for medians and trimmed means. */
export interface SurveyValueTable {
  project_id: string;
  /** A core ValueSet: intensity-by-source, intensity-by-country, emissions-by-task-year, hours. */
  value_set: string;
  key: string;
  value: number;
  n: number;
}

/** Survey roll-ups: cells of the log–log energy–emissions plane per main energy source. */
export interface SurveyCellTable {
  project_id: string;
  source: string;
  energy_bin: number;
  emissions_bin: number;
  n: number;
  intensity_sum: number;
}

/** Survey roll-ups: runs on (or, under concurrent ingest, possibly just behind) the Pareto front of a task, data set and metric. */
export interface SurveyFrontTable {
  project_id: string;
  task: string;
  dataset: string;
  metric: string;
  run_id: string;
  label: string;
  emissions_kg: number;
  value: number;
}

export interface Database {
  projects: ProjectTable;
  tokens: TokenTable;
  runs: RunTable;
  samples: SampleTable;
  rollups: RollupTable;
  survey_groups: SurveyGroupTable;
  survey_values: SurveyValueTable;
  survey_cells: SurveyCellTable;
  survey_fronts: SurveyFrontTable;
  /** Kysely's own bookkeeping of migrations. */
  kysely_migration: { name: string; timestamp: Generated<string> };
}
