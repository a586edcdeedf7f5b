/** Who is calling, from the Authorization header, and what they may read and write. */
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError, UnauthorizedError } from '../errors.ts';
import type { Project, Store } from '../store/store.ts';
import { hashSecret } from './tokens.ts';

/** The caller: nobody, the admin, or a token of one project with read or write scope. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'admin'; tokenId: string }
  | { kind: 'project'; tokenId: string; projectId: string; scope: 'read' | 'write' };

export type HubEnv = { Variables: { principal: Principal } };

/** Reads the bearer token once per request; a token that is malformed, unknown or revoked is refused (401). */
export function principalFrom(store: Store): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', { kind: 'anonymous' });
      return next();
    }
    const m = /^Bearer\s+(\S{8,200})\s*$/i.exec(header);
    if (!m) throw new UnauthorizedError('the Authorization header must be "Bearer <token>"');
    const token = await store.tokenByHash(hashSecret(m[1]!));
    if (!token) throw new UnauthorizedError('unknown or revoked token');
    c.set('principal', token.scope === 'admin' || token.projectId === null
      ? { kind: 'admin', tokenId: token.id }
      : { kind: 'project', tokenId: token.id, projectId: token.projectId, scope: token.scope });
    return next();
  };
}

/** Whether the caller may read a project: public ones anyone may; private ones need a token of that project, or the admin's. */
export function canRead(p: Principal, project: Project): boolean {
  return project.visibility === 'public' || p.kind === 'admin' || (p.kind === 'project' && p.projectId === project.id);
}

/** Refuses a read the caller may not make: 401 without a token, 403 with a token of another project. */
export function requireRead(c: Context<HubEnv>, project: Project): void {
  const p = c.get('principal');
  if (canRead(p, project)) return;
  if (p.kind === 'anonymous') throw new UnauthorizedError(`project "${project.name}" is private: give a read token of it`);
  throw new ForbiddenError(`this token may not read project "${project.name}"`);
}

/** Refuses a write (runs, imports) the caller may not make: it needs a write token of the project, or the admin's. */
export function requireWrite(c: Context<HubEnv>, project: Project): void {
  const p = c.get('principal');
  if (p.kind === 'admin' || (p.kind === 'project' && p.projectId === project.id && p.scope === 'write')) return;
  if (p.kind === 'anonymous') throw new UnauthorizedError(`writing to project "${project.name}" needs a write token of it`);
  throw new ForbiddenError(p.kind === 'project' && p.projectId === project.id ? 'a read token may not write' : `this token may not write to project "${project.name}"`);
}

/** Refuses, before any project is known, a caller that may write to none: 401 without a token, 403 with a read token. */
export function requireWriter(c: Context<HubEnv>): void {
  const p = c.get('principal');
  if (p.kind === 'anonymous') throw new UnauthorizedError('writing needs a write token of the project, or the admin token');
  if (p.kind === 'project' && p.scope !== 'write') throw new ForbiddenError('a read token may not write');
}

/** Refuses anything but the admin token (projects and tokens are the admin's). */
export function requireAdmin(c: Context<HubEnv>): void {
  const p = c.get('principal');
  if (p.kind === 'admin') return;
  if (p.kind === 'anonymous') throw new UnauthorizedError('this needs the admin token');
  throw new ForbiddenError('this needs the admin token, not a project token');
}
