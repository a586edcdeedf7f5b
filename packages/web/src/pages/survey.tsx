/**
 * Survey: the analyses of "Counting Carbon" (Luccioni & Hernandez-Garcia, 2023, Section 4), live on the runs the hub
 * holds: Table 2 by main energy source, runs by country on a map, energy against emissions, emissions by task and
 * year with trimmed means and intervals, Pareto fronts per task, and totals by year. Each figure has its table and CSV.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatEnergy, formatMass, formatMassRange, sig } from '@carbontrail/core/format';
import { Basis, scopeText } from '../components/basis.tsx';
import { ChartCanvas } from '../components/chart-canvas.tsx';
import { FigureTable } from '../components/figure-table.tsx';
import { energyEmissionsChart, growthChart, paretoChart, taskYearChart } from '../charts/survey-charts.ts';
import { WorldMap } from '../charts/world-map.tsx';
import { useHub, type Loaded } from '../hub-client.ts';
import { navigate, useLocation } from '../router.ts';

type Scope = { project: string | null; projects: number };
type Basis = Record<string, string>;
interface Totals { runs: number; energyKwh: number; emissionsKg: number; lowKg: number; highKg: number }
interface SourceRow extends Totals { key: string; name: string; lowCarbon: boolean | null; meanIntensity: number; medianIntensity: number; share: number }
interface BySource { scope: Scope; rows: SourceRow[]; total: Totals & { meanIntensity: number }; lowCarbonRuns: number; highCarbonRuns: number; basis: Basis }
interface CountryRow extends Totals { key: string; name: string; medianIntensity: number; meanIntensity: number }
interface ByCountry { scope: Scope; rows: CountryRow[]; basis: Basis }
interface Interval { low: number; high: number; level: number; method: string; resamples?: number; seed?: number }
interface TaskYearRow extends Totals { task: string; year: number; trimmedMeanKg: number; interval: Interval; binning: string }
interface ByTaskYear { scope: Scope; rows: TaskYearRow[]; allTasks: TaskYearRow[]; method: { trim: number; level: number; resamples: number; seed: number }; basis: Basis }
interface MetricRow { task: string; metric: string; runs: number; direction: 'max' | 'min' }
interface FrontPoint { id: string; label: string; emissionsKg: number; value: number }
interface Pareto { scope: Scope; task: string; metric: string; direction: 'max' | 'min'; front: FrontPoint[]; runsWithMetric: number; runsWithoutMetric: number }
interface Plane { scope: Scope; points: { source: string; energyKwh: number; emissionsKg: number; runs: number; meanIntensity: number }[]; binsPerDecade: number; basis: Basis }
interface YearRow extends Totals { year: number; meanPerRunKg: number; change: number | null }
interface TotalsAnswer { scope: Scope; total: Totals & { meanIntensity: number; medianHours: number }; years: YearRow[]; basis: Basis }

const range = (t: Totals) => (t.lowKg === t.highKg ? 'none reported' : formatMassRange(t.lowKg, t.highKg, t.emissionsKg));

/** One figure's section: its heading, and the answer's loading or error state until it is ready. */
function Section<T>({ id, title, loaded, children }: { id: string; title: string; loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  return (
    <section aria-labelledby={`h-${id}`} class="survey-section" data-testid={`survey-${id}`} data-state={loaded.state}>
      <h2 id={`h-${id}`}>{title}</h2>
      {loaded.state === 'loading' ? <p class="loading">Loading…</p> : null}
      {loaded.state === 'error' ? (
        <p class="error" role="alert">
          Could not read this from the hub: {loaded.error.message}
          {loaded.error.status ? ` (${loaded.error.status} ${loaded.error.code})` : ''}.
        </p>
      ) : null}
      {loaded.state === 'ready' ? children(loaded.data) : null}
    </section>
  );
}

function TotalsSection({ loaded }: { loaded: Loaded<TotalsAnswer> }) {
  return (
    <Section id="totals" title="Totals and growth" loaded={loaded}>
      {(d) => (
        <>
          <p class="headline" data-testid="survey-total" data-kg={d.total.emissionsKg}>
            <strong>{formatMass(d.total.emissionsKg)}</strong> CO2eq from <strong>{d.total.runs}</strong> runs using{' '}
            {formatEnergy(d.total.energyKwh)}; median training time {sig(d.total.medianHours)} h; mean intensity {sig(d.total.meanIntensity)} g CO2eq/kWh.
            Range of the runs' own figures: {range(d.total)}.
          </p>
          {d.years.length ? <ChartCanvas draw={(c) => growthChart(c, d.years)} deps={[d]} label="Emissions of the runs of each year" testid="chart-growth" /> : null}
          <FigureTable
            id="years"
            caption="Emissions by year"
            rows={d.years}
            columns={[
              { label: 'Year', value: (r) => r.year },
              { label: 'Runs', numeric: true, value: (r) => r.runs },
              { label: 'Energy (kWh)', numeric: true, value: (r) => r.energyKwh, cell: (r) => sig(r.energyKwh) },
              { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
              { label: 'Low (kg)', numeric: true, value: (r) => r.lowKg, cell: (r) => sig(r.lowKg) },
              { label: 'High (kg)', numeric: true, value: (r) => r.highKg, cell: (r) => sig(r.highKg) },
              { label: 'Mean per run (kg)', numeric: true, value: (r) => r.meanPerRunKg, cell: (r) => sig(r.meanPerRunKg) },
              { label: 'Change on the year before', numeric: true, value: (r) => r.change, cell: (r) => (r.change === null ? '—' : `${r.change >= 0 ? '+' : ''}${sig(r.change * 100)} %`) },
            ]}
          />
          <Basis basis={d.basis} scope={d.scope} />
        </>
      )}
    </Section>
  );
}

function SourceSection({ loaded }: { loaded: Loaded<BySource> }) {
  return (
    <Section id="by-source" title="By main energy source (the survey's Table 2)" loaded={loaded}>
      {(d) => (
        <>
          <p data-testid="carbon-split">
            <strong>{d.highCarbonRuns}</strong> runs on high-carbon sources (coal, gas, oil), <strong>{d.lowCarbonRuns}</strong> on low-carbon
            ones; {d.total.runs - d.highCarbonRuns - d.lowCarbonRuns} of unknown or unclassed source.
          </p>
          <FigureTable
            id="by-source"
            caption="Runs by main energy source"
            rows={d.rows}
            columns={[
              { label: 'Main energy source', value: (r) => r.name, cell: (r) => r.name },
              { label: 'Runs', numeric: true, value: (r) => r.runs },
              { label: 'Mean intensity (g/kWh)', numeric: true, value: (r) => r.meanIntensity, cell: (r) => sig(r.meanIntensity) },
              { label: 'Median intensity (g/kWh)', numeric: true, value: (r) => r.medianIntensity, cell: (r) => sig(r.medianIntensity) },
              { label: 'Low-carbon', value: (r) => (r.lowCarbon === null ? 'unknown' : r.lowCarbon ? 'yes' : 'no') },
              { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
              { label: 'Share of runs', numeric: true, value: (r) => r.share, cell: (r) => `${sig(r.share * 100)} %` },
            ]}
          />
          <Basis basis={d.basis} scope={d.scope} />
        </>
      )}
    </Section>
  );
}

function CountrySection({ loaded }: { loaded: Loaded<ByCountry> }) {
  return (
    <Section id="by-country" title="By country" loaded={loaded}>
      {(d) => (
        <>
          <WorldMap rows={d.rows.filter((r) => r.key !== 'unknown')} />
          <FigureTable
            id="by-country"
            caption="Runs by country"
            rows={d.rows}
            columns={[
              { label: 'Country', value: (r) => r.name },
              { label: 'Code', value: (r) => r.key },
              { label: 'Runs', numeric: true, value: (r) => r.runs },
              { label: 'Median intensity (g/kWh)', numeric: true, value: (r) => r.medianIntensity, cell: (r) => sig(r.medianIntensity) },
              { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
            ]}
          />
          <Basis basis={d.basis} scope={d.scope} />
        </>
      )}
    </Section>
  );
}

function PlaneSection({ loaded }: { loaded: Loaded<Plane> }) {
  return (
    <Section id="energy-emissions" title="Energy against emissions" loaded={loaded}>
      {(d) => (
        <>
          <ChartCanvas draw={(c) => energyEmissionsChart(c, d.points)} deps={[d]} label="Energy against emissions of the runs, by main energy source" testid="chart-plane" />
          <FigureTable
            id="energy-emissions"
            caption={`Runs in cells of 1/${d.binsPerDecade} decade of energy and emissions`}
            rows={d.points}
            columns={[
              { label: 'Main energy source', value: (r) => r.source },
              { label: 'Energy (kWh)', numeric: true, value: (r) => r.energyKwh, cell: (r) => sig(r.energyKwh) },
              { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
              { label: 'Runs', numeric: true, value: (r) => r.runs },
              { label: 'Mean intensity (g/kWh)', numeric: true, value: (r) => r.meanIntensity, cell: (r) => sig(r.meanIntensity) },
            ]}
          />
          <Basis basis={d.basis} scope={d.scope} />
        </>
      )}
    </Section>
  );
}

const intervalText = (i: Interval) =>
  i.method === 'bootstrap' ? `bootstrap, ${i.resamples} resamples, seed ${i.seed}` : i.method === 'single-run' ? 'one run: no interval' : 'normal, winsorised error';

function TaskYearSection({ loaded }: { loaded: Loaded<ByTaskYear> }) {
  return (
    <Section id="by-task-year" title="Emissions by task and year" loaded={loaded}>
      {(d) => {
        const point = (r: TaskYearRow) => ({ task: r.task, year: r.year, mean: r.trimmedMeanKg, low: r.interval.low, high: r.interval.high, runs: r.runs });
        const rows = [...d.rows, ...d.allTasks];
        return (
          <>
            <p class="muted">
              The {sig(d.method.trim * 100)} % trimmed mean of each group's emissions, with its {sig(d.method.level * 100)} % interval (bars).
            </p>
            <ChartCanvas draw={(c) => taskYearChart(c, d.rows.map(point), d.allTasks.map(point))} deps={[d]} label="Trimmed mean emissions by task and year with intervals" testid="chart-task-year" tall />
            <FigureTable
              id="by-task-year"
              caption="Trimmed mean emissions by task and year"
              rows={rows}
              columns={[
                { label: 'Task', value: (r) => r.task },
                { label: 'Year', value: (r) => r.year },
                { label: 'Runs', numeric: true, value: (r) => r.runs },
                { label: 'Trimmed mean (kg CO2eq)', numeric: true, value: (r) => r.trimmedMeanKg, cell: (r) => sig(r.trimmedMeanKg) },
                { label: 'Interval low (kg)', numeric: true, value: (r) => r.interval.low, cell: (r) => sig(r.interval.low) },
                { label: 'Interval high (kg)', numeric: true, value: (r) => r.interval.high, cell: (r) => sig(r.interval.high) },
                { label: 'Interval', value: (r) => intervalText(r.interval) },
                { label: 'Counted as', value: (r) => r.binning },
              ]}
            />
            <Basis basis={d.basis} scope={d.scope} />
          </>
        );
      }}
    </Section>
  );
}

function ParetoSection({ list, projectQuery }: { list: Loaded<{ scope: Scope; metrics: MetricRow[] }>; projectQuery: string }) {
  const [choice, setChoice] = useState<string>('');
  const metrics = list.state === 'ready' ? list.data.metrics : [];
  useEffect(() => {
    if (metrics.length && !metrics.some((m) => `${m.task}\u0000${m.metric}` === choice)) setChoice(`${metrics[0]!.task}\u0000${metrics[0]!.metric}`);
  }, [metrics]);
  const [task, metric] = choice.split('\u0000') as [string, string | undefined];
  const path = metric ? `/api/survey/pareto?task=${encodeURIComponent(task)}&metric=${encodeURIComponent(metric)}${projectQuery ? `&${projectQuery}` : ''}` : undefined;
  const front = useHub<Pareto>(path);
  return (
    <Section id="pareto" title="Performance against emissions (Pareto fronts)" loaded={list}>
      {() =>
        metrics.length === 0 ? (
          <p class="muted">No run reports a task with a metric yet.</p>
        ) : (
          <>
            <div class="field">
              <label for="pareto-choice">Task and metric</label>
              <select id="pareto-choice" value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)} data-testid="pareto-choice">
                {metrics.map((m) => (
                  <option key={`${m.task} ${m.metric}`} value={`${m.task}\u0000${m.metric}`}>
                    {m.task}: {m.metric} ({m.direction === 'max' ? 'higher is better' : 'lower is better'}, {m.runs} runs)
                  </option>
                ))}
              </select>
            </div>
            {front.state === 'loading' ? <p class="loading">Loading…</p> : null}
            {front.state === 'error' ? <p class="error" role="alert">Could not read the front: {front.error.message}</p> : null}
            {front.state === 'ready' ? (
              <div data-testid="pareto-front" data-task={front.data.task} data-metric={front.data.metric}>
                <p>
                  {front.data.front.length} run{front.data.front.length === 1 ? '' : 's'} on the front of {front.data.task} ({front.data.metric}, over all its data
                  sets): no other run reached a {front.data.direction === 'max' ? 'higher' : 'lower'} {front.data.metric} for less CO2eq.{' '}
                  {front.data.runsWithMetric} runs of the task report {front.data.metric}; {front.data.runsWithoutMetric} do not and are on no front.
                </p>
                <ChartCanvas draw={(c) => paretoChart(c, front.data.front, front.data.metric)} deps={[front.data]} label={`Pareto front of ${front.data.task}: ${front.data.metric} against emissions`} testid="chart-pareto" />
                <FigureTable
                  id="pareto"
                  caption={`Pareto front: ${front.data.task}, ${front.data.metric}`}
                  rows={front.data.front}
                  columns={[
                    { label: 'Run', value: (r) => r.label },
                    { label: 'Emissions (kg CO2eq)', numeric: true, value: (r) => r.emissionsKg, cell: (r) => sig(r.emissionsKg) },
                    { label: front.data.metric, numeric: true, value: (r) => r.value, cell: (r) => sig(r.value, 4) },
                  ]}
                />
              </div>
            ) : null}
          </>
        )
      }
    </Section>
  );
}

export function SurveyPage() {
  const { search } = useLocation();
  const project = new URLSearchParams(search).get('project') ?? '';
  const projectQuery = project ? `project=${encodeURIComponent(project)}` : '';
  const q = projectQuery ? `?${projectQuery}` : '';
  const totals = useHub<TotalsAnswer>(`/api/survey/totals${q}`);
  const bySource = useHub<BySource>(`/api/survey/by-source${q}`);
  const byCountry = useHub<ByCountry>(`/api/survey/by-country${q}`);
  const plane = useHub<Plane>(`/api/survey/energy-emissions${q}`);
  const taskYear = useHub<ByTaskYear>(`/api/survey/by-task-year${q}`);
  const metrics = useHub<{ scope: Scope; metrics: MetricRow[] }>(`/api/survey/pareto${q}`);
  const projects = useHub<{ projects: { id: string; name: string; visibility: string }[] }>('/api/projects');
  const scope = totals.state === 'ready' ? totals.data.scope : undefined;
  return (
    <div class="survey">
      <h1>Survey</h1>
      <p class="lead">
        The analyses of <em>Counting Carbon</em> (Luccioni &amp; Hernandez-Garcia, 2023), live on the runs this hub holds
        {scope ? <> — now over <strong data-testid="survey-scope">{scopeText(scope)}</strong></> : null}. A fresh hub holds the survey's own 95 models
        as the public project "Counting Carbon survey"; runs uploaded by the tracker or imported from CodeCarbon join them in their projects.
      </p>
      <div class="field">
        <label for="survey-project">Runs of</label>
        <select
          id="survey-project"
          value={project}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            navigate(v ? `/survey?project=${encodeURIComponent(v)}` : '/survey');
          }}
        >
          <option value="">all public projects</option>
          {projects.state === 'ready'
            ? projects.data.projects.map((p) => (
                <option key={p.id} value={p.name}>
                  {p.name}
                </option>
              ))
            : null}
          {project && !(projects.state === 'ready' && projects.data.projects.some((p) => p.name === project)) ? <option value={project}>{project}</option> : null}
        </select>
      </div>
      <TotalsSection loaded={totals} />
      <SourceSection loaded={bySource} />
      <CountrySection loaded={byCountry} />
      <PlaneSection loaded={plane} />
      <TaskYearSection loaded={taskYear} />
      <ParetoSection list={metrics} projectQuery={projectQuery} />
    </div>
  );
}
