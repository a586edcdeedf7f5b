/** Public API of @carbontrail/hub: the server (API, store, web app) and its parts, for `carbontrail serve` and the tests. */
export { createServer, type RunningServer, type ServerOptions } from './server.ts';
export { createApp, contentSecurityPolicy, type AppOptions } from './app.ts';
export { hubConfig, type HubConfig, type HubConfigInput } from './config.ts';
export { ensureAdminToken } from './admin.ts';
export { openStore } from './store/open-store.ts';
export { openSqliteStore } from './store/sqlite.ts';
export { openPostgresStore } from './store/postgres.ts';
export type { Store, Project, Token, RunSummary, RunQuery, StatRow, IncomingRun, StoredSample } from './store/store.ts';
export { DIMENSIONS, type Dimension } from './store/run-facts.ts';
export { createMetrics, type Metrics } from './metrics.ts';
export { hashSecret, newSecret } from './auth/tokens.ts';
export { serveSpa, type ServeSpaOptions } from './static-files.ts';
export {
  HubError, BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, MethodNotAllowedError, ConflictError, TooLargeError, UnsupportedTypeError,
  UnprocessableError, ServerConfigError, isHubError,
} from './errors.ts';
