/**
 * The hub's store: projects, tokens, runs with their samples, and roll-ups kept current at ingest. One interface, one
 * Kysely implementation (kysely-store.ts) over two dialects: SQLite (a file, WAL; the embedded default) and PostgreSQL.
 */
import type { JournalSample, RunRecord, RunStatus } from '@carbontrail/core/schemas';
import type { SurveySummary } from '@carbontrail/core/survey';
import type { Dimension } from './run-facts.ts';
import type { SurveyParts } from './survey-rollups.ts';

export interface Project {
  id: string;
  name: string;
  visibility: 'public' | 'private';
  createdAt: string;
}

export interface Token {
  id: string;
  /** null for an admin token. */
  projectId: string | null;
  name: string;
  scope: 'admin' | 'read' | 'write';
  createdAt: string;
  revokedAt: string | null;
}

/** A run as listed: its columns, not its whole record. */
export interface RunSummary {
  id: string;
  projectId: string;
  /** The start in UTC with milliseconds ("2025-03-01T10:00:00.000Z"), whatever form the record has it in. */
  startedAt: string;
  status: string;
  jobId: string | null;
  node: string;
  country: string;
  source: string;
  hardware: string;
  task: string | null;
  energyKwh: number;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
  embodiedKg: number;
}

/** What a runs listing can be ordered by. */
export const RUN_SORTS = ['started', 'emissions', 'energy'] as const;
export type RunSort = (typeof RUN_SORTS)[number];

export interface RunQuery {
  projectIds: readonly string[];
  /** Runs that started at or after this ISO date or date-time (UTC when it has no zone). */
  from?: string;
  /** Runs that started before this ISO date or date-time (UTC when it has no zone). */
  to?: string;
  status?: RunStatus;
  job?: string;
  /** The stored hardware summary ("8 × NVIDIA A100-SXM4-40GB") or ISO country code, exactly. */
  hardware?: string;
  country?: string;
  /** Order of the listing: by start (default), emissions or energy; newest or largest first by default. */
  sort?: RunSort;
  order?: 'asc' | 'desc';
  /** Opaque position after which to continue (a previous page's `next`; anything else is a BadRequestError). */
  cursor?: string;
  limit: number;
}

/** One sample as stored: seconds, joules by component. */
export interface StoredSample {
  seq: number;
  at: number;
  d: number;
  gpuJ: number;
  cpuJ: number;
  ramJ: number;
}

export interface StatRow {
  key: string;
  runs: number;
  energyKwh: number;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
}

/** A run to store: its record, and the journal samples when the client sends them. */
export interface IncomingRun {
  record: RunRecord;
  samples?: readonly Pick<JournalSample, 'at' | 'd' | 'e'>[];
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** A new project; ConflictError when the name is taken. */
  createProject(p: { name: string; visibility: Project['visibility'] }): Promise<Project>;
  /** A project by id or by name. */
  findProject(idOrName: string): Promise<Project | undefined>;
  listProjects(): Promise<Project[]>;
  /** A new token; ConflictError when a token (live or revoked) has this hash already. */
  createToken(t: { projectId: string | null; name: string; scope: Token['scope']; hash: string }): Promise<Token>;
  /** The live (not revoked) token with this secret hash. */
  tokenByHash(hash: string): Promise<Token | undefined>;
  listTokens(projectId: string): Promise<Token[]>;
  findToken(id: string): Promise<Token | undefined>;
  revokeToken(id: string): Promise<boolean>;
  countAdminTokens(): Promise<number>;
  /**
   * Stores runs in one transaction, idempotent by run id: a run already stored is a duplicate and changes nothing.
   * Each new run's samples and roll-ups are written with it, so a run is stored whole or not at all. A run that one
   * of the engines could not keep (storable.ts) is refused with an UnprocessableError before anything is written.
   * Runs come back in the order given, each either accepted or a duplicate.
   */
  ingest(projectId: string, runs: readonly IncomingRun[]): Promise<{ accepted: string[]; duplicates: string[] }>;
  listRuns(q: RunQuery): Promise<{ runs: RunSummary[]; next: string | null }>;
  getRun(id: string): Promise<{ summary: RunSummary; record: RunRecord; samples: StoredSample[] } | undefined>;
  /** The records of one job's runs (every node), within the given projects. */
  jobRuns(jobId: string, projectIds: readonly string[]): Promise<RunRecord[]>;
  /** Totals by one dimension over the given projects, from the roll-ups. */
  stats(projectIds: readonly string[], by: Dimension): Promise<StatRow[]>;
  /** The survey summary (core's survey analyses read it) of the given projects, from the survey roll-ups. */
  surveySummary(projectIds: readonly string[], parts: SurveyParts): Promise<SurveySummary>;
  /** Every record of a project, oldest first, a page at a time. */
  records(projectId: string): AsyncIterable<RunRecord>;
  close(): Promise<void>;
}
