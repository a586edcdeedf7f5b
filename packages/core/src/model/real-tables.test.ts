// Issue 8's checks on the shipped tables: the figures a careful researcher would check first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinTables, estimate, findHardware, intensityFor, isCoreError, resolveLocation } from '../index.ts';

test("embodied emissions of BLOOM's training follow the paper's method: 384 A100 80 GB for 1,082,990 GPU-hours ≈ 11.2 t", () => {
  const gpuHours = 1_082_990;
  const e = estimate({ devices: [{ hardware: 'A100 SXM4 80 GB', count: 384 }], hours: gpuHours / 384, intensityGPerKwh: 57, pue: 1 });
  // Luccioni, Viguier & Ligozat 2023: (150 kg per GPU + 2,500 kg per 8-GPU server) over 6 years at 85 % use
  const expected = ((150 + 2500 / 8) * gpuHours) / (6 * 8760 * 0.85);
  assert.ok(Math.abs(e.embodiedKg - expected) / expected < 0.005, `${e.embodiedKg} vs ${expected}`);
  assert.ok(Math.abs(e.embodiedKg - 11_200) / 11_200 < 0.01, `${Math.round(e.embodiedKg)} kg against the paper's 11.2 t`);
  // and its dynamic part: 384 × 400 W × 2,820 h × 57 g/kWh with PUE 1 ≈ 24.7 t (the paper's figure)
  assert.ok(Math.abs(e.emissionsKg - 24_700) / 24_700 < 0.01, `${Math.round(e.emissionsKg)} kg`);
});

test('a datasheet TDP is labelled datasheet, a guessed power is labelled estimated with its reasoning, a typed value given', () => {
  const e = estimate({ devices: [{ hardware: 'Tesla V100' }, { hardware: 'TPU v5e' }], hours: 10, intensityGPerKwh: 500, pue: 1.2 });
  assert.equal(e.devices[0]!.provenance.method, 'datasheet');
  assert.equal(e.devices[1]!.provenance.method, 'estimated');
  assert.ok((e.devices[1]!.provenance.note ?? '').length > 10, 'the reasoning of the estimate reaches the result');
  assert.equal(e.intensity.provenance.method, 'given');
  assert.equal(e.pue.provenance.method, 'given');
  assert.deepEqual([e.intensity.low, e.intensity.high], [500, 500]);
  const tpu = estimate({ devices: [{ hardware: 'TPUv3' }], hours: 10, intensityGPerKwh: 500, pue: 1 });
  assert.equal(tpu.devices[0]!.provenance.method, 'measured', 'TPU v3 283 W is a published measured average');
  assert.ok(tpu.devices[0]!.spread.low > 0.8, 'no TDP-method load spread on a measured average');
});

test('every GPU and TPU name of the survey resolves, or is refused with the reason it names no device', () => {
  assert.equal(findHardware('GeForce GTX 580').tdpW, 244);
  for (const name of ['?', 'GPU RTX']) {
    assert.throws(() => findHardware(name), (e: unknown) => isCoreError(e) && e.code === 'no-device' && e.field === 'hardware' && /names no device/.test(e.message));
  }
});

const zoneRows = new Map<string, readonly { area?: string; flags?: readonly unknown[]; coverage?: number }[]>();
for (const z of builtinTables.zones) zoneRows.set(z.zone, [...(zoneRows.get(z.zone) ?? []), z]);

test('the same grid gives the same location-based intensity whichever provider sells the region, for any year', () => {
  const byZone = new Map<string, { provider: string; region: string }[]>();
  for (const r of builtinTables.regions) byZone.set(r.zone, [...(byZone.get(r.zone) ?? []), r]);
  let compared = 0;
  for (const [zone, regions] of byZone) {
    if (regions.length < 2) continue;
    for (const year of [undefined, 2016, 2019, 2022]) {
      const values = regions.map((r) => intensityFor(resolveLocation({ provider: r.provider, region: r.region, year }), year));
      const first = values[0]!;
      for (const [i, v] of values.entries())
        assert.deepEqual([v.gPerKwh, v.zone, v.year, v.basis], [first.gPerKwh, first.zone, first.year, 'life-cycle'], `${zone} ${year}: ${regions[i]!.provider}/${regions[i]!.region} against ${regions[0]!.provider}/${regions[0]!.region}`);
      compared++;
    }
  }
  assert.ok(compared > 100, `${compared} zone-years compared`);
});

test('Montréal is priced by the Québec grid on every provider, with Google\'s own figure beside, not instead', () => {
  const gcp = intensityFor(resolveLocation({ provider: 'gcp', region: 'northamerica-northeast1', year: 2022 }), 2022);
  const aws = intensityFor(resolveLocation({ provider: 'aws', region: 'ca-central-1', year: 2022 }), 2022);
  assert.equal(gcp.gPerKwh, aws.gPerKwh);
  assert.equal(gcp.zone, 'CA-QC');
  assert.ok(gcp.gPerKwh > 10 && gcp.gPerKwh < 60, `a hydro grid on the life-cycle basis, ${gcp.gPerKwh} g/kWh`);
  assert.ok(gcp.providerFigure && gcp.providerFigure.providerName === 'Google Cloud Platform', 'Google\'s figure is shown beside');
  assert.ok(aws.providerFigure === undefined);
});

test('Germany 2022 is priced with the 2022 life-cycle series; California regions with their ISO; the note names year and series', () => {
  const de = intensityFor(resolveLocation({ country: 'DE', year: 2022 }), 2022);
  assert.deepEqual([de.zone, de.year, de.basis], ['DE', 2022, 'life-cycle']);
  assert.ok(de.gPerKwh > 330 && de.gPerKwh < 500, `${de.gPerKwh}`);
  assert.match(de.note ?? '', /Germany 2022 \(life-cycle\)/);
  for (const [provider, region] of [['gcp', 'us-west2'], ['aws', 'us-west-1']] as const) {
    const ca = intensityFor(resolveLocation({ provider, region }));
    assert.equal(ca.zone, 'US-CAL-CISO', `${provider}/${region}`);
    assert.equal(ca.basis, 'life-cycle');
  }
});

test('no alternative is the current place, saves nothing, or is a partial, flagged, single-plant or generation-only area', () => {
  const places: Parameters<typeof estimate>[0][] = [
    ...builtinTables.regions.filter((_, i) => i % 7 === 0).map((r) => ({ provider: r.provider, region: r.region })),
    ...['US', 'DE', 'FR', 'IN', 'CN', 'BR', 'AU', 'CA', 'SE', 'ZA'].map((country) => ({ country })),
  ].flatMap((loc) => [2019, 2022, undefined].map((year) => ({ ...loc, year, devices: [{ hardware: 'a100-40gb' }], hours: 100 })));
  let seen = 0;
  for (const input of places) {
    const e = estimate(input);
    for (const a of e.alternatives) {
      seen++;
      const where = `${JSON.stringify({ p: input.provider, r: input.region, c: input.country, y: input.year })} → ${a.kind} ${a.provider ?? ''}/${a.region ?? ''} ${a.zone}`;
      assert.ok(a.savedKg > e.emissionsKg * 0.01, `${where} saves ${a.savedKg} of ${e.emissionsKg}`);
      assert.ok(!(input.region !== undefined && a.provider === input.provider && a.region === input.region), `${where}: the current place`);
      if (a.region === undefined) {
        const rows = zoneRows.get(a.zone ?? '') ?? [];
        assert.ok(rows.length > 0, where);
        assert.ok(!rows.some((z) => z.area === 'single-plant' || z.area === 'generation-only' || z.area === 'aggregate'), `${where}: not a place`);
        const used = builtinTables.zones.find((z) => z.zone === a.zone && z.year === a.year);
        assert.ok(used && !used.flags?.length && (used.coverage ?? 1) >= 0.95, `${where}: partial or flagged year ${a.year}`);
      }
    }
  }
  assert.ok(seen > 50, `${seen} alternatives checked`);
});
