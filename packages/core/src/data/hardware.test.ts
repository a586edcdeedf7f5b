// Tests of the hardware table: schema, unique keys, plausible ranges, and coverage of the reference tables.
import { test } from 'node:test';
import { parseCsv, splitCsvLine } from './reference-data.test-helper.ts';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hardwareRow } from './schema.ts';
import { allHardware } from './hardware.ts';
import { unresolvableHardware } from './hardware-unresolvable.ts';
import { findHardware, matchCpuModel } from '../model/hardware-lookup.ts';
import { POWER_BASES } from '../vocabulary.ts';
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

test('every row says what its power is; estimates and measured averages give their reasoning in one short sentence', () => {
  const count: Record<string, number> = {};
  for (const r of hardware) {
    assert.ok((POWER_BASES as readonly string[]).includes(r.powerBasis), `${r.id}: powerBasis ${r.powerBasis}`);
    count[r.powerBasis] = (count[r.powerBasis] ?? 0) + 1;
    if (r.powerBasis === 'datasheet') continue;
    const note = r.note ?? '';
    assert.ok(note.length >= 30, `${r.id}: a ${r.powerBasis} row needs a note with its reasoning`);
    assert.ok(note.length <= 240, `${r.id}: note too long for a result line (${note.length} characters)`);
    assert.ok(!/[.;!?]\s+[A-Z]/.test(note.replace(/\bet al\./g, 'et al')), `${r.id}: note is more than one sentence: ${note}`);
  }
  assert.ok((count['estimate'] ?? 0) >= 40 && (count['measured-average'] ?? 0) === 2, JSON.stringify(count));
  const basis = (name: string) => findHardware(name).powerBasis;
  // A maker's datasheet figure is not an estimate (the V100's 300 W), and the guesses are.
  for (const n of ['Tesla V100', 'A100', 'H100', 'MI300X', 'Gaudi2', 'M2 Ultra', 'TPU v4']) assert.equal(basis(n), 'datasheet', n);
  for (const n of ['TPU v5e', 'TPU v5p', 'TPU v6e', 'Trainium', 'Trainium2', 'Inferentia', 'Inferentia2', 'A10G', 'H20', 'B300', 'Graviton2', 'M1 Pro', 'M3 Max']) {
    assert.equal(basis(n), 'estimate', n);
  }
  for (const [n, w] of [['TPU v2', 221], ['TPU v3', 283]] as const) {
    const r = findHardware(n);
    assert.equal(r.powerBasis, 'measured-average', n);
    assert.equal(r.tdpW, w, n);
    assert.match(r.note ?? '', /Patterson et al\. 2021/);
  }
  assert.match(findHardware('TPU v2').note ?? '', /TPU2 at 250 W/);
  assert.match(findHardware('TPU v3').note ?? '', /TPU3 at 200 W/);
});

test('corrected rows: Apple M3 Ultra and M4 Max, A10G, EPYC 7001 and AMD mobile TDP ranges, A100 fp32', () => {
  assert.equal(findHardware('M3 Ultra').tdpW, 270);
  assert.equal(findHardware('M4 Max').tdpW, 145);
  const a10g = findHardware('A10G');
  assert.equal(a10g.tdpW, 300);
  assert.match(a10g.note ?? '', /power limit/);
  for (const n of ['AMD EPYC 7501', 'AMD EPYC 7401P', 'AMD EPYC 7351', 'AMD EPYC 7261']) {
    const r = findHardware(n);
    assert.equal(r.tdpW, 170, n);
    assert.match(r.note ?? '', /155W \/ 170W.*upper value/, n);
  }
  for (const n of ['AMD Ryzen 7 7840HS', 'AMD Ryzen 9 4900H']) {
    assert.equal(findHardware(n).tdpW, 54, n);
    assert.equal(findHardware(n).powerBasis, 'datasheet', n);
  }
  // The A100's fp32 is plain FP32 (19.5), not the TF32 Tensor figure (156).
  for (const r of hardware.filter((h) => h.id.startsWith('nvidia-a100'))) assert.equal(r.fp32Tflops, 19.5, r.id);
});

test('cloud CPUs resolve from their /proc/cpuinfo model names, as estimates from a public sibling', () => {
  const want: [string, string, number][] = [
    ['Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz', 'intel-xeon-e5-2686-v4', 145],
    ['Intel(R) Xeon(R) CPU E5-2666 v3 @ 2.90GHz', 'intel-xeon-e5-2666-v3', 135],
    ['Intel(R) Xeon(R) CPU E5-2676 v3 @ 2.40GHz', 'intel-xeon-e5-2676-v3', 120],
    ['Intel(R) Xeon(R) CPU E5-2673 v3 @ 2.40GHz', 'intel-xeon-e5-2673-v3', 120],
    ['Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz', 'intel-xeon-e5-2673-v4', 135],
    ['Intel(R) Xeon(R) Platinum 8124M CPU @ 3.00GHz', 'intel-xeon-platinum-8124m', 200],
    ['Intel(R) Xeon(R) Platinum 8171M CPU @ 2.60GHz', 'intel-xeon-platinum-8171m', 165],
    ['Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz', 'intel-xeon-platinum-8175m', 205],
    ['Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz', 'intel-xeon-platinum-8259cl', 165],
    ['Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz', 'intel-xeon-platinum-8272cl', 205],
    ['Intel(R) Xeon(R) Platinum 8273CL CPU @ 2.20GHz', 'intel-xeon-platinum-8273cl', 165],
    ['Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz', 'intel-xeon-platinum-8275cl', 205],
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'intel-xeon-platinum-8370c', 250],
    ['Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', 'intel-xeon-platinum-8375c', 265],
    ['Intel(R) Xeon(R) Platinum 8480C', 'intel-xeon-platinum-8480c', 350],
    ['Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz', 'intel-xeon-platinum-8481c', 350],
    ['Intel(R) Xeon(R) Platinum 8488C', 'intel-xeon-platinum-8488c', 350],
    ['AMD EPYC 7R13 Processor', 'amd-epyc-7r13', 225],
    ['AMD EPYC 7R32', 'amd-epyc-7r32', 225],
    ['AMD EPYC 9R14 Processor', 'amd-epyc-9r14', 360],
    ['AMD EPYC 7V12 64-Core Processor', 'amd-epyc-7v12', 225],
    ['AMD EPYC 7V13 64-Core Processor', 'amd-epyc-7v13', 280],
    ['AMD EPYC 9V84 96-Core Processor', 'amd-epyc-9v84', 360],
    ['AMD EPYC 74F3V 24-Core Processor', 'amd-epyc-74f3v', 240],
    ['AMD EPYC 7B12', 'amd-epyc-7b12', 225],
    ['AMD EPYC 7B13', 'amd-epyc-7b13', 280],
    ['AMD EPYC 9B14', 'amd-epyc-9b14', 360],
    ['AMD EPYC 7J13 64-Core Processor', 'amd-epyc-7j13', 280],
  ];
  for (const [model, id, w] of want) {
    const r = matchCpuModel(model);
    assert.equal(r?.id, id, model);
    assert.equal(r.tdpW, w, model);
    assert.equal(r.powerBasis, 'estimate', model);
    assert.match(r.note ?? '', /sibling/, model);
    assert.match(r.source, /No maker page/, model);
  }
  // Public parts of the same instances stay maker figures.
  assert.equal(matchCpuModel('Intel(R) Xeon(R) Platinum 8168 CPU @ 2.70GHz')?.powerBasis, 'datasheet');
  assert.equal(matchCpuModel('AMD EPYC 7742 64-Core Processor')?.tdpW, 225);
  // The other custom Xeons of cloud providers (C, CL, CY suffixes) are marked as estimates too.
  for (const r of hardware.filter((h) => /^Intel Xeon (Gold|Platinum) \d{4}(C|CL|CY)$/.test(h.name))) assert.equal(r.powerBasis, 'estimate', r.id);
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

/** Every GPU/TPU/CPU name written in the Counting Carbon survey, and the row it names (null: it names no device). */
const SURVEY_NAMES: Record<string, string | null> = {
  '?': null,
  'GPU RTX': null,
  'GeForce GTX 580': 'nvidia-gtx-580',
  'GeForce RTX 2070': 'nvidia-rtx-2070',
  'GeForce RTX 2080 Ti': 'nvidia-rtx-2080-ti',
  'NVIDIA RTX 2080 Ti': 'nvidia-rtx-2080-ti',
  'RTX2080Ti': 'nvidia-rtx-2080-ti',
  'GeForce RTX 3090': 'nvidia-rtx-3090',
  'GeForce Titan RTX': 'nvidia-nvidia-titan-rtx',
  'GTX 1080': 'nvidia-gtx-1080',
  'GTX-1080 GPUs': 'nvidia-gtx-1080',
  'Nvidia GTX 1080': 'nvidia-gtx-1080',
  'GTX 1080Ti': 'nvidia-gtx-1080-ti',
  'GeForce GTX 1080 Ti': 'nvidia-gtx-1080-ti',
  // 'Titan X' names the 2015 Maxwell card as the survey reads it; 'GTX Titan … 12GB' cannot be the 6 GB Kepler TITAN.
  'GeForce Titan X': 'nvidia-gtx-titan-x',
  'Titan X': 'nvidia-gtx-titan-x',
  'GTX Titan GPUs 12GB': 'nvidia-gtx-titan-x',
  'GeForce Titan XP': 'nvidia-nvidia-titan-xp',
  'NVIDIA Titan-Xp': 'nvidia-nvidia-titan-xp',
  'Titan XP GPUs': 'nvidia-nvidia-titan-xp',
  'Titan Xp PASCAL 12GB.': 'nvidia-nvidia-titan-xp',
  'Quadro GP100': 'quadro-gp100',
  'p6000': 'quadro-p6000',
  'Tesla K40': 'nvidia-k40',
  'Tesla K80': 'nvidia-k80',
  'Tesla M40': 'nvidia-m40',
  'M60': 'nvidia-m60',
  'Tesla P40': 'nvidia-p40',
  'P100 GPU': 'nvidia-p100-pcie-16gb',
  'Tesla P100 PCIe 16 GB': 'nvidia-p100-pcie-16gb',
  'Tesla V100 PCIe 16 GB': 'nvidia-v100-pcie-16gb',
  'Tesla V100 PCIe 32 GB': 'nvidia-v100-pcie-32gb',
  // A V100 or A100 without its form factor is the SXM module, as everywhere in carbontrail.
  'NVIDIA V100': 'nvidia-v100-sxm2-32gb',
  'Nvidia V100': 'nvidia-v100-sxm2-32gb',
  'V100 GPU': 'nvidia-v100-sxm2-32gb',
  'v100': 'nvidia-v100-sxm2-32gb',
  'A100 GPU': 'nvidia-a100-sxm4-80gb',
  // The survey's only CPU, in the GPU column; it links the v2 part's ARK page.
  'Intel Xeon E5-2697': 'intel-xeon-e5-2697-v2',
  'Cloud TPU v2': 'google-tpu-v2',
  'TPUv2': 'google-tpu-v2',
  'Cloud TPU v3': 'google-tpu-v3',
  'TPUv3': 'google-tpu-v3',
};

test('every hardware name of the Counting Carbon survey resolves to its device, or is refused with a reason', { skip: skipReason }, () => {
  const rows = parseCsv(readFileSync(fileURLToPath(new URL('counting-carbon/co2ml95models.csv', sharedData)), 'utf8').replace(/^\uFEFF/, ''));
  assert.ok(rows.length >= 90, `only ${rows.length} survey rows`);
  const names = new Set<string>();
  for (const r of rows) {
    for (const col of ['GPU model', 'TPU model', 'CPU model']) {
      const n = (r[col] ?? '').trim();
      if (n) names.add(n);
    }
  }
  assert.deepEqual([...names].sort(), Object.keys(SURVEY_NAMES).sort(), 'the survey names changed: update the table');
  const refused = new Map(Object.entries(unresolvableHardware).map(([k, v]) => [k.trim().toLowerCase(), v]));
  for (const [name, id] of Object.entries(SURVEY_NAMES)) {
    if (id === null) {
      assert.match(refused.get(name.toLowerCase()) ?? '', /names no device/, `'${name}' should be in the unresolvable list`);
      assert.throws(() => findHardware(name), `'${name}' must not resolve to a row`);
    } else {
      assert.equal(findHardware(name).id, id, name);
      assert.ok(!refused.has(name.toLowerCase()), `'${name}' is both mapped and refused`);
    }
  }
});

test('the unresolvable names resolve to no row and each gives a reason', () => {
  for (const [name, reason] of Object.entries(unresolvableHardware)) {
    assert.ok(reason.length > 20, name);
    assert.throws(() => findHardware(name), name);
  }
});
