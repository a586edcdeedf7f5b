// Builds zones-countries.ts (every country, 2000-2024) and zones-world.ts (the world average) of packages/core/src/data
// from Our World in Data's life-cycle carbon intensity of electricity (indicator carbon_intensity_elec, from Ember).
// Run: node --import tsx scripts/data/geo-build-countries.mjs --owid PATH
// PATH is one of: OWID's chart download of ourworldindata.org/grapher/carbon-intensity-electricity (CSV: Entity, Code,
// Year, value), owid/energy-data's owid-energy-data.csv (columns iso_code, year, carbon_intensity_elec), or a JSON file
// {rows: [{iso2 | iso3, year, gPerKwh}]}. The series is not reference data in ../shared, so it is named on the command
// line; geo-build.mjs builds the other tables without it. Each country's largest source of generation still comes from
// ../shared/data (CodeCarbon's global_energy_mix.json, the OWID energy mix of that country's latest year there).
//
// The committed tables were built from the chart download of the Ember 2025 release (data to 2024; the latest year is
// 2022, 2023 or 2024 depending on the country), read from a verbatim third-party copy of the chart CSV (sha256
// 05cc6725…). It was cross-checked against the official owid/energy-data CSV (commit e7897aed, the newer Ember 2026
// release): values agree where that release did not revise them (World 2000-2005 within 0.01, Germany 2000-2012 within
// 0.05; the 2026 release revises 2023-2024 by up to about 2 %). Published zeros (Burundi 2000-2009 and 2012, Central
// African Republic 2013-2022: tiny hydro systems whose emissions round to 0.00 Mt) are treated as missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { byAlpha3, continentOf } from './geo-countries.mjs';
import { parseCsv } from './csv.mjs';
import { describeJump, jumps } from './geo-plausibility.mjs';

const args = process.argv.slice(2);
const owidPath = args[args.indexOf('--owid') + 1];
if (!args.includes('--owid') || !owidPath) {
  console.error('usage: node --import tsx scripts/data/geo-build-countries.mjs --owid PATH (OWID chart CSV, owid-energy-data.csv or JSON)');
  process.exit(2);
}
const shared = new URL('../../../shared/data/', import.meta.url);
const out = new URL('../../packages/core/src/data/', import.meta.url);
const round = (x) => Math.round(x * 10) / 10;
const q = (s) => JSON.stringify(s);

// ---------------------------------------------------------------- read the series: alpha-2 (or WORLD) → Map(year → g)
const text = readFileSync(owidPath, 'utf8').replace(/^\uFEFF/, '');
const alpha2Of = (code) => (code === 'OWID_WRL' ? 'WORLD' : code === 'OWID_KOS' ? 'XK' : byAlpha3.get(code)?.alpha2);
const records = [];
if (text.trimStart().startsWith('{')) {
  for (const r of JSON.parse(text).rows) records.push({ code: r.iso2 ?? alpha2Of(r.iso3), name: r.name, year: r.year, g: r.gPerKwh });
} else {
  const rows = parseCsv(text);
  const head = Object.keys(rows[0] ?? {});
  if (head.includes('carbon_intensity_elec')) {
    for (const r of rows) records.push({ code: alpha2Of(r.iso_code), name: r.country, year: Number(r.year), g: r.carbon_intensity_elec === '' ? null : Number(r.carbon_intensity_elec) });
  } else {
    const col = head.find((h) => /carbon intensity/i.test(h));
    if (!col) throw new Error(`no carbon intensity column in ${owidPath}`);
    for (const r of rows) records.push({ code: alpha2Of(r.Code), name: r.Entity, year: Number(r.Year), g: Number(r[col]) });
  }
}
const series = new Map(); // code → { name, values: Map(year → g) }
for (const r of records) {
  if (!r.code || r.g === null || Number.isNaN(r.g) || r.year < 2000) continue;
  if (r.g === 0) continue; // a published zero is a rounding artefact of a tiny grid: no data
  const s = series.get(r.code) ?? { name: r.name, values: new Map() };
  s.values.set(r.year, round(r.g));
  series.set(r.code, s);
}
const world = series.get('WORLD');
if (!world) throw new Error('the series has no World row (OWID_WRL)');
series.delete('WORLD');

// ---------------------------------------------------------------- main source per country (CodeCarbon's OWID mix)
const mix = JSON.parse(readFileSync(new URL('codecarbon/private_infra/global_energy_mix.json', shared), 'utf8'));
const main = new Map(); // alpha-2 → { year, source, name }
for (const [a3, e] of Object.entries(mix)) {
  const a2 = byAlpha3.get(a3)?.alpha2;
  if (!a2) throw new Error(`no alpha-2 for ${a3}`);
  const gen = {
    coal: e.coal_TWh, gas: e.gas_TWh, oil: e.oil_TWh, nuclear: e.nuclear_TWh, hydro: e.hydroelectricity_TWh,
    wind: e.wind_TWh, solar: e.solar_TWh, biomass: e.biofuel_TWh, geothermal: e.other_renewable_exc_biofuel_TWh,
  };
  const top = Object.entries(gen).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
  main.set(a2, { year: e.year, source: top, name: e.country_name });
}

// ---------------------------------------------------------------- plausibility notes
const special = {
  'LT 2010': 'Lithuania closed the Ignalina nuclear plant at the end of 2009 and replaced its output with gas and imports',
};
const generic =
  'as published by OWID/Ember and kept, not smoothed: a small or hydro-dependent system, where rainfall or a single plant moves the yearly average and small generation figures (rounded to 0.01 TWh) make the value coarse';
const notes = [];
const noteFor = (code, values) => {
  for (const j of jumps([...values])) notes.push([code, j.year, describeJump(j)]);
};

// ---------------------------------------------------------------- zones-countries.ts
const source =
  'Our World in Data, "Carbon intensity of electricity generation" (ourworldindata.org/grapher/carbon-intensity-electricity; owid/energy-data column carbon_intensity_elec), from Ember (2025), Yearly Electricity Data and Yearly Electricity Data Europe, and Energy Institute, Statistical Review of World Energy (2024): life-cycle gCO2eq per kWh generated (upstream fuel supply, construction and all greenhouse gases as CO2eq, per the OWID/Ember methodology; imports excluded), Ember 2025 release';
const mainText =
  'largest source of generation that year: Our World in Data energy mix (Ember and Energy Institute data) as packaged in CodeCarbon global_energy_mix.json (v3.3.0); "geothermal" stands for other renewables excluding bioenergy';
const rows = [];
let missingMain = 0;
for (const [code, s] of [...series].sort((a, b) => a[0].localeCompare(b[0]))) {
  const continent = continentOf.get(code);
  if (!continent) throw new Error(`no continent for ${code}`);
  const years = [...s.values.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const values = [];
  for (let y = first; y <= last; y++) values.push(s.values.has(y) ? s.values.get(y) : null);
  const m = main.get(code);
  const mainYear = m?.source && s.values.has(m.year) ? m.year : null;
  if (m?.source && !mainYear) { missingMain++; console.log(`  main source year ${m.year} of ${code} is not in the series`); }
  rows.push({ code, name: m?.name ?? s.name, continent, first, values, mainYear, main: mainYear ? m.source : null });
  noteFor(code, s.values);
}
{
  let ts = `/** Every country's grid carbon intensity by year (life-cycle, OWID / Ember), with its largest source of generation. Generated by scripts/data/geo-build-countries.mjs (--owid: the OWID series); edit the script, not this file. */\n`;
  ts += `import type { ZoneRow, Continent, EnergySourceId } from './schema.ts';\n\n`;
  ts += `const source =\n  ${q(source)};\nconst mainText =\n  ${q(mainText)};\n\n`;
  ts += `// zone (ISO alpha-2; XK Kosovo), name, continent, first year, gCO2eq/kWh for each year from the first (null: not published), year of the main source, main source\n`;
  ts += `const series: [string, string, Continent, number, (number | null)[], number | null, EnergySourceId | null][] = [\n`;
  for (const r of rows) ts += `  [${q(r.code)}, ${q(r.name)}, ${q(r.continent)}, ${r.first}, [${r.values.map((v) => (v === null ? 'null' : v)).join(', ')}], ${r.mainYear ?? 'null'}, ${r.main ? q(r.main) : 'null'}],\n`;
  ts += `];\n\n`;
  ts += `// Values at least twice (and 20 g/kWh) above or below the previous year with data, and why each is kept. "zone year" → jump\n`;
  ts += `const kept =\n  ${q(generic)};\nconst reasons: Record<string, string> = ${JSON.stringify(special)};\n`;
  ts += `const jumps: Record<string, string> = {\n`;
  for (const [code, year, note] of notes) ts += `  ${q(`${code} ${year}`)}: ${q(note)},\n`;
  ts += `};\n\n`;
  ts += `/** One row per country and year with data (kind 'country', area 'country', basis 'life-cycle'). */\n`;
  ts += `export const countryZones: readonly ZoneRow[] = series.flatMap(([zone, name, continent, first, values, mainYear, main]) =>\n`;
  ts += `  values.flatMap((g, i) => {\n    if (g === null) return [];\n    const year = first + i;\n    const key = \`\${zone} \${year}\`;\n    const jump = jumps[key];\n    const withMain = main !== null && year === mainYear;\n`;
  ts += `    return [{\n      zone, name, country: zone, kind: 'country' as const, area: 'country' as const, basis: 'life-cycle' as const, year, intensityGPerKwh: g, continent,\n`;
  ts += `      source: withMain ? \`\${source}; \${mainText}\` : source, ...(withMain && main ? { mainSource: main } : {}), ...(jump ? { note: \`\${jump}: \${reasons[key] ?? kept}.\` } : {}),\n    }];\n  }),\n);\n`;
  writeFileSync(new URL('zones-countries.ts', out), ts);
}

// ---------------------------------------------------------------- zones-world.ts
{
  const years = [...world.values.keys()].sort((a, b) => a - b);
  years.forEach((y, i) => { if (y !== years[0] + i) throw new Error(`gap in the World series at ${y}`); });
  const wj = jumps([...world.values]);
  if (wj.length) throw new Error(`the World series jumps: ${wj.map(describeJump).join('; ')}`);
  const worldSource =
    'Our World in Data, "Carbon intensity of electricity generation", entity World (OWID_WRL; the same figure as Ember\'s World aggregate), from Ember (2025), Yearly Electricity Data, and Energy Institute, Statistical Review of World Energy (2024): life-cycle gCO2eq per kWh generated, Ember 2025 release; coal is the largest source of world generation in every year (Ember)';
  let ts = `/** The world-average grid carbon intensity by year (life-cycle, OWID / Ember). Generated by scripts/data/geo-build-countries.mjs (--owid: the OWID series); edit the script, not this file. */\n`;
  ts += `import type { ZoneRow } from './schema.ts';\n\n`;
  ts += `const source =\n  ${q(worldSource)};\n\n`;
  ts += `// gCO2eq/kWh for each year from ${years[0]}\nconst first = ${years[0]};\nconst values = [${years.map((y) => world.values.get(y)).join(', ')}];\n\n`;
  ts += `/** One row per year (zone 'WORLD', kind 'world', basis 'life-cycle'). */\n`;
  ts += `export const worldZones: readonly ZoneRow[] = values.map((g, i) => ({\n  zone: 'WORLD', name: 'World', country: 'WORLD', kind: 'world', area: 'world', basis: 'life-cycle', year: first + i, intensityGPerKwh: g, mainSource: 'coal', source,\n}));\n`;
  writeFileSync(new URL('zones-world.ts', out), ts);
  console.log(`world ${years[0]}-${years[years.length - 1]}: ${years.map((y) => world.values.get(y)).join(' ')}`);
}
const rowCount = rows.reduce((a, r) => a + r.values.filter((v) => v !== null).length, 0);
console.log(`countries ${rows.length} (${rowCount} rows), jump notes ${notes.length}, countries whose main-source year is not in the series ${missingMain}`);
for (const [a2] of main) if (!series.has(a2)) console.log(`  in the energy mix but not in the series: ${a2}`);
