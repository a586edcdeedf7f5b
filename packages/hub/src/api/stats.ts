/** Totals by month, country, main energy source or hardware, from the roll-ups kept at ingest. */
import { Hono } from 'hono';
import { requireRead, type HubEnv } from '../auth/principal.ts';
import type { Store } from '../store/store.ts';
import { parseQuery } from './parse.ts';
import { projectOr404, readableProjects } from './projects.ts';
import { statsQuery } from './schemas.ts';

export function statsRoutes(store: Store): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.get('/stats', async (c) => {
    const q = parseQuery(c, statsQuery);
    let projects;
    if (q.project !== undefined) {
      const p = await projectOr404(store, c, q.project);
      requireRead(c, p);
      projects = [p];
    } else projects = await readableProjects(store, c);
    return c.json(await store.stats(projects.map((p) => p.id), q.by));
  });
  return app;
}
