/** The hub's HTTP application: security headers, the API namespace, the web app, and the one error handler. */
import { Hono } from 'hono';
import { HubError, NotFoundError, isHubError } from './errors.ts';
import { serveSpa } from './static-files.ts';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Folder of the built web app; omit to serve the API only. */
  staticDir?: string;
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

/** Builds the Hono app; routes under /api/ are reserved for the hub API. */
export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', contentSecurityPolicy);
    c.header('referrer-policy', 'no-referrer');
    c.header('x-content-type-options', 'nosniff');
  });

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => {
    throw new NotFoundError(`no API route ${c.req.method} ${c.req.path}`);
  });

  if (options.staticDir) app.use('*', serveSpa({ dir: options.staticDir, reserved: ['/api/'] }));

  app.notFound((c) => c.json({ error: { code: 'not-found', message: `not found: ${c.req.path}` } }, 404));
  app.onError((err, c) => {
    const e = isHubError(err) ? err : new HubError('internal', 'internal server error', 500);
    if (!isHubError(err)) console.error(err);
    return c.json({ error: { code: e.code, message: e.message } }, e.status as 400);
  });
  return app;
}
