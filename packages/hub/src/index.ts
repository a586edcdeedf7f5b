/** Public API of @carbontrail/hub: the HTTP server of the web app (the API and storage come later). */
export { createServer } from './server.ts';
export type { RunningServer, ServerOptions } from './server.ts';
export { createApp, contentSecurityPolicy } from './app.ts';
export type { AppOptions } from './app.ts';
export { serveSpa } from './static-files.ts';
export type { ServeSpaOptions } from './static-files.ts';
export { HubError, NotFoundError, BadRequestError, ServerConfigError, isHubError } from './errors.ts';
