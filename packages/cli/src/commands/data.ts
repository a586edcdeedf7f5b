/** `carbontrail data`: list and search the data tables, with their sources. */
import { builtinTables, inputRanges, intensityFor, nameTokens, resolveLocation, sig } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';

const TABLES = ['hardware', 'regions', 'zones', 'sources', 'equivalents', 'providers', 'embodied', 'defaults'] as const;
type TableName = (typeof TABLES)[number];

interface View {
  rows: () => readonly object[];
  /** Text a query is matched against. */
  haystack: (r: never) => string;
  /** Columns of the text listing. */
  line: (r: never) => string;
}

type T = typeof builtinTables;
const views: Record<TableName, View> = {
  hardware: {
    rows: () => builtinTables.hardware,
    haystack: (r: T['hardware'][number]) => [r.name, r.id, r.vendor, r.type, ...r.aliases].join(' '),
    line: (r: T['hardware'][number]) =>
      `${r.name.padEnd(38)} ${r.type.padEnd(4)} ${`${sig(r.tdpW)} W`.padStart(7)}  ${r.fp32Tflops ? `${sig(r.fp32Tflops)} TFLOPS fp32`.padStart(17) : ''.padStart(17)}  ${r.source} (${r.year})`,
  },
  regions: {
    rows: () => builtinTables.regions,
    haystack: (r: T['regions'][number]) => [r.provider, r.region, r.name ?? '', r.city ?? '', r.country, r.zone ?? '', r.continent, ...r.aliases].join(' '),
    line: (r: T['regions'][number]) =>
      // TODO(model): a region's intensity is its grid zone's, priced as the model prices the region (latest year).
      `${`${r.provider}/${r.region}`.padEnd(34)} ${r.country.padEnd(3)} ${`${sig(intensityFor(resolveLocation({ provider: r.provider, region: r.region })).gPerKwh)} g/kWh`.padStart(12)}  ${r.pue ? `PUE ${r.pue}` : ''.padEnd(8)}  ${r.source} (${r.year})`,
  },
  zones: {
    rows: () => builtinTables.zones,
    haystack: (r: T['zones'][number]) => [r.zone, r.name, r.country, r.kind, r.mainSource ?? '', String(r.year)].join(' '),
    line: (r: T['zones'][number]) =>
      `${r.zone.padEnd(14)} ${r.name.slice(0, 28).padEnd(28)} ${String(r.year)} ${`${sig(r.intensityGPerKwh)} g/kWh`.padStart(12)}  ${(r.mainSource ?? '').padEnd(7)} ${r.source}`,
  },
  sources: {
    rows: () => builtinTables.energySources,
    haystack: (r: T['energySources'][number]) => `${r.id} ${r.name}`,
    line: (r: T['energySources'][number]) =>
      `${r.name.padEnd(14)} ${`${sig(r.intensityGPerKwh)} g/kWh`.padStart(12)} (${sig(r.lowGPerKwh)}–${sig(r.highGPerKwh)})  ${r.renewable ? 'renewable' : r.lowCarbon ? 'low-carbon' : 'fossil'}  ${r.source} (${r.year})`,
  },
  equivalents: {
    rows: () => builtinTables.equivalents,
    haystack: (r: T['equivalents'][number]) => `${r.id} ${r.label}`,
    line: (r: T['equivalents'][number]) => `${r.id.padEnd(20)} ${`${sig(r.kgPerUnit, 4)} kg/${r.unit}`.padEnd(22)} ${r.label}; ${r.source} (${r.year})`,
  },
  providers: {
    rows: () => builtinTables.providers,
    haystack: (r: T['providers'][number]) => `${r.id} ${r.name}`,
    line: (r: T['providers'][number]) =>
      `${r.id.padEnd(12)} ${r.name.padEnd(28)} PUE ${r.pue !== undefined ? String(r.pue).padEnd(5) : '—'.padEnd(5)} offset ${String(r.offsetPercent).padStart(3)} %  ${r.offsetSource} (${r.offsetYear})`,
  },
  embodied: {
    rows: () => builtinTables.embodied,
    haystack: (r: T['embodied'][number]) => `${r.id} ${r.label}`,
    line: (r: T['embodied'][number]) =>
      `${r.id.padEnd(16)} ${`${sig(r.embodiedKg)} kg (${sig(r.lowKg)}–${sig(r.highKg)})`.padEnd(22)} ${r.lifetimeYears} y  ${r.source} (${r.year})`,
  },
  defaults: {
    rows: () => builtinTables.defaults,
    haystack: (r: T['defaults'][number]) => `${r.id} ${r.label}`,
    line: (r: T['defaults'][number]) => `${r.id.padEnd(26)} ${`${r.value} ${r.unit}`.padEnd(14)} ${r.label}; ${r.source} (${r.year})`,
  },
};

function matches(haystack: string, query: string): boolean {
  const hay = nameTokens(haystack);
  const q = nameTokens(query);
  if (q.length === 0) return haystack.toLowerCase().includes(query.toLowerCase());
  return q.every((t) => hay.some((h) => h.startsWith(t)));
}

export const dataCommand = defineCommand({
  name: 'data',
  synopsis: 'TABLE [QUERY] [--format text|json] [--limit N] [--year YEAR]',
  description: `Lists the rows of a data table, each with its source and year; QUERY keeps the rows whose names
contain every word of it (as a word prefix).

Tables: ${TABLES.join(', ')}`,
  flags: {
    format: { type: 'choice', short: 'f', choices: ['text', 'json'] as const, default: 'text', help: 'output format (JSON prints every matching row)' },
    limit: { type: 'number', range: { min: 1, max: 100_000, integer: true, what: 'rows' }, value: 'N', help: 'rows shown in text (default 50)' },
    year: { type: 'number', range: inputRanges.year, value: 'YEAR', help: 'zones only: rows of that year' },
  },
  positionals: true,
  examples: ['carbontrail data hardware a100', 'carbontrail data regions europe --format json', 'carbontrail data zones US-CAL --year 2021'],
  async run({ flags, positionals }, io) {
    const [table, ...rest] = positionals;
    if (table === undefined) throw new UsageError(`missing TABLE: one of ${TABLES.join(', ')}`);
    if (!(TABLES as readonly string[]).includes(table)) throw new UsageError(`unknown table "${table}": expected one of ${TABLES.join(', ')}`);
    if (flags.year !== undefined && table !== 'zones') throw new UsageError('--year applies to the zones table only');
    const query = rest.join(' ').trim();
    const view = views[table as TableName];
    let rows = view.rows().filter((r) => query === '' || matches(view.haystack(r as never), query));
    if (flags.year !== undefined) rows = rows.filter((r) => (r as { year: number }).year === flags.year);
    if (flags.format === 'json') {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stderr.write(`no ${table} row matches "${query}"\n`);
      return 1;
    }
    const limit = flags.limit ?? 50;
    const shown = rows.slice(0, limit).map((r) => view.line(r as never));
    if (rows.length > limit) shown.push(`… ${rows.length - limit} more (use --limit or a query)`);
    io.stdout.write(`${shown.join('\n')}\n`);
    return 0;
  },
});
