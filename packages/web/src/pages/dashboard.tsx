/**
 * Dashboard: a lab's runs in the hub. Totals by month with their range, the runs table (sorted, filtered, paged from
 * the API), a run's power timeline, energy by method and the TDP method beside it, and the job its nodes belong to.
 * A private project's read token is kept in this browser only (localStorage) and sent as a bearer token.
 */
import { useEffect, useState } from 'preact/hooks';
import { compareWithTdp, type TdpComparison } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import { ENERGY_METHOD_LABELS, formatEnergy, formatMass, formatMassRange, sig } from '@carbontrail/core/format';
import { ChartCanvas } from '../components/chart-canvas.tsx';
import { FigureTable } from '../components/figure-table.tsx';
import { monthlyChart, timelineChart, type PowerPoint } from '../charts/dashboard-charts.ts';
import { useCore } from '../core.ts';
import { hubGet, HubRequestError, useHub, type HubError, type Loaded } from '../hub-client.ts';
import { navigate, replaceQuery, useLocation } from '../router.ts';
import { forgetToken, readToken, savedProjects, saveToken } from '../read-tokens.ts';

interface Project { id: string; name: string; visibility: 'public' | 'private' }
interface StatRow { key: string; runs: number; energyKwh: number; emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number }
interface RunRow {
  id: string; project: string; startedAt: string; status: string; jobId: string | null; node: string; country: string; source: string; hardware: string;
  task: string | null; energyKwh: number; emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number; embodiedKg: number;
}
interface Sample { seq: number; at: number; d: number; gpuJ: number; cpuJ: number; ramJ: number }
interface RunDetail { run: RunRow; record: RunRecord; samples: Sample[] }
interface JobAnswer {
  job: string; energyKwh: number; emissionsKg: number; emissionsLowKg: number; emissionsHighKg: number; counted: string[]; skipped: string[]; notes: string[];
  nodes: { node: string; runs: number; energyKwh: number; emissionsKg: number }[];
  runs: { id: string; node: string; status: string; startedAt: string; energyKwh: number; emissionsKg: number }[];
}

const SORTS = [
  ['started', 'Start'],
  ['emissions', 'Emissions'],
  ['energy', 'Energy'],
] as const;

type Filters = { status: string; hardware: string; country: string; job: string; sort: string; order: string };

function readFilters(params: URLSearchParams): Filters {
  return {
    status: params.get('status') ?? '', hardware: params.get('hardware') ?? '', country: params.get('country') ?? '', job: params.get('job') ?? '',
    sort: params.get('sort') ?? 'started', order: params.get('order') ?? 'desc',
  };
}

function query(pairs: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(pairs)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

const rangeKg = (low: number, high: number, ref: number) => (low === high ? '' : formatMassRange(low, high, ref));

function HubProblem({ error, project, onToken }: { error: HubError; project: string; onToken: () => void }) {
  const needsToken = project && (error.status === 401 || error.status === 403 || error.status === 404);
  return (
    <div class="error" role="alert">
      <p>
        Could not read from the hub: {error.message}
        {error.status ? ` (${error.status} ${error.code})` : ''}.
      </p>
      {needsToken ? (
        <p>
          If <strong>{project}</strong> is a private project, enter its read token.{' '}
          <button type="button" class="small" onClick={onToken}>
            Enter a read token
          </button>
        </p>
      ) : null}
    </div>
  );
}

function TokenForm({ project, onDone }: { project: string; onDone: (name: string) => void }) {
  const [name, setName] = useState(project);
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim() || !token.trim()) return setProblem('give the project name and its read token');
    try {
      await hubGet(`/api/stats?by=month&project=${encodeURIComponent(name.trim())}`, token.trim());
    } catch (err) {
      const d = err instanceof HubRequestError ? err.detail : undefined;
      return setProblem(`the hub refused this token for ${name.trim()}: ${d?.message ?? String(err)}`);
    }
    saveToken(name.trim(), token.trim());
    setToken('');
    setProblem('');
    onDone(name.trim());
  };
  return (
    <form class="card token-form" onSubmit={submit} data-testid="token-form">
      <h2>A private project</h2>
      <p class="muted">The read token stays in this browser (its local storage) and is sent only to this hub.</p>
      <div class="pair">
        <div class="field">
          <label for="token-project">Project</label>
          <input id="token-project" type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} autocomplete="off" />
        </div>
        <div class="field">
          <label for="token-value">Read token</label>
          <input id="token-value" type="password" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} autocomplete="off" />
        </div>
      </div>
      {problem ? <p class="error" role="alert">{problem}</p> : null}
      <button type="submit">Open the project</button>
    </form>
  );
}

function MonthlySection({ loaded, project, onToken }: { loaded: Loaded<StatRow[]>; project: string; onToken: () => void }) {
  if (loaded.state === 'loading') return <p class="loading">Loading…</p>;
  if (loaded.state === 'error') return <HubProblem error={loaded.error} project={project} onToken={onToken} />;
  const months = loaded.data;
  const total = months.reduce((t, m) => ({ runs: t.runs + m.runs, kwh: t.kwh + m.energyKwh, kg: t.kg + m.emissionsKg, low: t.low + m.emissionsLowKg, high: t.high + m.emissionsHighKg }), { runs: 0, kwh: 0, kg: 0, low: 0, high: 0 });
  return (
    <section aria-labelledby="h-months" data-testid="dashboard-months">
      <h2 id="h-months">Totals by month</h2>
      <p class="headline" data-testid="dashboard-total" data-kg={total.kg}>
        <strong>{formatMass(total.kg)}</strong> CO2eq{rangeKg(total.low, total.high, total.kg) ? ` (${rangeKg(total.low, total.high, total.kg)})` : ''} from{' '}
        <strong>{total.runs}</strong> run{total.runs === 1 ? '' : 's'} using {formatEnergy(total.kwh)}: location-based operational emissions as each run was priced
        (measured by the tracker, or as imported).
      </p>
      {months.length ? (
        <ChartCanvas
          draw={(c) => monthlyChart(c, months.map((m) => ({ month: m.key, emissionsKg: m.emissionsKg, lowKg: m.emissionsLowKg, highKg: m.emissionsHighKg, runs: m.runs })))}
          deps={[months]}
          label="Emissions by month with their range"
          testid="chart-months"
        />
      ) : (
        <p class="muted">No runs yet. Upload some with <code>carbontrail run --hub URL --token TOKEN -- your command</code>.</p>
      )}
      <FigureTable
        id="months"
        caption="Emissions by month"
        rows={months}
        columns={[
          { label: 'Month', value: (r) => r.key },
          { label: 'Runs', numeric: true, value: (r) => r.runs },
          { label: 'Energy (kWh)', numeric: true, value: (r) => r.energyKwh, cell: (r) => sig(r.energyKwh) },
          { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
          { label: 'Low (kg)', numeric: true, value: (r) => r.emissionsLowKg, cell: (r) => sig(r.emissionsLowKg) },
          { label: 'High (kg)', numeric: true, value: (r) => r.emissionsHighKg, cell: (r) => sig(r.emissionsHighKg) },
        ]}
      />
    </section>
  );
}

function RunsTable({ project, token, filters, setFilters, openRun }: { project: string; token?: string; filters: Filters; setFilters: (changes: Partial<Filters>) => void; openRun: (id: string) => void }) {
  const base = query({ project, ...filters, limit: '25' });
  const [pages, setPages] = useState<{ base: string; runs: RunRow[]; next: string | null; error?: HubError; loading: boolean }>({ base: '', runs: [], next: null, loading: true });
  const load = async (cursor: string | null, keep: RunRow[]) => {
    setPages({ base, runs: keep, next: null, loading: true });
    try {
      const page = await hubGet<{ runs: RunRow[]; next: string | null }>(`/api/runs${base}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, token);
      setPages({ base, runs: [...keep, ...page.runs], next: page.next, loading: false });
    } catch (err) {
      setPages({ base, runs: keep, next: null, loading: false, error: err instanceof HubRequestError ? err.detail : { status: 0, code: 'CLIENT', message: String(err) } });
    }
  };
  useEffect(() => {
    void load(null, []);
  }, [base, token]);
  const hardware = useHub<StatRow[]>(`/api/stats?by=hardware${project ? `&project=${encodeURIComponent(project)}` : ''}`, token);
  const countries = useHub<StatRow[]>(`/api/stats?by=country${project ? `&project=${encodeURIComponent(project)}` : ''}`, token);
  const choices = (l: Loaded<StatRow[]>) => (l.state === 'ready' ? l.data.map((r) => r.key) : []);
  const select = (key: keyof Filters, label: string, options: readonly (readonly [string, string])[]) => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={filters[key]} onChange={(e) => setFilters({ [key]: (e.target as HTMLSelectElement).value })} data-testid={`filter-${key}`}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
        {filters[key] && !options.some(([v]) => v === filters[key]) ? <option value={filters[key]}>{filters[key]}</option> : null}
      </select>
    </div>
  );
  const sortButton = (key: string, label: string) => {
    const active = filters.sort === key;
    const next = active && filters.order === 'desc' ? 'asc' : 'desc';
    return (
      <button type="button" class="link-button" onClick={() => setFilters({ sort: key, order: next })} aria-label={`Sort by ${label.toLowerCase()}, ${next === 'desc' ? 'largest or newest first' : 'smallest or oldest first'}`} data-testid={`sort-${key}`}>
        {label} {active ? (filters.order === 'desc' ? '▼' : '▲') : ''}
      </button>
    );
  };
  const current = pages.base === base ? pages : { runs: [], next: null, loading: true, error: undefined };
  return (
    <section aria-labelledby="h-runs" data-testid="dashboard-runs">
      <h2 id="h-runs">Runs</h2>
      <div class="filters">
        {select('status', 'Status', [['', 'any'], ['finished', 'finished'], ['interrupted', 'interrupted'], ['running', 'running']])}
        {select('hardware', 'Hardware', [['', 'any'], ...choices(hardware).map((h) => [h, h] as const)])}
        {select('country', 'Country', [['', 'any'], ...choices(countries).map((h) => [h, h] as const)])}
        <div class="field">
          <label for="filter-job">Job id</label>
          <input id="filter-job" type="text" value={filters.job} onChange={(e) => setFilters({ job: (e.target as HTMLInputElement).value.trim() })} placeholder="any" />
        </div>
      </div>
      {current.error ? <p class="error" role="alert">Could not list the runs: {current.error.message}</p> : null}
      <div class="data-table">
        <table class="stack" data-testid="runs-table" data-state={current.loading ? 'loading' : 'ready'}>
          <caption>Runs, {SORTS.find(([k]) => k === filters.sort)?.[1].toLowerCase()} {filters.order === 'desc' ? 'descending' : 'ascending'}</caption>
          <thead>
            <tr>
              <th scope="col">{sortButton('started', 'Started (UTC)')}</th>
              <th scope="col">Project</th>
              <th scope="col">Status</th>
              <th scope="col">Node / job</th>
              <th scope="col">Hardware</th>
              <th scope="col">Country</th>
              <th scope="col" class="num">{sortButton('energy', 'Energy')}</th>
              <th scope="col" class="num">{sortButton('emissions', 'Emissions')}</th>
            </tr>
          </thead>
          <tbody>
            {current.runs.map((r) => (
              <tr key={r.id} data-run={r.id}>
                <td data-label="Started">
                  <a href={`/dashboard${query({ project, run: r.id })}`} onClick={(e) => { e.preventDefault(); openRun(r.id); }}>
                    {r.startedAt.slice(0, 16).replace('T', ' ')}
                  </a>
                </td>
                <td data-label="Project">{r.project}</td>
                <td data-label="Status">{r.status}</td>
                <td data-label="Node / job">{r.node}{r.jobId ? ` · ${r.jobId}` : ''}</td>
                <td data-label="Hardware">{r.hardware}</td>
                <td data-label="Country">{r.country}</td>
                <td class="num" data-label="Energy">{formatEnergy(r.energyKwh)}</td>
                <td class="num" data-label="Emissions">
                  {formatMass(r.emissionsKg)}
                  {rangeKg(r.emissionsLowKg, r.emissionsHighKg, r.emissionsKg) ? <span class="muted small-text"> ({rangeKg(r.emissionsLowKg, r.emissionsHighKg, r.emissionsKg)})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current.loading ? <p class="loading">Loading…</p> : current.runs.length === 0 && !current.error ? <p class="muted">No run matches.</p> : null}
      {current.next ? (
        <button type="button" class="secondary" onClick={() => void load(current.next, current.runs)} data-testid="runs-more">
          More runs
        </button>
      ) : null}
    </section>
  );
}

/** Power by component from the journal samples (J over each interval), or from the record's timeline when none came with the run. */
function powerPoints(detail: RunDetail): { points: PowerPoint[]; from: string } {
  if (detail.samples.length) {
    const t0 = Date.parse(detail.record.startedAt);
    return {
      from: `${detail.samples.length} journal samples (energy over each interval ÷ its length)`,
      points: detail.samples.filter((s) => s.d > 0).map((s) => ({ t: (s.at - t0) / 1000, gpuW: s.gpuJ / s.d, cpuW: s.cpuJ / s.d, ramW: s.ramJ / s.d })),
    };
  }
  return { from: `the record's timeline (${detail.record.timeline.length} points)`, points: detail.record.timeline.map((p) => ({ t: p.t, gpuW: p.gpuW, cpuW: p.cpuW, ramW: p.ramW })) };
}

function TdpSection({ record }: { record: RunRecord }) {
  const { core } = useCore({ cpus: true });
  if (!core) return <p class="loading">Loading the hardware table…</p>;
  let c: TdpComparison;
  try {
    c = compareWithTdp(record, core.builtinTables);
  } catch (err) {
    return <p class="error">Could not compare with the TDP method: {err instanceof Error ? err.message : String(err)}</p>;
  }
  return (
    <div data-testid="tdp-comparison" data-ratio={c.ratio ?? ''}>
      <h3>The TDP method beside what was measured</h3>
      <p>
        <strong>{c.meaning}</strong>{' '}
        {c.ratio === null ? (
          'The table says why for each component.'
        ) : (
          <>
            The TDP method (the original calculator's, and carbontrail's <code>estimate</code> at load 1) gives {formatEnergy(c.tdpKwh)} and{' '}
            {formatMass(c.tdpEmissionsKg)} CO2eq for the compared components over {sig(c.hours)} h; the run drew {formatEnergy(c.measuredKwh)} (
            {formatMass(c.measuredEmissionsKg)}), both with the run's PUE and intensity.
          </>
        )}
      </p>
      <FigureTable
        id="tdp"
        caption="Measured ÷ TDP estimate, by component"
        rows={c.components}
        columns={[
          { label: 'Component', value: (r) => r.component.toUpperCase() },
          { label: 'Devices', value: (r) => r.devices },
          { label: 'Run (kWh)', numeric: true, value: (r) => r.measuredKwh, cell: (r) => sig(r.measuredKwh) },
          { label: 'How', value: (r) => ENERGY_METHOD_LABELS[r.method] ?? r.method },
          { label: 'TDP (W each)', numeric: true, value: (r) => r.tdpW, cell: (r) => (r.tdpW === null ? '—' : sig(r.tdpW)) },
          { label: 'TDP method (kWh)', numeric: true, value: (r) => r.tdpKwh, cell: (r) => (r.tdpKwh === null ? '—' : sig(r.tdpKwh)) },
          { label: 'Ratio', numeric: true, value: (r) => r.ratio, cell: (r) => (r.ratio === null ? r.reason ?? '—' : `${sig(r.ratio)}×`) },
          { label: 'Hardware row', value: (r) => r.row ?? '' },
        ]}
      />
    </div>
  );
}

function JobSection({ job, project, token, current, openRun }: { job: string; project: string; token?: string; current: string; openRun: (id: string) => void }) {
  const loaded = useHub<JobAnswer>(`/api/jobs/${encodeURIComponent(job)}${query({ project })}`, token);
  if (loaded.state !== 'ready') return loaded.state === 'error' ? <p class="error">Could not read job {job}: {loaded.error.message}</p> : <p class="loading">Loading the job…</p>;
  const j = loaded.data;
  return (
    <div data-testid="job-view" data-kg={j.emissionsKg}>
      <h3>Job {j.job}</h3>
      <p>
        {j.nodes.length} node{j.nodes.length === 1 ? '' : 's'}, {j.runs.length} run{j.runs.length === 1 ? '' : 's'}: {formatEnergy(j.energyKwh)} and{' '}
        <strong>{formatMass(j.emissionsKg)}</strong> CO2eq{rangeKg(j.emissionsLowKg, j.emissionsHighKg, j.emissionsKg) ? ` (${rangeKg(j.emissionsLowKg, j.emissionsHighKg, j.emissionsKg)})` : ''}, each
        node's time counted once{j.skipped.length ? `: ${j.skipped.length} run${j.skipped.length === 1 ? '' : 's'} overlapping a run already counted on the same node left out` : ''}.
      </p>
      {j.notes.length ? <ul class="notes">{j.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
      <FigureTable
        id="job-runs"
        caption={`Runs of job ${j.job}`}
        rows={j.runs}
        columns={[
          { label: 'Node', value: (r) => r.node },
          { label: 'Run', value: (r) => r.id, cell: (r) => (r.id === current ? `${r.id.slice(0, 8)} (this run)` : <a href={`/dashboard${query({ project, run: r.id })}`} onClick={(e) => { e.preventDefault(); openRun(r.id); }}>{r.id.slice(0, 8)}</a>) },
          { label: 'Status', value: (r) => r.status },
          { label: 'Counted', value: (r) => (j.counted.includes(r.id) ? 'yes' : 'no: overlaps') },
          { label: 'Energy (kWh)', numeric: true, value: (r) => r.energyKwh, cell: (r) => sig(r.energyKwh) },
          { label: 'Emissions (kg)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
        ]}
      />
    </div>
  );
}

function RunDetailSection({ id, project, token, close, openRun }: { id: string; project: string; token?: string; close: () => void; openRun: (id: string) => void }) {
  const loaded = useHub<RunDetail>(`/api/runs/${encodeURIComponent(id)}`, token);
  return (
    <section aria-labelledby="h-run" class="card run-detail" data-testid="run-detail" data-state={loaded.state}>
      <h2 id="h-run">
        Run <code>{id.slice(0, 8)}</code>{' '}
        <button type="button" class="small secondary" onClick={close}>
          Close
        </button>
      </h2>
      {loaded.state === 'loading' ? <p class="loading">Loading…</p> : null}
      {loaded.state === 'error' ? <p class="error" role="alert">Could not read run {id}: {loaded.error.message}</p> : null}
      {loaded.state === 'ready' ? <RunDetailBody detail={loaded.data} project={project} token={token} openRun={openRun} /> : null}
    </section>
  );
}

function RunDetailBody({ detail, project, token, openRun }: { detail: RunDetail; project: string; token?: string; openRun: (id: string) => void }) {
  const r = detail.record;
  const { points, from } = powerPoints(detail);
  const parts = [
    { component: 'GPU', kwh: r.energy.gpuKwh, method: r.energy.methods.gpu, accuracy: r.energy.accuracy.gpu },
    { component: 'CPU', kwh: r.energy.cpuKwh, method: r.energy.methods.cpu, accuracy: r.energy.accuracy.cpu },
    { component: 'RAM', kwh: r.energy.ramKwh, method: r.energy.methods.ram, accuracy: r.energy.accuracy.ram },
  ];
  return (
    <>
      <p>
        <code>{r.command.join(' ')}</code> on {r.node} ({detail.run.project}), {r.status}
        {r.exitCode !== null ? `, exit ${r.exitCode}` : ''}, {sig(r.durationS / 3600)} h from {r.startedAt.replace('T', ' ').slice(0, 19)} UTC.
      </p>
      <p class="headline" data-testid="run-emissions" data-kg={r.emissionsKg}>
        <strong>{formatMass(r.emissionsKg)}</strong> CO2eq ({rangeKg(r.emissionsLowKg, r.emissionsHighKg, r.emissionsKg) || 'no range'}) from{' '}
        {formatEnergy(r.energy.facilityKwh)} at the facility ({formatEnergy(r.energy.totalKwh)} of devices × PUE {sig(r.pue.value)}), priced at{' '}
        {sig(r.intensity.gPerKwh)} g CO2eq/kWh (rule: {r.intensity.rule}
        {r.intensity.year ? `, data of ${r.intensity.year}` : ''}). Embodied: {formatMass(r.embodiedKg)}.
      </p>
      <ul class="facts small-text">
        <li>Intensity: {r.intensity.source}</li>
        <li>PUE {sig(r.pue.value)} ({sig(r.pue.low)}–{sig(r.pue.high)}): {r.pue.source}</li>
      </ul>
      <h3>Power over time</h3>
      {points.length ? (
        <>
          <ChartCanvas draw={(c) => timelineChart(c, points)} deps={[detail]} label="Power by component over the run" testid="chart-timeline" />
          <p class="muted small-text">From {from}.</p>
        </>
      ) : (
        <p class="muted">No samples or timeline came with this run.</p>
      )}
      <FigureTable
        id="energy"
        caption="Energy by component and how it was obtained"
        rows={parts}
        columns={[
          { label: 'Component', value: (p) => p.component },
          { label: 'Energy (kWh)', numeric: true, value: (p) => p.kwh, cell: (p) => sig(p.kwh) },
          { label: 'How', value: (p) => ENERGY_METHOD_LABELS[p.method] ?? p.method },
          { label: 'Accuracy', value: (p) => `${sig(p.accuracy.low * 100)} % to +${sig(p.accuracy.high * 100)} %` },
        ]}
      />
      <TdpSection record={r} />
      {r.notes.length ? (
        <details>
          <summary>Notes of the tracker ({r.notes.length})</summary>
          <ul class="notes">{r.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      ) : null}
      {r.jobId ? <JobSection job={r.jobId} project={project} token={token} current={r.id} openRun={openRun} /> : null}
    </>
  );
}

export function DashboardPage() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const project = params.get('project') ?? '';
  const runId = params.get('run') ?? '';
  const filters = readFilters(params);
  const [askToken, setAskToken] = useState(false);
  const [tokensVersion, setTokensVersion] = useState(0);
  const token = project ? readToken(project) : undefined;
  const projects = useHub<{ projects: Project[] }>('/api/projects');
  const months = useHub<StatRow[]>(`/api/stats?by=month${project ? `&project=${encodeURIComponent(project)}` : ''}`, token);
  const saved = savedProjects();
  const set = (changes: Record<string, string>) => {
    const p = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    replaceQuery(p.toString());
  };
  const openRun = (id: string) => set({ run: id });
  const known = projects.state === 'ready' ? projects.data.projects : [];
  const names = [...new Set([...known.map((p) => p.name), ...saved])];
  void tokensVersion;
  return (
    <div class="dashboard">
      <h1>Dashboard</h1>
      <p class="lead">The runs this hub holds: uploaded by <code>carbontrail run --hub</code>, or imported from CodeCarbon and the survey.</p>
      <div class="filters">
        <div class="field">
          <label for="dashboard-project">Project</label>
          <select
            id="dashboard-project"
            value={project}
            onChange={(e) => navigate(`/dashboard${query({ project: (e.target as HTMLSelectElement).value })}`)}
            data-testid="dashboard-project"
          >
            <option value="">all public projects</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
                {saved.includes(n) ? ' (private, token saved)' : ''}
              </option>
            ))}
            {project && !names.includes(project) ? <option value={project}>{project}</option> : null}
          </select>
        </div>
        <div class="field actions">
          <button type="button" class="secondary" onClick={() => setAskToken(!askToken)} data-testid="open-token-form">
            A private project…
          </button>
          {token ? (
            <button type="button" class="secondary" onClick={() => { forgetToken(project); setTokensVersion((v) => v + 1); navigate('/dashboard'); }}>
              Forget this project's token
            </button>
          ) : null}
        </div>
      </div>
      {askToken ? (
        <TokenForm
          project={project}
          onDone={(name) => {
            setAskToken(false);
            setTokensVersion((v) => v + 1);
            navigate(`/dashboard${query({ project: name })}`);
          }}
        />
      ) : null}
      {runId ? <RunDetailSection key={runId} id={runId} project={project} token={token} close={() => set({ run: '' })} openRun={openRun} /> : null}
      <MonthlySection loaded={months} project={project} onToken={() => setAskToken(true)} />
      {months.state === 'error' ? null : (
        <RunsTable
          project={project}
          token={token}
          filters={filters}
          setFilters={(changes) => set(changes as Record<string, string>)}
          openRun={openRun}
        />
      )}
    </div>
  );
}
