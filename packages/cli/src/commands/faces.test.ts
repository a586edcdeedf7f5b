// Four faces, one model: the same energy and place give identical emissions and ranges in `estimate`, in a run record,
// and (packages/web/src/e2e.test.ts) on the web page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carbontrail } from './cli-test-helper.ts';

/** A journal of a run that measured `kwh` of CPU energy through RAPL (±5 %, like an estimate's measured energy), in `year`. */
export function writeMeasuredJournal(dir: string, kwh: number, year: number, location: Record<string, string>): string {
  const id = '00000000-face-4000-8000-000000000001';
  const at = Date.UTC(year, 5, 1, 12);
  const lines = [
    {
      t: 'start', v: 1, id, startedAt: new Date(at).toISOString(), at, command: ['train'], cwd: dir,
      host: { hostname: 'elsewhere', os: 'Linux-6-x86_64', platform: 'linux', arch: 'x64', runtime: 'node 20' },
      node: 'n1', jobId: null, project: null, intervalS: 1, trackerPid: 1, location, gpus: [],
      cpu: { model: 'Test CPU', sockets: 1, logicalCores: 8, sensor: 'rapl', method: 'counter', tdpW: null, tdpSource: null },
      ram: { totalGb: 16, sensor: 'rapl-dram', method: 'counter', source: 'RAPL DRAM domain' },
      notes: [],
    },
    // ten samples of an hour, the energy split evenly
    ...Array.from({ length: 10 }, (_, i) => ({ t: 's', at: at + (i + 1) * 3600_000, d: 3600, e: [0, (kwh * 3.6e6) / 10, 0] })),
    { t: 'end', at: at + 10 * 3600_000, exitCode: 0, signal: null },
  ];
  mkdirSync(join(dir, '.carbontrail', 'runs'), { recursive: true });
  writeFileSync(join(dir, '.carbontrail', 'runs', `${id}.jsonl`), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return id;
}

test('estimate --energy and a measured run record give identical emissions and ranges for the same energy and place', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'ct-faces-'));
  const places: Record<string, string>[] = [{ country: 'FR' }, { provider: 'gcp', region: 'europe-west4' }, { zone: 'US-CAL-CISO' }];
  for (const place of places) {
    const id = writeMeasuredJournal(cwd, 12, 2021, place);
    const run = carbontrail(['show', id, '--format', 'json'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const rec = JSON.parse(run.stdout);
    const flags = Object.entries(place).flatMap(([k, v]) => [`--${k}`, v]);
    const est = carbontrail(['estimate', '-g', 'Tesla V100', '--energy', '12', '--hours', '10', ...flags, '--year', '2021', '--format', 'json']);
    assert.equal(est.code, 0, est.stderr);
    const e = JSON.parse(est.stdout);
    const same = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, b), `${JSON.stringify(place)} ${what}: ${a} vs ${b}`);
    same(rec.energy.totalKwh, e.energyKwh, 'energy');
    same(rec.energy.facilityKwh, e.facilityEnergyKwh, 'facility energy');
    same(rec.emissionsKg, e.emissionsKg, 'emissions');
    same(rec.emissionsLowKg, e.emissionsLowKg, 'low bound');
    same(rec.emissionsHighKg, e.emissionsHighKg, 'high bound');
    assert.equal(rec.intensity.rule, e.intensity.rule);
  }
});
