/** The hub's configuration, parsed once at the entry: where to listen, which store, the admin token, the web app. */
import * as z from 'zod';

export const hubConfig = z.object({
  port: z.number().int().min(0).max(65535).default(8787),
  host: z.string().min(1).default('127.0.0.1'),
  /** The SQLite file of the embedded store (used when no database URL is given). */
  sqlitePath: z.string().min(1).default('.carbontrail/hub.db'),
  /** postgres://… : the PostgreSQL store, shared by every hub process given the same URL. */
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  /** An admin token to accept (automation); without one, a fresh store gets a new admin token, shown once. */
  adminToken: z.string().min(16, 'at least 16 characters').max(200).optional(),
  staticDir: z.string().min(1).optional(),
  /** Whether a fresh store (no project yet) gets the survey's 95 models as the public "Counting Carbon survey" project. */
  seedSurvey: z.boolean().default(true),
});

export type HubConfigInput = z.input<typeof hubConfig>;
export type HubConfig = z.output<typeof hubConfig>;
