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

export interface Database {
  projects: ProjectTable;
  tokens: TokenTable;
  runs: RunTable;
  samples: SampleTable;
  rollups: RollupTable;
  /** Kysely's own bookkeeping of migrations. */
  kysely_migration: { name: string; timestamp: Generated<string> };
}
