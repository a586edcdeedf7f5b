// The survey's analyses on small hand-made data with known answers, and on the survey's own 95 models.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addToFront, analysisFacts, byCountry, bySource, byTaskYear, energyEmissions, mergeSummaries, paretoFor, paretoFront, seededRandom, summarise,
  surveyRecords, toWeighted, totalsAndGrowth, trimmedMean, trimmedMeanInterval, medianOf, quantileOf, normalQuantile, type AnalysisFacts,
} from './index.ts';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);

function run(over: Partial<AnalysisFacts> & { id: string }): AnalysisFacts {
  return {
    label: over.id, source: 'coal', country: 'US', task: 'Image Classification', dataset: 'ImageNet', year: 2020, intensityGPerKwh: 500,
    energyKwh: 100, emissionsKg: 50, lowKg: 40, highKg: 60, hours: 10, metrics: {}, ...over,
  };
}

test('trimmed mean as the survey computes it: ⌊1 % × n⌋ runs cut from each end, counted by runs, not distinct values', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  close(trimmedMean(toWeighted(hundred)), (2 + 99) / 2, 1e-12); // one cut from each end
  close(trimmedMean(toWeighted([1, 2, 3, 1000]), 0.25), 2.5);
  close(trimmedMean(toWeighted(Array.from({ length: 99 }, (_, i) => i))), 49); // ⌊0.99⌋ = 0: the plain mean
  // a value held by several runs is cut in part: [0 × 1, 5 × 98, 1000 × 1] at 1 %: the 0 and the 1000 go
  close(trimmedMean([{ value: 0, n: 1 }, { value: 5, n: 98 }, { value: 1000, n: 1 }]), 5);
  close(trimmedMean([{ value: 5, n: 100 }]), 5);
  assert.throws(() => trimmedMean(toWeighted([1]), 0.5), /0.5/);
});

test('median and quantiles interpolate between runs as numpy does', () => {
  close(medianOf(toWeighted([3, 1, 2])), 2);
  close(medianOf(toWeighted([1, 2, 3, 4])), 2.5);
  close(medianOf([{ value: 1, n: 3 }, { value: 10, n: 1 }]), 1);
  close(quantileOf(toWeighted([0, 10]), 0.25), 2.5);
  assert.ok(Number.isNaN(medianOf([])));
});

test('the normal quantile matches published values', () => {
  close(normalQuantile(0.975), 1.959964, 1e-6);
  close(normalQuantile(0.995), 2.575829, 1e-6);
  close(normalQuantile(0.5), 0, 1e-6);
});

test('bootstrap intervals repeat for a seed, name their method, and contain the true mean at about their stated rate', () => {
  const sample = toWeighted([3, 5, 8, 13, 21, 34, 55]);
  const a = trimmedMeanInterval(sample, { seed: 7, resamples: 2000 });
  const b = trimmedMeanInterval(sample, { seed: 7, resamples: 2000 });
  assert.deepEqual(a, b, 'the same seed gives the same interval');
  assert.equal(a.interval.method, 'bootstrap');
  assert.deepEqual([a.interval.resamples, a.interval.seed, a.interval.level], [2000, 7, 0.99]);
  assert.ok(a.interval.low <= a.mean && a.mean <= a.interval.high);
  assert.notDeepEqual(trimmedMeanInterval(sample, { seed: 8, resamples: 2000 }).interval, a.interval, 'another seed, another interval');
  // a seeded simulation: 400 samples of 40 runs from a normal population with mean 100
  const random = seededRandom(12345);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  for (const level of [0.9, 0.99]) {
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: 40 }, () => 100 + 15 * gauss());
      const { interval } = trimmedMeanInterval(toWeighted(values), { level, resamples: 1000, seed: t });
      if (interval.low <= 100 && 100 <= interval.high) covered++;
    }
    const rate = covered / trials;
    // the percentile bootstrap runs a little short of its level at 40 runs; 400 trials leave ±1.5 % (0.9) of noise
    assert.ok(rate > level - 0.05 && rate <= Math.min(1, level + 0.04), `${level}: the true mean was inside ${Math.round(rate * 1000) / 10} % of the intervals`);
  }
});

test('large groups get the normal interval with the winsorised error, close to the bootstrap where both apply', () => {
  const random = seededRandom(99);
  // log-normal emissions, as real runs spread over decades
  const values = Array.from({ length: 500 }, () => Math.exp(3 + 1.2 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())));
  const sample = toWeighted(values);
  const boot = trimmedMeanInterval(sample, { resamples: 4000 });
  const normal = trimmedMeanInterval(sample, { bootstrapMaxRuns: 100 });
  assert.equal(boot.interval.method, 'bootstrap');
  assert.equal(normal.interval.method, 'normal-winsorised');
  const width = (i: { low: number; high: number }) => i.high - i.low;
  const ratio = width(normal.interval) / width(boot.interval);
  assert.ok(ratio > 0.85 && ratio < 1.15, `normal/bootstrap width ${ratio}`);
  assert.equal(trimmedMeanInterval(toWeighted([4])).interval.method, 'single-run');
});

test('Pareto front: lowest emissions for each level of the metric; a beaten point never joins; equal points both stay', () => {
  const p = (id: string, emissionsKg: number, value: number) => ({ id, label: id, emissionsKg, value });
  const points = [p('a', 10, 70), p('b', 20, 80), p('c', 15, 65), p('d', 30, 80), p('e', 40, 90), p('f', 5, 50), p('g', 20, 80)];
  assert.deepEqual(paretoFront(points).map((q) => q.id), ['f', 'a', 'b', 'g', 'e']);
  assert.deepEqual(paretoFront(points, 'min').map((q) => q.id), ['f'], 'lower is better: the cheapest and lowest wins');
  const r = addToFront(paretoFront(points), p('h', 1, 95));
  assert.deepEqual([r.added, r.front.map((q) => q.id), r.removed.sort()], [true, ['h'], ['a', 'b', 'e', 'f', 'g']]);
  assert.equal(addToFront(paretoFront(points), p('i', 50, 60)).added, false);
});

test('groups by source, country, task and year, with unknowns counted and ranges summed', () => {
  const runs = [
    run({ id: '1', source: 'coal', intensityGPerKwh: 800, emissionsKg: 80 }),
    run({ id: '2', source: 'coal', intensityGPerKwh: 600, emissionsKg: 60 }),
    run({ id: '3', source: 'hydro', intensityGPerKwh: 20, country: 'CA', emissionsKg: 2, metrics: { top1: 80 } }),
    run({ id: '4', source: 'unknown', country: 'unknown', task: 'unknown', intensityGPerKwh: 400, emissionsKg: 40, metrics: { top1: 90 } }),
    run({ id: '5', source: 'hydro', intensityGPerKwh: 30, country: 'CA', year: 2021, emissionsKg: 3, metrics: { top1: 75 } }),
  ];
  const s = summarise(runs);
  const src = bySource(s);
  assert.deepEqual(src.rows.map((r) => [r.key, r.runs, r.meanIntensity, r.medianIntensity, r.lowCarbon]), [
    ['coal', 2, 700, 700, false], ['hydro', 2, 25, 25, true], ['unknown', 1, 400, 400, null],
  ]);
  assert.deepEqual([src.total.runs, src.lowCarbonRuns, src.highCarbonRuns], [5, 2, 2]);
  close(src.total.lowKg, 200);
  const countries = byCountry(s);
  assert.deepEqual(countries.map((c) => [c.key, c.runs, c.medianIntensity]), [['CA', 2, 25], ['US', 2, 700], ['unknown', 1, 400]]);
  const ty = byTaskYear(s, { resamples: 500 });
  assert.deepEqual(ty.rows.map((r) => [r.task, r.year, r.runs]), [['Image Classification', 2020, 3], ['unknown', 2020, 1], ['Image Classification', 2021, 1]]);
  assert.deepEqual(ty.allTasks.map((r) => [r.year, r.runs]), [[2020, 4], [2021, 1]]);
  const front = paretoFor(s, 'Image Classification', 'top1');
  assert.deepEqual(front.front.map((q) => q.id), ['3'], 'run 5 emits more for less; run 4 is of another (unknown) task');
  assert.deepEqual([front.runsWithMetric, front.runsWithoutMetric], [2, 2]);
  const growth = totalsAndGrowth(s);
  assert.deepEqual(growth.years.map((y) => [y.year, y.runs, y.emissionsKg]), [[2020, 4, 182], [2021, 1, 3]]);
  close(growth.years[1]!.change!, 3 / 182 - 1);
  const plane = energyEmissions(s);
  assert.equal(plane.points.reduce((a, p) => a + p.runs, 0), 5);
});

test('bootstraps in one answer stay within their budget: smallest groups first, the rest get the normal interval and say so', () => {
  // 12 tasks × 2 years, group sizes 5..60 runs: 780 runs in all; a budget of 200 runs × 500 resamples bootstraps only
  // the smallest groups, in order of size, and the same data gives the same choice every time.
  const runs: AnalysisFacts[] = [];
  for (let t = 0; t < 12; t++) {
    for (const year of [2020, 2021]) {
      const size = 5 + t * 5;
      for (let i = 0; i < size; i++) runs.push(run({ id: `${t}-${year}-${i}`, task: `task ${t}`, year, emissionsKg: 1 + ((i * 7919) % 97) + t }));
    }
  }
  const s = summarise(runs);
  const budget = 200 * 500;
  const a = byTaskYear(s, { resamples: 500, bootstrapBudget: budget });
  const all = [...a.rows, ...a.allTasks];
  const booted = all.filter((r) => r.interval.method === 'bootstrap');
  const spent = booted.reduce((n, r) => n + r.runs * 500, 0);
  assert.ok(spent <= budget && spent > budget / 2, `spent ${spent} of ${budget}`);
  const largestBooted = Math.max(...booted.map((r) => r.runs));
  for (const r of all.filter((x) => x.interval.method !== 'bootstrap')) {
    assert.equal(r.interval.method, 'normal-winsorised');
    assert.ok(r.runs >= largestBooted, `a group of ${r.runs} runs went without while one of ${largestBooted} was bootstrapped`);
  }
  assert.equal(a.method.bootstrapBudget, budget);
  assert.deepEqual(byTaskYear(s, { resamples: 500, bootstrapBudget: budget }), a);
  // with the default budget every one of these groups is bootstrapped
  assert.ok([...byTaskYear(s, { resamples: 500 }).rows].every((r) => r.interval.method === 'bootstrap'));
});

test('merging the summaries of parts gives the summary of the whole (fronts, medians, intervals)', () => {
  const arbRun = fc.record({
    source: fc.constantFrom('coal', 'gas', 'hydro', 'unknown'), country: fc.constantFrom('US', 'CN', 'unknown'),
    task: fc.constantFrom('A', 'B'), year: fc.integer({ min: 2018, max: 2021 }), intensityGPerKwh: fc.integer({ min: 1, max: 900 }),
    emissionsKg: fc.double({ min: 0.01, max: 1e5, noNaN: true }), metric: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(arbRun, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (specs, parts) => {
      const runs = specs.map((r, i) => run({ id: String(i), ...r, metrics: r.metric === undefined ? {} : { top1: r.metric } }));
      const whole = summarise(runs);
      const merged = mergeSummaries(Array.from({ length: parts }, (_, p) => summarise(runs.filter((_, i) => i % parts === p))));
      const opts = { resamples: 200 };
      assert.deepEqual(bySource(merged).rows.map((r) => [r.key, r.runs, r.medianIntensity]), bySource(whole).rows.map((r) => [r.key, r.runs, r.medianIntensity]));
      assert.deepEqual(byTaskYear(merged, opts).rows.map((r) => [r.task, r.year, r.trimmedMeanKg, r.interval]), byTaskYear(whole, opts).rows.map((r) => [r.task, r.year, r.trimmedMeanKg, r.interval]));
      for (const task of ['A', 'B']) assert.deepEqual(paretoFor(merged, task, 'top1').front.map((q) => q.id).sort(), paretoFor(whole, task, 'top1').front.map((q) => q.id).sort());
    }),
    { numRuns: 150, seed: 20261123 },
  );
});

test("the survey's 95 models give back the survey's own numbers: Table 2, ~253 t in all, a median training time of 72 h", () => {
  const s = summarise(surveyRecords().map((r) => analysisFacts(r)));
  const table = bySource(s);
  // Counting Carbon, Table 2: coal 38 (512.3), natural gas 23 (350.5), hydro 19 (100.6), oil 12 (453.6), nuclear 3 (147.2)
  const expected: [string, number, number, boolean][] = [['coal', 38, 512.3, false], ['gas', 23, 350.5, false], ['hydro', 19, 100.6, true], ['oil', 12, 453.6, false], ['nuclear', 3, 147.2, true]];
  for (const [key, runs, mean, low] of expected) {
    const row = table.rows.find((r) => r.key === key);
    assert.ok(row, key);
    assert.equal(row.runs, runs, key);
    assert.ok(Math.abs(row.meanIntensity - mean) < 0.1, `${key}: ${row.meanIntensity} against ${mean}`);
    assert.equal(row.lowCarbon, low, key);
  }
  assert.deepEqual([table.highCarbonRuns, table.lowCarbonRuns], [73, 22]);
  assert.ok(Math.abs(table.total.meanIntensity - 372) < 0.5, 'the sample average the survey gives: 372 g/kWh');
  const totals = totalsAndGrowth(s).total;
  assert.ok(Math.abs(totals.emissionsKg / 1000 - 253) < 0.5, `${totals.emissionsKg / 1000} t`);
  assert.equal(totals.medianHours, 72);
  const countries = byCountry(s);
  assert.deepEqual(countries.slice(0, 2).map((c) => [c.key, c.runs]), [['US', 48], ['CN', 18]], 'half in the United States, then China (Figure 1)');
  assert.equal(countries.find((c) => c.key === 'ES')?.medianIntensity, 220.3, "Spain's median (the survey states 220.26; medians are of values counted at 0.1 g/kWh)");
  assert.ok(countries.some((c) => c.key === 'unknown' && c.runs === 5), '"Multiple countries" and a provider name are counted as unknown');
  const ic = paretoFor(s, 'Image Classification', 'top1');
  assert.ok(ic.front.length >= 3 && ic.front.every((p, i) => i === 0 || (p.emissionsKg >= ic.front[i - 1]!.emissionsKg && p.value > ic.front[i - 1]!.value)));
});
