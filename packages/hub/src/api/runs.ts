/** Runs: uploaded by the tracker (idempotent by run id, checked against core's pricing model), listed, read, and summed by job. */
import { Hono, type Context } from 'hono';
import { recordProblems, sumJob } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import { requireRead, requireWrite, requireWriter, type HubEnv } from '../auth/principal.ts';
import { BadRequestError, NotFoundError, UnprocessableError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import type { Project, Store } from '../store/store.ts';
import { jsonBody, parseQuery, parseValue } from './parse.ts';
import { projectOr404, readableProjects } from './projects.ts';
import { isBatch, jobId, jobQuery, listRunsQuery, runId, uploadBatch, uploadBatchQuick, uploadRun, uploadRunQuick, type UploadBatch } from './schemas.ts';

/** The project an upload goes to: named in the body or the query, else the one of the write token. */
async function uploadProject(store: Store, c: Context<HubEnv>, named: string | undefined): Promise<Project> {
  const name = named ?? c.req.query('project');
  if (name !== undefined) return projectOr404(store, c, name);
  const p = c.get('principal');
  if (p.kind === 'project') {
    const own = await store.findProject(p.projectId);
    if (own) return own;
  }
  throw new BadRequestError('name the project ("project" in the body or ?project=), or use a project token', 'project');
}

/** The projects a listing covers: the one named (if the caller may read it), else every project the caller may read. */
async function projectsOf(store: Store, c: Context<HubEnv>, named: string | undefined): Promise<Project[]> {
  if (named === undefined) return readableProjects(store, c);
  const p = await projectOr404(store, c, named);
  requireRead(c, p);
  return [p];
}

export function runRoutes(store: Store, metrics: Metrics): Hono<HubEnv> {
  const app = new Hono<HubEnv>();

  app.post('/runs', async (c) => {
    // a caller that can write nowhere is refused before its body is read
    requireWriter(c);
    const value = await jsonBody(c);
    // the quick schemas first (samples checked by a loop); a body they refuse goes through the full ones, for the errors
    let batch: UploadBatch;
    if (isBatch(value)) {
      const quick = uploadBatchQuick.safeParse(value);
      batch = quick.success ? (quick.data as UploadBatch) : parseValue(uploadBatch, value);
    } else {
      const quick = uploadRunQuick.safeParse(value);
      batch = { project: undefined, runs: [quick.success ? (quick.data as UploadBatch['runs'][number]) : parseValue(uploadRun, value)] };
    }
    const project = await uploadProject(store, c, batch.project);
    requireWrite(c, project);
    const bad = batch.runs.flatMap((r, i) => recordProblems(r as RunRecord).map((problem) => ({ run: r.id, index: i, problem })));
    if (bad.length) {
      throw new UnprocessableError('inconsistent-run', `run ${bad[0]!.run}: ${bad[0]!.problem}`, `runs.${bad[0]!.index}`, bad.slice(0, 100));
    }
    const ids = new Set<string>();
    for (const r of batch.runs) {
      if (ids.has(r.id)) throw new BadRequestError(`run ${r.id} appears twice in the batch`, 'runs');
      ids.add(r.id);
    }
    const result = await store.ingest(project.id, batch.runs.map(({ samples, ...record }) => ({ record, ...(samples ? { samples } : {}) })));
    metrics.runsIngested.inc(result.accepted.length);
    metrics.samplesIngested.inc(batch.runs.filter((r) => result.accepted.includes(r.id)).reduce((s, r) => s + (r.samples?.length ?? 0), 0));
    return c.json({ project: project.name, accepted: result.accepted.length, duplicates: result.duplicates.length, ids: result.accepted, duplicateIds: result.duplicates }, 201);
  });

  app.get('/runs', async (c) => {
    const q = parseQuery(c, listRunsQuery);
    const projects = await projectsOf(store, c, q.project);
    const names = new Map(projects.map((p) => [p.id, p.name]));
    const page = await store.listRuns({ ...q, projectIds: projects.map((p) => p.id) });
    return c.json({ runs: page.runs.map((r) => ({ ...r, project: names.get(r.projectId) })), next: page.next });
  });

  app.get('/runs/:id', async (c) => {
    const id = c.req.param('id');
    const run = runId.safeParse(id).success ? await store.getRun(id) : undefined;
    if (!run) throw new NotFoundError(`no run "${id.slice(0, 100)}"`);
    const project = await store.findProject(run.summary.projectId);
    if (!project) throw new NotFoundError(`no run "${id.slice(0, 100)}"`);
    requireRead(c, project);
    return c.json({ run: { ...run.summary, project: project.name }, record: run.record, samples: run.samples });
  });

  app.get('/jobs/:job', async (c) => {
    const job = c.req.param('job');
    const projects = await projectsOf(store, c, parseQuery(c, jobQuery).project);
    const records = jobId.safeParse(job).success ? await store.jobRuns(job, projects.map((p) => p.id)) : [];
    if (records.length === 0) throw new NotFoundError(`no runs of job "${job.slice(0, 100)}"`);
    const totals = sumJob(records);
    return c.json({ job, ...totals, runs: records.map((r) => ({ id: r.id, node: r.node, status: r.status, startedAt: r.startedAt, energyKwh: r.energy.totalKwh, emissionsKg: r.emissionsKg })) });
  });
  return app;
}
