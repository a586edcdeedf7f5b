// Types of pg-cluster.mjs, for the TypeScript tests that start a throwaway PostgreSQL cluster.

/** The bin folder of the newest PostgreSQL server installed, or undefined. */
export function postgresBin(): string | undefined;

/** Why a cluster cannot be started here, or undefined when it can. */
export function postgresSkipReason(): string | undefined;

/** A running throwaway cluster: its URL (database "carbontrail", user "postgres"), port and folder; stop() removes it. */
export interface PostgresCluster {
  url: string;
  port: number;
  dir: string;
  stop(): void;
}

/** Starts a cluster; `settings` are passed to the server as -c name=value. */
export function startPostgres(settings?: Record<string, string | number>): Promise<PostgresCluster>;
