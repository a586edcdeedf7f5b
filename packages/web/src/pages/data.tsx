/** Data: every table with its sources, searchable, and two charts (region intensity by continent, hardware efficiency). */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EmbodiedRow, EnergySourceRow, EquivalentRow, HardwareRow, ProviderRow, RegionRow, ZoneRow } from '@carbontrail/core';
import { Source } from '../components/source.tsx';
import { useCore, type Core } from '../core.ts';
import { sig } from '@carbontrail/core/format';
import { regionGPerKwh } from '../region-intensity.ts';

interface Column<T> {
  label: string;
  numeric?: boolean;
  cell: (row: T, core: Core) => ComponentChildren;
  text: (row: T) => string;
}

interface TableDef<T> {
  id: string;
  label: string;
  rows: (core: Core) => readonly T[];
  columns: Column<T>[];
}

const opt = (v: number | undefined) => (v === undefined ? '' : sig(v));

function def<T>(d: TableDef<T>): TableDef<unknown> {
  return d as unknown as TableDef<unknown>;
}

const tables: TableDef<unknown>[] = [
  def<HardwareRow>({
    id: 'hardware',
    label: 'Hardware',
    rows: (c: Core) => c.builtinTables.hardware,
    columns: [
      { label: 'Name', cell: (r) => r.name, text: (r) => `${r.name} ${r.id} ${r.aliases.join(' ')}` },
      { label: 'Type', cell: (r) => r.type, text: (r) => r.type },
      { label: 'Vendor', cell: (r) => r.vendor, text: (r) => r.vendor },
      { label: 'TDP (W)', numeric: true, cell: (r) => sig(r.tdpW), text: (r) => String(r.tdpW) },
      { label: 'fp32 TFLOPS', numeric: true, cell: (r) => opt(r.fp32Tflops), text: () => '' },
      { label: 'fp16 TFLOPS', numeric: true, cell: (r) => opt(r.fp16Tflops), text: () => '' },
      { label: 'Memory (GB)', numeric: true, cell: (r) => opt(r.memoryGb), text: () => '' },
      { label: 'Source', cell: (r) => <Source source={r.source} year={r.year} />, text: (r) => r.source },
    ],
  }),
  def<RegionRow>({
    id: 'regions',
    label: 'Cloud regions',
    rows: (c: Core) => c.regions,
    columns: [
      { label: 'Provider', cell: (r) => r.provider, text: (r) => r.provider },
      { label: 'Region', cell: (r) => r.region, text: (r) => `${r.region} ${r.name ?? ''} ${r.city ?? ''}` },
      { label: 'Location', cell: (r) => [r.city, r.country].filter(Boolean).join(', '), text: (r) => `${r.country} ${r.continent}` },
      { label: 'g CO2eq/kWh', numeric: true, cell: (r, c) => sig(regionGPerKwh(c, r)), text: () => '' },
      { label: 'PUE', numeric: true, cell: (r) => opt(r.pue), text: () => '' },
      { label: 'Zone', cell: (r) => r.zone ?? '', text: (r) => r.zone ?? '' },
      { label: 'Source', cell: (r) => <Source source={r.source} year={r.year} />, text: (r) => r.source },
    ],
  }),
  def<ZoneRow>({
    id: 'zones',
    label: 'Grid zones',
    rows: (c: Core) => c.zones,
    columns: [
      { label: 'Zone', cell: (r) => r.zone, text: (r) => r.zone },
      { label: 'Name', cell: (r) => r.name, text: (r) => `${r.name} ${r.country} ${r.kind}` },
      { label: 'Year', numeric: true, cell: (r) => String(r.year), text: (r) => String(r.year) },
      { label: 'g CO2eq/kWh', numeric: true, cell: (r) => sig(r.intensityGPerKwh), text: () => '' },
      { label: 'Main source', cell: (r) => r.mainSource ?? '', text: (r) => r.mainSource ?? '' },
      { label: 'Source', cell: (r) => <Source source={r.source} />, text: (r) => r.source },
    ],
  }),
  def<ProviderRow>({
    id: 'providers',
    label: 'Providers',
    rows: (c: Core) => c.providers,
    columns: [
      { label: 'Provider', cell: (r) => r.name, text: (r) => `${r.name} ${r.id}` },
      { label: 'PUE', numeric: true, cell: (r) => opt(r.pue), text: () => '' },
      { label: 'PUE source', cell: (r) => (r.pueSource ? <Source source={r.pueSource} year={r.pueYear} /> : ''), text: () => '' },
      { label: 'Offset share (%)', numeric: true, cell: (r) => sig(r.offsetPercent), text: () => '' },
      { label: 'Offset source', cell: (r) => <Source source={r.offsetSource} year={r.offsetYear} />, text: (r) => r.offsetSource },
    ],
  }),
  def<EnergySourceRow>({
    id: 'sources',
    label: 'Energy sources',
    rows: (c: Core) => c.energySources,
    columns: [
      { label: 'Source', cell: (r) => r.name, text: (r) => r.name },
      { label: 'Renewable', cell: (r) => (r.renewable ? 'yes' : 'no'), text: () => '' },
      { label: 'Low-carbon', cell: (r) => (r.lowCarbon ? 'yes' : 'no'), text: () => '' },
      { label: 'g CO2eq/kWh (range)', numeric: true, cell: (r) => `${sig(r.intensityGPerKwh)} (${sig(r.lowGPerKwh)}–${sig(r.highGPerKwh)})`, text: () => '' },
      { label: 'Reference', cell: (r) => <Source source={r.source} year={r.year} />, text: (r) => r.source },
    ],
  }),
  def<EquivalentRow>({
    id: 'equivalents',
    label: 'Equivalents',
    rows: (c: Core) => c.equivalents,
    columns: [
      { label: 'Equivalent', cell: (r) => r.label, text: (r) => r.label },
      { label: 'kg CO2eq per unit', numeric: true, cell: (r) => `${sig(r.kgPerUnit)} per ${r.unit}`, text: (r) => r.unit },
      { label: 'Source', cell: (r) => <Source source={r.source} year={r.year} />, text: (r) => r.source },
    ],
  }),
  def<EmbodiedRow>({
    id: 'embodied',
    label: 'Embodied',
    rows: (c: Core) => c.embodied,
    columns: [
      { label: 'Device class', cell: (r) => r.label, text: (r) => `${r.label} ${r.id}` },
      { label: 'kg CO2eq (range)', numeric: true, cell: (r) => `${sig(r.embodiedKg)} (${sig(r.lowKg)}–${sig(r.highKg)})`, text: () => '' },
      { label: 'Lifetime (years)', numeric: true, cell: (r) => sig(r.lifetimeYears), text: () => '' },
      { label: 'Source', cell: (r) => <Source source={r.source} year={r.year} />, text: (r) => r.source },
    ],
  }),
];

const pageSize = 200;

function DataTable({ table, core }: { table: TableDef<unknown>; core: Core }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const all = useMemo(() => table.rows(core), [table, core]);
  const matched = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return all;
    return all.filter((row) => {
      const hay = table.columns.map((c) => c.text(row)).join(' ').toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }, [all, query, table]);
  const shown = matched.slice(0, limit);
  return (
    <section aria-labelledby={`t-${table.id}`}>
      <h2 id={`t-${table.id}`}>{table.label}</h2>
      <div class="search-row">
        <div class="field">
          <label for={`search-${table.id}`}>Search {table.label.toLowerCase()}</label>
          <input
            id={`search-${table.id}`}
            type="text"
            value={query}
            autocomplete="off"
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(pageSize);
            }}
          />
        </div>
        <p class="muted" aria-live="polite" data-testid="row-count">
          {matched.length} of {all.length} rows{matched.length > shown.length ? `, showing the first ${shown.length}` : ''}
        </p>
      </div>
      <div class="data-table">
        <table class="stack" data-testid={`table-${table.id}`}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th scope="col" class={c.numeric ? 'num' : undefined} key={c.label}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {table.columns.map((c) => (
                  <td class={c.numeric ? 'num' : undefined} key={c.label} data-label={c.label}>
                    {c.cell(row, core)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matched.length > shown.length ? (
        <button type="button" class="secondary" onClick={() => setLimit(limit + pageSize * 5)}>
          Show more rows
        </button>
      ) : null}
    </section>
  );
}

type ChartsModule = typeof import('../charts/charts.ts');

function Charts({ core }: { core: Core }) {
  const regionCanvas = useRef<HTMLCanvasElement>(null);
  const effCanvas = useRef<HTMLCanvasElement>(null);
  const [precision, setPrecision] = useState<'fp32' | 'fp16'>('fp32');
  const [mod, setMod] = useState<ChartsModule>();
  const [error, setError] = useState('');
  useEffect(() => {
    import('../charts/charts.ts').then(setMod, (e: unknown) => setError(String(e)));
  }, []);
  useEffect(() => {
    if (!mod || !regionCanvas.current) return;
    const chart = mod.regionIntensityChart(regionCanvas.current, core.regions, (r) => regionGPerKwh(core, r));
    return () => chart.destroy();
  }, [mod, core]);
  useEffect(() => {
    if (!mod || !effCanvas.current) return;
    const chart = mod.efficiencyChart(effCanvas.current, core.builtinTables.hardware, precision);
    return () => chart.destroy();
  }, [mod, core, precision]);
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      {error ? <p class="error">Could not load the charts: {error}</p> : null}
      <p class="muted">
        Each cloud region's grid intensity, grouped by continent: the spread within a continent is as large as the spread between
        them.
      </p>
      <div class="chart-box">
        <canvas ref={regionCanvas} role="img" aria-label="Carbon intensity of cloud regions by continent" data-testid="chart-regions" />
      </div>
      <div class="modes" role="radiogroup" aria-label="Precision">
        {(['fp32', 'fp16'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="precision" checked={precision === p} onChange={() => setPrecision(p)} /> {p}
          </label>
        ))}
      </div>
      <div class="chart-box tall">
        <canvas ref={effCanvas} role="img" aria-label={`Hardware efficiency in GFLOPS per watt, ${precision}`} data-testid="chart-efficiency" />
      </div>
    </section>
  );
}

export function DataPage() {
  const { core, error } = useCore({ cpus: true });
  const [tab, setTab] = useState('hardware');
  const table = tables.find((t) => t.id === tab) ?? tables[0]!;
  return (
    <div class="data">
      <h1>Data</h1>
      <p class="lead">
        The tables behind every figure, each row with its source and year. They ship with the app; nothing is fetched from
        elsewhere. Found a wrong value? The same tables are listed by <code>carbontrail data</code>.
      </p>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {!core ? (
        <p class="loading">Loading the tables…</p>
      ) : (
        <>
          <div class="tabs" role="tablist" aria-label="Tables">
            {tables.map((t) => (
              <button
                type="button"
                role="tab"
                key={t.id}
                id={`tab-${t.id}`}
                aria-selected={t.id === tab ? 'true' : 'false'}
                aria-controls="table-panel"
                onClick={() => setTab(t.id)}
              >
                {t.label} ({t.rows(core).length})
              </button>
            ))}
          </div>
          <div id="table-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <DataTable key={table.id} table={table} core={core} />
          </div>
          <Charts core={core} />
        </>
      )}
    </div>
  );
}
