/** `carbontrail data`: list and search the data tables, with their sources. */
import { builtinTables, inputRanges, intensityFor, resolveLocation, sig } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { searchRows, type Searchable } from './data-search.ts';

const TABLES = ['hardware', 'regions', 'zones', 'sources', 'equivalents', 'providers', 'embodied', 'defaults'] as const;
type TableName = (typeof TABLES)[number];

interface View<R> extends Searchable<R> {
  rows: () => readonly R[];
  /** The header line of the text listing, aligned with `line`. */
  header: string;
  /** Columns of the text listing. */
  line: (r: R) => string;
  /** The row as JSON prints it (the stored row when absent). */
  json?: (r: R) => object;
}

/** Short words for a hardware row's power basis. */
const BASIS: Record<string, string> = { datasheet: 'datasheet', 'measured-average': 'measured avg', estimate: 'estimate' };

type T = typeof builtinTables;
type Hw = T['hardware'][number];
type Region = T['regions'][number];
type Zone = T['zones'][number];
type Source = T['energySources'][number];
type Equivalent = T['equivalents'][number];
type Provider = T['providers'][number];
type Embodied = T['embodied'][number];
type Default = T['defaults'][number];

const hardware: View<Hw> = {
  rows: () => builtinTables.hardware,
  names: (r) => [r.name, r.id, ...r.aliases],
  words: (r) => [r.name, r.id, r.vendor, r.type, ...r.aliases],
  haystack: (r) => [r.name, r.id, r.vendor, r.type, ...r.aliases].join(' '),
  header: `${'name'.padEnd(38)} ${'type'.padEnd(4)} ${'power'.padStart(7)} ${'basis'.padEnd(12)} ${'fp32 TFLOPS'.padStart(11)}  source (year)`,
  line: (r) =>
    `${r.name.padEnd(38)} ${r.type.padEnd(4)} ${`${sig(r.tdpW)} W`.padStart(7)} ${(BASIS[r.powerBasis] ?? r.powerBasis).padEnd(12)} ${(r.fp32Tflops ? sig(r.fp32Tflops) : '').padStart(11)}  ${r.source} (${r.year})`,
};
/** A region's grid intensity as the model prices it: the newest year of its zone (a region has no intensity of its own). */
function regionIntensity(r: Region) {
  return intensityFor(resolveLocation({ provider: r.provider, region: r.region }));
}

const regions: View<Region> = {
  rows: () => builtinTables.regions,
  names: (r) => [`${r.provider}/${r.region}`, r.region, r.name ?? '', ...r.aliases].filter(Boolean),
  words: (r) => [`${r.provider}/${r.region}`, r.name ?? '', r.city ?? '', r.country, r.zone ?? '', r.continent, ...r.aliases],
  codes: (r) => [r.country, r.zone ?? ''],
  haystack: (r) => [r.provider, r.region, r.name ?? '', r.city ?? '', r.country, r.zone ?? '', r.continent, ...r.aliases].join(' '),
  header: `${'provider/region'.padEnd(34)} ${'cc'.padEnd(3)} ${'intensity'.padStart(12)} ${'zone year'.padEnd(16)} ${'PUE'.padEnd(8)}  source (year)`,
  line: (r) => {
    const i = regionIntensity(r);
    return `${`${r.provider}/${r.region}`.padEnd(34)} ${r.country.padEnd(3)} ${`${sig(i.gPerKwh)} g/kWh`.padStart(12)} ${`${i.zone ?? ''} ${i.year ?? ''}`.padEnd(16)} ${(r.pue ? `PUE ${r.pue}` : '').padEnd(8)}  ${r.source} (${r.year})`;
  },
  json: (r) => {
    const i = regionIntensity(r);
    return { ...r, intensity: { gPerKwh: i.gPerKwh, low: i.low, high: i.high, zone: i.zone, year: i.year, basis: i.basis, row: i.provenance.row, source: i.source } };
  },
};
const zones: View<Zone> = {
  rows: () => builtinTables.zones,
  names: (r) => [r.zone, r.name],
  words: (r) => [r.zone, r.name, r.country, r.kind, r.mainSource ?? '', String(r.year)],
  codes: (r) => [r.zone, r.country],
  haystack: (r) => [r.zone, r.name, r.country, r.kind, r.mainSource ?? '', String(r.year)].join(' '),
  header: `${'zone'.padEnd(14)} ${'name'.padEnd(28)} ${'year'} ${'intensity'.padStart(12)}  ${'main'.padEnd(7)} source`,
  line: (r) =>
    `${r.zone.padEnd(14)} ${r.name.slice(0, 28).padEnd(28)} ${String(r.year)} ${`${sig(r.intensityGPerKwh)} g/kWh`.padStart(12)}  ${(r.mainSource ?? '').padEnd(7)} ${r.source}`,
};
const sources: View<Source> = {
  rows: () => builtinTables.energySources,
  names: (r) => [r.id, r.name],
  haystack: (r) => `${r.id} ${r.name}`,
  header: `${'source'.padEnd(14)} ${'median'.padStart(12)} (range)  kind  source (year)`,
  line: (r) =>
    `${r.name.padEnd(14)} ${`${sig(r.intensityGPerKwh)} g/kWh`.padStart(12)} (${sig(r.lowGPerKwh)}–${sig(r.highGPerKwh)})  ${r.renewable ? 'renewable' : r.lowCarbon ? 'low-carbon' : 'fossil'}  ${r.source} (${r.year})`,
};
const equivalents: View<Equivalent> = {
  rows: () => builtinTables.equivalents,
  names: (r) => [r.id, r.label],
  haystack: (r) => `${r.id} ${r.label}`,
  header: `${'id'.padEnd(20)} ${'CO2eq per unit'.padEnd(22)} what; source (year)`,
  line: (r) => `${r.id.padEnd(20)} ${`${sig(r.kgPerUnit, 4)} kg/${r.unit}`.padEnd(22)} ${r.label}; ${r.source} (${r.year})`,
};
const providers: View<Provider> = {
  rows: () => builtinTables.providers,
  names: (r) => [r.id, r.name],
  haystack: (r) => `${r.id} ${r.name}`,
  header: `${'id'.padEnd(12)} ${'name'.padEnd(28)} ${'PUE'.padEnd(9)} ${'offset'.padEnd(12)} source (year)`,
  line: (r) =>
    `${r.id.padEnd(12)} ${r.name.padEnd(28)} PUE ${r.pue !== undefined ? String(r.pue).padEnd(5) : '—'.padEnd(5)} offset ${String(r.offsetPercent).padStart(3)} %  ${r.offsetSource} (${r.offsetYear})`,
};
const embodied: View<Embodied> = {
  rows: () => builtinTables.embodied,
  names: (r) => [r.id, r.label],
  haystack: (r) => `${r.id} ${r.label}`,
  header: `${'class'.padEnd(16)} ${'per device (range)'.padEnd(22)} ${'life'.padEnd(5)} ${'use'.padStart(4)}  ${'host'.padEnd(18)} source (year)`,
  line: (r) =>
    `${r.id.padEnd(16)} ${`${sig(r.embodiedKg)} kg (${sig(r.lowKg)}–${sig(r.highKg)})`.padEnd(22)} ${`${r.lifetimeYears} y`.padEnd(5)} ${`${Math.round(r.utilisation * 100)} %`.padStart(4)}  ${(r.host ? `1/${r.host.devicesPerHost} ${r.host.classId}` : '').padEnd(18)} ${r.source} (${r.year})`,
};
const defaults: View<Default> = {
  rows: () => builtinTables.defaults,
  names: (r) => [r.id, r.label],
  haystack: (r) => `${r.id} ${r.label}`,
  header: `${'id'.padEnd(26)} ${'value'.padEnd(14)} what; source (year)`,
  line: (r) => `${r.id.padEnd(26)} ${`${r.value} ${r.unit}`.padEnd(14)} ${r.label}; ${r.source} (${r.year})`,
};

const views = { hardware, regions, zones, sources, equivalents, providers, embodied, defaults } as unknown as Record<TableName, View<object>>;

export const dataCommand = defineCommand({
  name: 'data',
  synopsis: 'TABLE [QUERY] [--format text|json] [--limit N] [--year YEAR]',
  description: `Lists the rows of a data table, each with its source and year. QUERY finds rows by name: exact
names first (an id, name, alias or zone key), then rows where each word of QUERY begins a word of their
names; a two-letter upper-case QUERY that is a zone key or country code ("DE") finds exactly those rows.

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
    let rows = searchRows(view.rows(), query, view);
    if (flags.year !== undefined) rows = rows.filter((r) => (r as { year: number }).year === flags.year);
    if (flags.format === 'json') {
      io.stdout.write(`${JSON.stringify(view.json ? rows.map(view.json) : rows, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stderr.write(`no ${table} row matches "${query}"\n`);
      return 1;
    }
    const limit = flags.limit ?? 50;
    const shown = [view.header, ...rows.slice(0, limit).map((r) => view.line(r))];
    if (rows.length > limit) shown.push(`… ${rows.length - limit} more (use --limit or a query)`);
    io.stdout.write(`${shown.join('\n')}\n`);
    return 0;
  },
});
