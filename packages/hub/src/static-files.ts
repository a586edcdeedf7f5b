/** Serves a built single-page app from a folder: precompressed assets, long cache for hashed files, index.html fallback. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.webmanifest']);

/** Options of {@link serveSpa}. */
export interface ServeSpaOptions {
  /** Absolute folder of the built app (holding index.html). */
  dir: string;
  /** Path prefixes that never fall back to index.html (the API). */
  reserved?: string[];
}

interface Found {
  path: string;
  ext: string;
  size: number;
  mtimeMs: number;
}

async function findFile(path: string): Promise<Found | undefined> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return undefined;
    return { path, ext: extname(path).toLowerCase(), size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await findFile(path)) !== undefined;
}

function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== encoding) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Hono middleware serving `dir`; unknown extension-less paths get index.html so that client routes survive a reload. */
export function serveSpa(options: ServeSpaOptions): MiddlewareHandler {
  const root = resolve(options.dir);
  const reserved = options.reserved ?? ['/api/'];
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const urlPath = c.req.path;
    if (reserved.some((p) => urlPath === p.replace(/\/$/, '') || urlPath.startsWith(p))) return next();
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return next();
    }
    if (decoded.includes('\0')) return next();
    const target = resolve(join(root, decoded));
    if (target !== root && !target.startsWith(root + sep)) return next();

    let file = await findFile(target);
    if (!file && (await findFile(join(target, 'index.html')))) file = await findFile(join(target, 'index.html'));
    let fallback = false;
    if (!file) {
      // Client-side routes ("/learn", "/data") have no extension; assets that are missing stay 404.
      if (extname(decoded) !== '' || decoded.startsWith('/assets/')) return next();
      file = await findFile(join(root, 'index.html'));
      fallback = true;
      if (!file) return next();
    }

    const headers: Record<string, string> = {
      'content-type': contentTypes[file.ext] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': !fallback && decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer | undefined;
    if (compressible.has(file.ext)) {
      headers.vary = 'Accept-Encoding';
      const accept = c.req.header('accept-encoding');
      if (acceptsEncoding(accept, 'br') && (await exists(`${file.path}.br`))) {
        body = await readFile(`${file.path}.br`);
        headers['content-encoding'] = 'br';
      } else if (acceptsEncoding(accept, 'gzip')) {
        if (await exists(`${file.path}.gz`)) {
          body = await readFile(`${file.path}.gz`);
        } else {
          const cached = gzipCache.get(file.path);
          if (cached && cached.mtimeMs === file.mtimeMs) body = cached.body;
          else {
            body = gzipSync(await readFile(file.path), { level: 9 });
            gzipCache.set(file.path, { mtimeMs: file.mtimeMs, body });
          }
        }
        headers['content-encoding'] = 'gzip';
      }
    }
    body ??= await readFile(file.path);
    headers['content-length'] = String(body.length);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  };
}
