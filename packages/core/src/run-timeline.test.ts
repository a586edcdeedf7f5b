// The timeline is shaped by seconds, not by samples: changing the interval does not change its resolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTimeline } from './index.ts';

function fill(intervalS: number, totalS: number) {
  const tl = createTimeline({ maxPoints: 50 });
  let t = 0;
  while (t < totalS - 1e-9) {
    t += intervalS;
    tl.add(t, intervalS, [300 * intervalS, 20 * intervalS, 3 * intervalS]);
  }
  return tl.points();
}

test('the same run sampled every 0.1 s or every 1 s gives the same points', () => {
  const fine = fill(0.1, 200);
  const coarse = fill(1, 200);
  assert.equal(fine.length, coarse.length);
  assert.ok(coarse.length <= 50);
  for (const p of [...fine, ...coarse]) {
    assert.equal(p.gpuW, 300);
    assert.equal(p.cpuW, 20);
  }
  assert.deepEqual(fine.map((p) => Math.round(p.t)), coarse.map((p) => Math.round(p.t)));
});

test('samples longer than a bucket are points of their own; mean power is energy over time', () => {
  const tl = createTimeline();
  tl.add(5, 5, [500, 100, 10]);
  tl.add(10, 5, [1000, 100, 10]);
  assert.deepEqual(tl.points(), [
    { t: 5, gpuW: 100, cpuW: 20, ramW: 2 },
    { t: 10, gpuW: 200, cpuW: 20, ramW: 2 },
  ]);
});
