/** The hub's HTTP application: security headers, the API, metrics, the web app, and the one error handler. */
import { Hono } from 'hono';
import { exportRoutes } from './api/exports.ts';
import { importRoutes } from './api/imports.ts';
import { projectRoutes } from './api/projects.ts';
import { runRoutes } from './api/runs.ts';
import { statsRoutes } from './api/stats.ts';
import { surveyRoutes } from './api/survey.ts';
import { tokenRoutes } from './api/tokens.ts';
import { principalFrom, type HubEnv } from './auth/principal.ts';
import { HubError, MethodNotAllowedError, NotFoundError, isHubError } from './errors.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { serveSpa } from './static-files.ts';
import type { Store } from './store/store.ts';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The store of the API; without one, only the web app and /api/health are served. */
  store?: Store;
  /** Folder of the built web app; omit to serve the API only. */
  staticDir?: string;
  metrics?: Metrics;
}

/** Content-Security-Policy of every response: nothing is loaded from, or sent to, another origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The JSON of an error: `{error: {code, message, field?, details?}}`. */
function errorBody(e: HubError) {
  return { error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}), ...(e.details !== undefined ? { details: e.details } : {}) } };
}

/** Builds the Hono app; routes under /api/ are the hub API. */
export function createApp(options: AppOptions = {}): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  const metrics = options.metrics ?? createMetrics();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.header('content-security-policy', contentSecurityPolicy);
    c.header('referrer-policy', 'no-referrer');
    c.header('x-content-type-options', 'nosniff');
    if (c.req.path.startsWith('/api/')) {
      metrics.requestSeconds.observe({ method: c.req.method, route: c.req.routePath, status: String(c.res.status) }, (performance.now() - started) / 1000);
    }
  });

  app.get('/api/health', (c) => c.json({ ok: true, store: options.store?.dialect ?? null }));
  app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }));
  if (options.store) {
    const store = options.store;
    const api = new Hono<HubEnv>();
    api.use('*', principalFrom(store));
    api.route('/projects', projectRoutes(store));
    api.route('/', tokenRoutes(store));
    api.route('/', runRoutes(store, metrics));
    api.route('/', importRoutes(store, metrics));
    api.route('/', exportRoutes(store));
    api.route('/', statsRoutes(store));
    api.route('/', surveyRoutes(store));
    app.route('/api', api);
    // a known path asked with another method: 405 naming the methods it answers (HEAD goes with GET)
    const methods = new Map<string, Set<string>>();
    for (const r of api.routes) if (r.method !== 'ALL') methods.set(r.path, (methods.get(r.path) ?? new Set()).add(r.method));
    for (const [path, set] of methods) {
      const allow = [...set, ...(set.has('GET') ? ['HEAD'] : [])].sort();
      app.all(`/api${path}`, (c) => {
        throw new MethodNotAllowedError(c.req.method, c.req.path, allow);
      });
    }
  }
  app.all('/api/*', (c) => {
    throw new NotFoundError(`no API route ${c.req.method} ${c.req.path}`);
  });

  if (options.staticDir) app.use('*', serveSpa({ dir: options.staticDir, reserved: ['/api/'] }));

  app.notFound(() => {
    throw new NotFoundError('not found');
  });
  app.onError((err, c) => {
    if (err instanceof MethodNotAllowedError) c.header('allow', err.allow.join(', '));
    if (isHubError(err)) return c.json(errorBody(err), err.status as 400);
    metrics.storeErrors.inc();
    console.error(err);
    return c.json(errorBody(new HubError('internal', 'internal server error', 500)), 500);
  });
  return app;
}
