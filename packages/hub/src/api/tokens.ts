/** Tokens of a project: created and listed (never with their secret) by the admin, revoked at once. */
import { Hono } from 'hono';
import { requireAdmin, type HubEnv } from '../auth/principal.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { NotFoundError } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './parse.ts';
import { projectOr404 } from './projects.ts';
import { createTokenBody } from './schemas.ts';

export function tokenRoutes(store: Store): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.post('/projects/:project/tokens', async (c) => {
    requireAdmin(c);
    const project = await projectOr404(store, c, c.req.param('project'));
    const body = await parseJson(c, createTokenBody);
    const secret = newSecret();
    const t = await store.createToken({ projectId: project.id, name: body.name, scope: body.scope, hash: hashSecret(secret) });
    // the secret is in this answer only: the hub keeps its hash
    return c.json({ id: t.id, name: t.name, scope: t.scope, project: project.name, token: secret }, 201);
  });
  app.get('/projects/:project/tokens', async (c) => {
    requireAdmin(c);
    const project = await projectOr404(store, c, c.req.param('project'));
    const list = await store.listTokens(project.id);
    return c.json({ tokens: list.map((t) => ({ id: t.id, name: t.name, scope: t.scope, createdAt: t.createdAt, revokedAt: t.revokedAt })) });
  });
  app.delete('/tokens/:id', async (c) => {
    requireAdmin(c);
    const id = c.req.param('id');
    const t = /^[0-9a-f-]{36}$/.test(id) ? await store.findToken(id) : undefined;
    if (!t || t.scope === 'admin') throw new NotFoundError(`no project token "${id.slice(0, 60)}"`);
    await store.revokeToken(id);
    return c.json({ id, revoked: true });
  });
  return app;
}
