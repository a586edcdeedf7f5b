// Generates packages/core/src/data/hardware-cpus-{intel,amd}.ts from CodeCarbon's CPU datasets in ../shared/data.
// Usage: node scripts/data/gen-cpus.mjs [path/to/shared/data]   (writes the two files, prints counts)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.mjs';

const root = new URL('../..', import.meta.url).pathname;
const shared = process.argv[2] ?? join(root, '..', 'shared', 'data');
const hw = join(shared, 'codecarbon', 'hardware');

const read = (p) =>
  parseCsv(readFileSync(join(hw, p), 'utf8')).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim(), v.trim()])));
const strip = (n) =>
  n.replace(/[®™]/g, '').replace(/\s*\((OEM Only|AF)\)/g, '').replace(/\s+Processor\b/g, '').replace(/\s+/g, ' ').trim();
const num = (s) => { const m = /([\d.]+)/.exec(s ?? ''); return m ? Number(m[1]) : NaN; };
/** A catalogue TDP that may be a range or alternatives ("35-54W", "155W / 170W"): the upper value, and the text when it was one. */
const tdpOf = (s) => {
  const all = (s ?? '').match(/[\d.]+/g)?.map(Number) ?? [];
  return all.length > 1 ? { tdp: Math.max(...all), range: s.trim() } : { tdp: num(s) };
};
const rangeNote = (text, vendor) => `${vendor} lists "${text}"; the TDP method takes the upper value.`;
const int = (s) => { const n = parseInt(s ?? '', 10); return Number.isFinite(n) && n > 0 ? n : null; };
const round = (x) => Math.round(x * 100) / 100;

const ARK = 'Intel ARK product specifications (ark.intel.com), via CodeCarbon cpu dataset (intel_cpu_ark_dataset.csv, MIT)';
const CC_INTEL = 'TDP as listed in CodeCarbon cpu_power.csv (MIT), which compiles Intel ARK and other figures; this model is not in the ARK export; year from the model generation';
const AMD_SERVER = 'AMD EPYC/Opteron processor catalogue (amd.com/en/products/specifications/server-processor), via CodeCarbon cpu dataset (amd_cpu_server_dataset.csv, MIT)';
const AMD_DESKTOP = 'AMD Ryzen/Athlon processor catalogue (amd.com/en/products/specifications/processors), via CodeCarbon cpu dataset (amd_cpu_desktop_dataset.csv, MIT)';
const CC_AMD = 'TDP as listed in CodeCarbon cpu_power.csv (MIT), which compiles AMD product pages and other figures; year from the model generation';

// Custom cloud SKUs written by hand, with their sources and sibling reasoning, in hardware-cpus-cloud.ts: never generated.
const CLOUD_SKUS = new Set([
  'Intel Xeon Platinum 8124M', 'Intel Xeon Platinum 8171M', 'Intel Xeon Platinum 8175M', 'Intel Xeon Platinum 8259CL',
  'Intel Xeon Platinum 8259L', 'Intel Xeon Platinum 8272CL', 'Intel Xeon Platinum 8273CL', 'Intel Xeon Platinum 8275CL',
  'Intel Xeon Platinum 8370C', 'Intel Xeon Platinum 8375C',
].map((n) => n.toLowerCase()));
// Other custom Xeons of cloud providers (suffix C, CL or CY) have no ARK page: their cpu_power.csv TDP is an estimate.
const CUSTOM_XEON = /^Intel Xeon (Gold|Platinum) \d{4}(C|CL|CY)$/;
const CUSTOM_NOTE = "Custom SKU made for a cloud provider, with no Intel ARK page; the TDP is CodeCarbon's cpu_power.csv figure.";

/** name -> { name, tdp, cores, year, cls, source, aliases?, note? } */
function collect() {
  const intel = new Map(), amd = new Map();
  const add = (map, r) => {
    const k = r.name.toLowerCase();
    if (CLOUD_SKUS.has(k)) return;
    if (!map.has(k) && r.tdp > 0 && r.tdp <= 1000 && r.year >= 1990) map.set(k, { basis: 'datasheet', ...r });
  };

  // Intel ARK
  for (const x of read('cpu_dataset_builder/intel_cpu_ark_dataset.csv')) {
    let n = strip(x.cpu_name).replace(/\s+Processor\b/, '').replace(/\bProcessor\s+/, '');
    n = n.replace(/\s+/g, ' ').trim();
    if (/[(),+]|includes/.test(n)) continue;
    const fam = n.split(' ')[1];
    if (!['Xeon', 'Core', 'Celeron', 'Pentium', 'Atom', 'N100', 'N200', 'N50', 'N97'].includes(fam)) continue;
    const yy = /'(\d\d)$/.exec(x.launch_date);
    if (!yy) continue;
    const cls = fam === 'Xeon' ? 'cpu-server' : 'cpu-desktop';
    add(intel, { name: n, tdp: round(num(x.tdp)), cores: int(x.total_cores), year: 2000 + Number(yy[1]), cls, source: ARK });
  }
  // Intel extras from cpu_power.csv (no dates): Core i3/5/7/9 and Xeon Scalable, year from the generation.
  const power = read('cpu_power.csv');
  const coreYear = (model) => {
    // i7-920 (1st gen) .. i9-14900K; 4-digit starting with 1 followed by 0-3 = gen 10-13 mobile (1065G7, 1260P)
    const d = /^(\d+)/.exec(model)?.[1] ?? '';
    let gen;
    if (d.length === 3) gen = 1;
    else if (d.length === 4) gen = d[0] === '1' && '0123'.includes(d[1]) ? Number(d.slice(0, 2)) : Number(d[0]);
    else if (d.length === 5) gen = Number(d.slice(0, 2));
    else return null;
    return { 1: 2009, 2: 2011, 3: 2012, 4: 2013, 5: 2015, 6: 2015, 7: 2017, 8: 2017, 9: 2018, 10: 2019, 11: 2020, 12: 2021, 13: 2022, 14: 2023 }[gen] ?? null;
  };
  for (const x of power) {
    const n = strip(x.Name);
    const tdp = round(num(x.TDP));
    let m = /^Intel Core (i[3579])-(\d{3,5}\w*)$/.exec(n);
    if (m) { const y = coreYear(m[2]); if (y) add(intel, { name: n, tdp, cores: null, year: y, cls: 'cpu-desktop', source: CC_INTEL }); continue; }
    m = /^Intel Core Ultra [3579] ([12])\d\d\w*$/.exec(n);
    if (m) { add(intel, { name: n, tdp, cores: null, year: m[1] === '1' ? 2023 : 2024, cls: 'cpu-desktop', source: CC_INTEL }); continue; }
    m = /^Intel Xeon (Bronze|Silver|Gold|Platinum) (\d)(\d)\d\d[\w+]*$/.exec(n);
    if (m) {
      const y = { 1: 2017, 2: 2019, 3: 2021, 4: 2023, 5: 2023 }[m[3]];
      const custom = CUSTOM_XEON.test(n) ? { basis: 'estimate', note: CUSTOM_NOTE } : {};
      if (y) add(intel, { name: n, tdp, cores: null, year: y, cls: 'cpu-server', source: CC_INTEL, ...custom });
    }
  }

  // AMD server catalogue
  const serverYear = {
    'EPYC 7001 Series': 2017, 'EPYC 7002 Series': 2019, 'EPYC 7003 Series': 2021, 'EPYC 9004 Series': 2022,
    'EPYC 8004 Series': 2023, 'EPYC 4004 Series': 2024, 'EPYC 9005 Series': 2024, 'EPYC 4005 Series': 2025,
    'Opteron 6100 Series': 2010, 'Opteron 6200 Series': 2011, 'Opteron 6300 Series': 2012, 'Opteron 4200 Series': 2011,
    'Opteron 4300 Series': 2012, 'Opteron 3200 Series': 2011, 'Opteron 3300 Series': 2012,
    'Opteron X2100 Series APU': 2014, 'Opteron X1100 Series': 2016,
  };
  const dateYear = (s) => {
    const a = /(\d{4})\s*$/.exec(s ?? ''); if (a) return Number(a[1]);
    const b = /(\d\d)\s*$/.exec(s ?? ''); return b ? 2000 + Number(b[1]) : null;
  };
  for (const x of read('cpu_dataset_builder/amd_cpu_server_dataset.csv')) {
    const n = strip(x.Name);
    const y = dateYear(x['Launch Date']) ?? serverYear[x.Series];
    if (!y) continue;
    const { tdp, range } = tdpOf(x['Default TDP']);
    add(amd, { name: n, tdp, cores: int(x['# of CPU Cores']), year: y, cls: 'cpu-server', source: AMD_SERVER, ...(range ? { note: rangeNote(range, 'AMD') } : {}) });
  }
  const desktopYear = (series) => {
    const s = series.replace('PRO ', '');
    const t = /^Ryzen Threadripper (\d+)/.exec(s);
    if (t) return { 1000: 2017, 2000: 2018, 3000: 2019, 5000: 2022, 7000: 2023, 9000: 2025 }[t[1]] ?? null;
    const tw = /^Ryzen Threadripper (\d+) WX/.exec(s);
    if (tw) return null;
    const r = /^Ryzen (\d+) Series/.exec(s);
    if (r) return { 1000: 2017, 2000: 2018, 3000: 2019, 4000: 2020, 5000: 2021, 6000: 2022, 7000: 2023, 8000: 2024, 9000: 2024, 200: 2025 }[r[1]] ?? null;
    if (/^Ryzen AI Max/.test(s)) return 2025;
    if (/^Ryzen AI 300/.test(s)) return 2024;
    if (s === 'Ryzen Z1') return 2023;
    if (s === 'Ryzen Z2') return 2025;
    const a = /^Athlon (\d+) Series/.exec(s);
    if (a) return { 200: 2018, 300: 2020, 3000: 2019, 5000: 2022, 7000: 2023 }[a[1]] ?? null;
    return null;
  };
  for (const x of read('cpu_dataset_builder/amd_cpu_desktop_dataset.csv')) {
    const n = strip(x.Name);
    const y = dateYear(x['Launch Date']) ?? desktopYear(x.Series.replace(/^Ryzen Threadripper PRO (\d+) WX-Series$/, 'Ryzen Threadripper $1'));
    if (!y || !x['Default TDP']) continue;
    const { tdp, range } = tdpOf(x['Default TDP']);
    add(amd, { name: n, tdp, cores: int(x['# of CPU Cores']), year: y, cls: 'cpu-desktop', source: AMD_DESKTOP, ...(range ? { note: rangeNote(range, 'AMD') } : {}) });
  }
  // AMD extras from cpu_power.csv: EPYC and Ryzen 3/5/7/9 not in the catalogue snapshots.
  for (const x of power) {
    const n = strip(x.Name);
    const tdp = round(num(x.TDP));
    let m = /^AMD EPYC (\d)\d\d(\d)\w*$/.exec(n);
    if (m) {
      const y = { '71': 2017, '72': 2019, '73': 2021, '94': 2022, '95': 2024, '84': 2023, '44': 2024, '45': 2025 }[m[1] + m[2]];
      if (y) add(amd, { name: n, tdp, cores: null, year: y, cls: 'cpu-server', source: CC_AMD });
      continue;
    }
    m = /^AMD Ryzen [3579] (PRO )?(\d)\d\d\d\w*$/.exec(n);
    if (m) {
      const y = { 1: 2017, 2: 2018, 3: 2019, 4: 2020, 5: 2021, 6: 2022, 7: 2023, 8: 2024, 9: 2024 }[m[2]];
      if (y) add(amd, { name: n, tdp, cores: null, year: y, cls: 'cpu-desktop', source: CC_AMD });
    }
  }
  return { intel, amd };
}

// Names the reference tables (mlco2 gpus.csv, the seed paper's Appendix B) use for these CPUs.
const EXTRA = {
  'intel xeon e5-2699 v3': {
    aliases: ['Intel Xeon E5-2699'],
    note: "The calculator's gpus.csv and the seed paper's Appendix B write 'Intel Xeon E5-2699' (145 W) and link the v3 ARK page.",
  },
  'intel xeon e5-2630 v4': { aliases: ['Intel Xeon E5-2630v4'] },
  'intel xeon e5-2697 v2': {
    aliases: ['Intel Xeon E5-2697'],
    note: "The Counting Carbon survey writes 'Intel Xeon E5-2697' and links this v2 part's ARK page (130 W); the v3 and v4 parts are 145 W.",
  },
  'intel xeon e5-2650': {
    note: "The calculator's gpus.csv lists 'Intel Xeon E5-2650' at 105 W but links the E5-2650 v4 page; the original E5-2650 (Sandy Bridge-EP, 2012) is 95 W per ARK.",
  },
};

function emit(file, exportName, header, map, vendor) {
  const groups = new Map();
  for (const r of [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    const shared = r.basis === 'estimate' ? r.note ?? '' : '';
    const k = `${r.source}|${r.year}|${r.cls}|${r.basis}|${shared}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const sources = [...new Set([...map.values()].map((r) => r.source))];
  const srcConst = (s) => `S${sources.indexOf(s)}`;
  let out = `/** ${header} Generated by scripts/data/gen-cpus.mjs; edit the generator, not this file. */\n`;
  out += `import type { HardwareRow } from './schema.ts';\nimport { cpuGroup } from './hardware-group.ts';\n\n`;
  sources.forEach((s, i) => { out += `const S${i} = ${JSON.stringify(s)};\n`; });
  out += `\n/** The rows, built on first call: a function, so that its large literal is compiled only when CPUs are needed. */\n`;
  out += `export function ${exportName}(): HardwareRow[] {\n  return [\n`;
  const keys = [...groups.keys()].sort();
  for (const k of keys) {
    const rows = groups.get(k);
    const { source, year, cls, basis } = rows[0];
    const shared = basis === 'estimate' ? rows[0].note : undefined;
    const groupNote = shared ? `, note: ${JSON.stringify(shared)}` : '';
    out += `    ...cpuGroup({ vendor: '${vendor}', source: ${srcConst(source)}, year: ${year}, embodiedClass: '${cls}', powerBasis: '${basis}'${groupNote} }, [\n`;
    for (const r of rows) {
      const ex = EXTRA[r.name.toLowerCase()] ?? {};
      const note = ex.note ?? (r.note !== shared ? r.note : undefined);
      const aliases = ex.aliases ?? [];
      const parts = [JSON.stringify(r.name), String(r.tdp)];
      if (r.cores != null || note || aliases.length) parts.push(r.cores == null ? 'null' : String(r.cores));
      if (note || aliases.length) { parts.push(JSON.stringify(aliases)); if (note) parts.push(JSON.stringify(note)); }
      out += `      [${parts.join(', ')}],\n`;
    }
    out += `    ]),\n`;
  }
  out += `  ];\n}\n`;
  writeFileSync(join(root, 'packages/core/src/data', file), out);
  const by = {};
  for (const r of map.values()) by[`${r.cls} ${r.basis}`] = (by[`${r.cls} ${r.basis}`] ?? 0) + 1;
  console.log(file, map.size, JSON.stringify(by));
}

const { intel, amd } = collect();
for (const k of Object.keys(EXTRA)) if (!intel.has(k)) throw new Error(`missing CPU for EXTRA: ${k}`);
emit('hardware-cpus-intel.ts', 'intelCpus', 'Intel CPUs (Xeon, Core, Pentium, Celeron, Atom) with TDP, cores and launch year.', intel, 'Intel');
emit('hardware-cpus-amd.ts', 'amdCpus', 'AMD CPUs (EPYC, Opteron, Ryzen, Threadripper, Athlon, A-series) with TDP, cores and launch year.', amd, 'AMD');
