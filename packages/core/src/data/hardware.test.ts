// Tests of the hardware table: schema, unique keys, plausible ranges, and coverage of the reference tables.
import { test } from 'node:test';
import { splitCsvLine } from './reference-data.test-helper.ts';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hardwareRow } from './schema.ts';
import { allHardware } from './hardware.ts';
const hardware = allHardware();

const EMBODIED_CLASSES = new Set([
  'gpu-datacenter', 'gpu-consumer', 'gpu-embedded', 'tpu', 'accelerator', 'cpu-server', 'cpu-desktop', 'soc',
]);
/** Loose key for matching names: case, spaces, dashes and underscores ignored. */
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

function index(): Map<string, (typeof hardware)[number]> {
  const m = new Map<string, (typeof hardware)[number]>();
  for (const r of hardware) for (const k of [r.name, ...r.aliases]) m.set(norm(k), r);
  return m;
}

test('every hardware row parses with the schema and has a known embodied class', () => {
  for (const r of hardware) {
    const p = hardwareRow.safeParse(r);
    assert.ok(p.success, `${r.id}: ${p.success ? '' : p.error.message}`);
    assert.ok(r.embodiedClass && EMBODIED_CLASSES.has(r.embodiedClass), `${r.id}: embodiedClass ${r.embodiedClass}`);
  }
});

test('ids are unique; names and aliases are unique across rows (case, spaces and dashes ignored)', () => {
  const ids = new Set<string>();
  for (const r of hardware) {
    assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const owner = new Map<string, string>();
  for (const r of hardware) {
    for (const k of new Set([r.name, ...r.aliases].map(norm))) {
      const prev = owner.get(k);
      assert.ok(prev === undefined || prev === r.id, `'${k}' names both ${prev} and ${r.id}`);
      owner.set(k, r.id);
    }
  }
});

test('TDP, FLOPS and memory lie in plausible ranges per type', () => {
  const tdp: Record<string, [number, number]> = {
    gpu: [30, 1400], tpu: [100, 1000], cpu: [1, 600], soc: [5, 600], accelerator: [50, 1200], npu: [1, 500],
  };
  for (const r of hardware) {
    const range = tdp[r.type];
    assert.ok(range, `${r.id}: type ${r.type}`);
    assert.ok(r.tdpW >= range[0] && r.tdpW <= range[1], `${r.id}: tdpW ${r.tdpW} outside ${range.join('-')} for ${r.type}`);
    if (r.fp32Tflops !== undefined) assert.ok(r.fp32Tflops >= 0.1 && r.fp32Tflops <= 200, `${r.id}: fp32 ${r.fp32Tflops}`);
    if (r.fp16Tflops !== undefined) assert.ok(r.fp16Tflops >= 0.1 && r.fp16Tflops <= 3000, `${r.id}: fp16 ${r.fp16Tflops}`);
    if (r.memoryGb !== undefined) assert.ok(r.memoryGb >= 1 && r.memoryGb <= 1024, `${r.id}: memory ${r.memoryGb}`);
    if (r.type === 'gpu' && r.fp32Tflops !== undefined) {
      // GFLOPS per watt of fp32 between Kepler (~15) and Ada L4 (~420).
      const eff = (r.fp32Tflops * 1000) / r.tdpW;
      assert.ok(eff > 5 && eff < 500, `${r.id}: ${eff.toFixed(1)} GFLOPS/W fp32`);
    }
    if (r.releaseYear !== undefined) assert.ok(r.releaseYear <= r.year + 1, `${r.id}: source year ${r.year} before release ${r.releaseYear}`);
    assert.ok(r.source.length >= 10, `${r.id}: source '${r.source}'`);
  }
});

test('at least 1,000 CPU models, covering the main server and desktop families', () => {
  const cpus = hardware.filter((r) => r.type === 'cpu');
  assert.ok(cpus.length >= 1000, `only ${cpus.length} CPUs`);
  const families = [
    /^Intel Xeon E3-\d+ v[2-6]$/, /^Intel Xeon E5-\d+ v4$/, /^Intel Xeon E7-\d+ v4$/, /^Intel Xeon E5-\d+$/,
    /^Intel Xeon Bronze 31\d\d/, /^Intel Xeon Silver 41\d\d/, /^Intel Xeon Gold 62\d\d/, /^Intel Xeon Platinum 83\d\d/,
    /^Intel Xeon Platinum 84\d\d/, /^Intel Xeon Platinum 85\d\d/, /^Intel Xeon 6\d{3}/,
    /^Intel Core i3-/, /^Intel Core i5-/, /^Intel Core i7-/, /^Intel Core i9-/,
    /^AMD EPYC 7\d\d1/, /^AMD EPYC 7\d\d2/, /^AMD EPYC 7\d\d3/, /^AMD EPYC 9\d\d4/, /^AMD EPYC 9\d\d5/,
    /^AMD Ryzen [3579] /, /^AMD Ryzen Threadripper/, /^AWS Graviton[234]$/, /^Ampere Altra/, /^NVIDIA Grace/,
  ];
  for (const f of families) assert.ok(cpus.some((r) => f.test(r.name)), `no CPU matches ${f}`);
  for (const r of cpus) assert.ok(r.embodiedClass === 'cpu-server' || r.embodiedClass === 'cpu-desktop', r.id);
  const byName = index();
  assert.equal(byName.get(norm('Intel Xeon Gold 6148'))?.tdpW, 150);
  assert.equal(byName.get(norm('AMD EPYC 7763'))?.tdpW, 280);
  assert.equal(byName.get(norm('AMD EPYC 7763'))?.cores, 64);
});

test('the accelerators in use today are present', () => {
  const byName = index();
  const want = [
    'K80', 'M60', 'P100', 'V100S', 'T4', 'A2', 'A10', 'A10G', 'A16', 'A30', 'A40', 'A100 PCIe 80 GB', 'A100 SXM4 40 GB',
    'H100 PCIe', 'H100 SXM', 'H100 NVL', 'H200 SXM', 'H200 NVL', 'H800', 'H20', 'L4', 'L40', 'L40S', 'B100', 'B200', 'B300',
    'GB200', 'GH200', 'RTX 6000 Ada', 'RTX A6000', 'Quadro RTX 8000', 'GTX 980', 'GTX 1660 Ti', 'RTX 3090', 'RTX 4090',
    'RTX 5090', 'Jetson AGX Orin', 'MI50', 'MI60', 'MI100', 'MI210', 'MI250', 'MI250X', 'MI300X', 'MI300A', 'MI325X',
    'MI355X', 'RX 6900 XT', 'RX 7900 XTX', 'TPU v2', 'TPU v3', 'TPU v4', 'TPU v5e', 'TPU v5p', 'TPU v6e', 'Trillium',
    'Gaudi', 'Gaudi2', 'Gaudi 3', 'Max 1550', 'Trainium', 'Trainium2', 'Inferentia2',
    'M1', 'M1 Pro', 'M1 Max', 'M1 Ultra', 'M2', 'M2 Ultra', 'M3 Max', 'M4', 'M4 Pro', 'M4 Max',
  ];
  for (const n of want) assert.ok(byName.has(norm(n)), `missing ${n}`);
  for (const m of ['M1', 'M2 Ultra', 'M4 Max']) assert.equal(byName.get(norm(m))?.type, 'soc');
  for (const t of ['TPU v4', 'TPU v5e', 'TPU v6e']) assert.match(byName.get(norm(t))?.note ?? '', /measured|estimate|TDP/i);
});

test("'Tesla V100' and 'v100' are the 300 W SXM2 module: 100 h at 500 g/kWh, PUE 1 is 15 kg", () => {
  const byName = index();
  for (const n of ['Tesla V100', 'v100']) {
    const r = byName.get(norm(n));
    assert.ok(r, n);
    assert.equal(r.id, 'nvidia-v100-sxm2-32gb');
    assert.equal(r.tdpW, 300);
    const kg = ((r.tdpW * 100) / 1000) * 500 / 1000;
    assert.equal(kg, 15);
  }
  assert.equal(byName.get(norm('Tesla V100 PCIe 32 GB'))?.tdpW, 250);
  assert.equal(byName.get(norm('RTX2080Ti'))?.tdpW, 250);
  assert.equal(byName.get(norm('TPUv3'))?.type, 'tpu');
});

// Reference data beside the repository (../shared/data); skipped with a reason when absent, except in CI.
const sharedData = new URL('../../../../../shared/data/', import.meta.url);
const haveShared = existsSync(fileURLToPath(sharedData));
const skipReason = haveShared ? false : `reference data not found at ${fileURLToPath(sharedData)}`;
if (!haveShared) {
  if (process.env.CI === 'true') {
    test('reference data is present in CI', () => assert.fail(`${skipReason}`));
  } else console.log(`# skipping reference-data checks: ${skipReason}`);
}


test('every device of mlco2 gpus.csv is present with its TDP, or with a note on the sourced value', { skip: skipReason }, () => {
  const text = readFileSync(fileURLToPath(new URL('mlco2-impact/gpus.csv', sharedData)), 'utf8');
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  assert.ok(head?.startsWith('name,type,tdp_watts'), 'unexpected gpus.csv header');
  const byName = index();
  assert.ok(lines.length >= 40, `only ${lines.length} rows in gpus.csv`);
  for (const line of lines) {
    const [name = '', , tdp = ''] = splitCsvLine(line).map((c) => c.trim());
    const row = byName.get(norm(name));
    assert.ok(row, `gpus.csv device '${name}' not found by name or alias`);
    const csvTdp = Number(tdp);
    if (row.tdpW !== csvTdp) {
      assert.ok(row.note && row.note.length > 20, `'${name}': ${row.tdpW} W here vs ${csvTdp} W in gpus.csv, and no note explains it`);
    }
  }
});

test("every name of the seed paper's Appendix B resolves by alias", { skip: skipReason }, () => {
  const seeds = new URL('../seeds/', sharedData);
  const names = [
    'RTX 2080 Ti', 'RTX 2080', 'GTX 1080 Ti', 'GTX 1080', 'AMD RX480', 'Titan V', 'Tesla V100', 'TPU2', 'TPU3',
    'Intel Xeon E5-2699', 'AGX Xavier',
  ];
  // Where the seed text is present, read the table from it and check that it names the same devices.
  const dir = fileURLToPath(seeds);
  if (existsSync(dir)) {
    const file = readdirSync(dir).find((f) => f.startsWith('001_'));
    if (file) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const at = text.indexOf('Appendix B');
      if (at >= 0) {
        const table = text.slice(at).split('\n').slice(3, 3 + names.length).map((l) => l.split('\t')[0]?.trim());
        assert.deepEqual(table, names);
      }
    }
  }
  const aliasOwner = new Map<string, (typeof hardware)[number]>();
  for (const r of hardware) for (const a of r.aliases) aliasOwner.set(a.toLowerCase(), r);
  for (const n of names) assert.ok(aliasOwner.has(n.toLowerCase()), `Appendix B name '${n}' is not an alias`);
  assert.equal(aliasOwner.get('tesla v100')?.tdpW, 300);
});
