/** Exports of a project: CSV in CodeCarbon's columns, or JSON as run records. */
import { Hono } from 'hono';
import { CODECARBON_CSV_HEADER, codeCarbonCsvLine } from '@carbontrail/core';
import { requireRead, type HubEnv } from '../auth/principal.ts';
import type { Store } from '../store/store.ts';
import { parseQuery } from './parse.ts';
import { projectOr404 } from './projects.ts';
import { exportQuery } from './schemas.ts';

export function exportRoutes(store: Store): Hono<HubEnv> {
  const app = new Hono<HubEnv>();
  app.get('/projects/:project/export', async (c) => {
    const { format } = parseQuery(c, exportQuery);
    const project = await projectOr404(store, c, c.req.param('project'));
    requireRead(c, project);
    const parts: string[] = [];
    if (format === 'csv') {
      parts.push(`${CODECARBON_CSV_HEADER}\n`);
      // names come from whoever may upload: written so that a spreadsheet opening the file runs no formula
      for await (const r of store.records(project.id)) parts.push(`${codeCarbonCsvLine(r, { spreadsheetSafe: true })}\n`);
      c.header('content-disposition', `attachment; filename="${project.name.replace(/[^\w.-]+/g, '_')}-emissions.csv"`);
      return c.body(parts.join(''), 200, { 'content-type': 'text/csv; charset=utf-8' });
    }
    for await (const r of store.records(project.id)) parts.push(JSON.stringify(r));
    return c.body(`[${parts.join(',\n')}]\n`, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  return app;
}
