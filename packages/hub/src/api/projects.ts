/** Projects: created by the admin; listed as the caller may see them. Also the lookup every project route uses. */
import { Hono, type Context } from 'hono';
import { canRead, requireAdmin, type HubEnv } from '../auth/principal.ts';
import { NotFoundError } from '../errors.ts';
import type { Project, Store } from '../store/store.ts';
import { createProjectBody, projectName } from './schemas.ts';
import { parseJson } from './parse.ts';

/** The project a route names, by id or name; 404 when there is none, or when the caller may not know of it. */
export async function projectOr404(store: Store, c: Context<HubEnv>, idOrName: string): Promise<Project> {
  const p = projectName.safeParse(idOrName).success || /^[0-9a-f-]{36}$/.test(idOrName) ? await store.findProject(idOrName) : undefined;
  if (!p) throw new NotFoundError(`no project "${idOrName.slice(0, 100)}"`);
  return p;
}

/** The projects the caller may read. */
export async function readableProjects(store: Store, c: Context<HubEnv>): Promise<Project[]> {
  const p = c.get('principal');
  return (await store.listProjects()).filter((x) => canRead(p, x));
}

export function projectRoutes(store: Store): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.post('/', async (c) => {
    requireAdmin(c);
    const body = await parseJson(c, createProjectBody);
    const p = await store.createProject(body);
    return c.json({ id: p.id, name: p.name, visibility: p.visibility }, 201);
  });
  app.get('/', async (c) => {
    const list = await readableProjects(store, c);
    return c.json({ projects: list.map((p) => ({ id: p.id, name: p.name, visibility: p.visibility, createdAt: p.createdAt })) });
  });
  return app;
}
