import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, sharedData } from './reference-data.test-helper.ts';
import { regionRow, type ZoneRow } from './schema.ts';
import { regions } from './regions.ts';
import { zones } from './zones.ts';
import { providers } from './providers.ts';


/** Region ids of the seed paper's Appendix A (Lacoste et al. 2019), per provider. */
const appendixA: Record<string, string[]> = {
  gcp: [
    'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-south1', 'asia-southeast1', 'australia-southeast1',
    'europe-north1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'northamerica-northeast1',
    'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2',
  ],
  aws: [
    'us-east-2', 'us-east-1', 'us-west-1', 'us-west-2', 'ap-east-1', 'ap-south-1', 'ap-northeast-3', 'ap-northeast-2', 'ap-southeast-1',
    'ap-southeast-2', 'ap-northeast-1', 'ca-central-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-west-1', 'eu-west-2',
    'eu-west-3', 'eu-north-1', 'sa-east-1', 'us-gov-east-1', 'us-gov-west-1',
  ],
  azure: [
    'eastasia', 'southeastasia', 'centralus', 'eastus', 'eastus2', 'westus', 'northcentralus', 'southcentralus', 'northeurope',
    'westeurope', 'japanwest', 'japaneast', 'brazilsouth', 'australiaeast', 'australiasoutheast', 'southindia', 'centralindia',
    'westindia', 'canadacentral', 'canadaeast', 'uksouth', 'ukwest', 'westcentralus', 'westus2', 'koreacentral', 'koreasouth',
    'francecentral', 'francesouth', 'australiacentral', 'australiacentral2', 'southafricanorth', 'southafricawest',
  ],
};

const find = (provider: string, id: string) =>
  regions.find((r) => r.provider === provider && (r.region === id || r.aliases.includes(id)));

const byKey = new Map<string, ZoneRow[]>();
for (const z of zones) byKey.set(z.zone, [...(byKey.get(z.zone) ?? []), z]);
const latestLifeCycle = (key: string) => (byKey.get(key) ?? []).filter((z) => z.basis === 'life-cycle').sort((a, b) => a.year - b.year).at(-1);

test('every region parses, names a known provider, and draws from a zone with life-cycle rows', () => {
  const providerIds = new Set(providers.map((p) => p.id));
  for (const r of regions) {
    regionRow.parse(r);
    const name = `${r.provider}/${r.region}`;
    assert.ok(providerIds.has(r.provider), `${name}: unknown provider`);
    assert.ok(!('intensityGPerKwh' in r), `${name}: a region is priced by its zone, it carries no intensity`);
    const rows = byKey.get(r.zone);
    assert.ok(rows?.length, `${name}: zone ${r.zone} not in zones`);
    assert.ok(rows.some((z) => z.basis === 'life-cycle'), `${name}: zone ${r.zone} has no life-cycle rows`);
    for (const z of rows) {
      assert.equal(z.country, r.country, `${name}: zone ${r.zone} is in ${z.country}`);
      assert.ok(z.area !== 'generation-only' && z.area !== 'single-plant' && z.area !== 'aggregate', `${name}: zone ${r.zone} is ${z.area}, no place to run a job`);
    }
    assert.ok(byKey.get(r.country)?.some((z) => z.basis === 'life-cycle'), `${name}: country ${r.country} has no life-cycle rows`);
  }
});

test('(provider, region) and aliases are unique', () => {
  const seen = new Set<string>();
  for (const r of regions) {
    for (const id of [r.region, ...r.aliases]) {
      const k = `${r.provider}/${id}`;
      assert.ok(!seen.has(k), `duplicate region ${k}`);
      seen.add(k);
    }
  }
});

test('years, PUEs and offset overrides carry their own source and year', () => {
  for (const r of regions) {
    const name = `${r.provider}/${r.region}`;
    assert.ok(r.year >= 2016 && r.year <= 2026, `${name}: year ${r.year}`);
    assert.ok(r.source.length > 20, `${name}: source`);
    if (r.pue !== undefined) {
      assert.ok(r.pue >= 1.05 && r.pue < 2, `${name}: PUE ${r.pue}`);
      assert.ok(r.pueSource && r.pueYear, `${name}: PUE without source and year`);
    }
    if (r.offsetPercent !== undefined) assert.ok(r.offsetSource && r.offsetYear, `${name}: offset without source and year`);
  }
  assert.equal(find('gcp', 'us-central1')!.pueYear, 2022);
});

test('regions draw from the grid they sit in', () => {
  // Quebec and Oregon are far cleaner than Virginia or Poland.
  assert.ok(latestLifeCycle(find('aws', 'ca-central-1')!.zone)!.intensityGPerKwh < 60);
  assert.ok(latestLifeCycle(find('gcp', 'europe-central2')!.zone)!.intensityGPerKwh > 500);
  const zone = (p: string, id: string) => find(p, id)!.zone;
  assert.equal(zone('azure', 'westcentralus'), 'US-NW-WACM');
  assert.equal(zone('gcp', 'us-west2'), 'US-CAL-CISO');
  assert.equal(zone('seeweb', 'fro2'), 'IT-CSO');
  assert.equal(zone('aws', 'us-east-1'), 'US-MIDA-PJM');
  // Sweden has no per-zone series free of share-alike terms: its regions draw from the country; Norway's from its zones.
  for (const [p, id] of [['aws', 'eu-north-1'], ['azure', 'swedencentral'], ['gcp', 'europe-north2'], ['oci', 'eu-stockholm-1']] as const) {
    assert.equal(zone(p, id), 'SE', `${p}/${id}`);
  }
  assert.equal(zone('azure', 'norwayeast'), 'NO-NO1');
  assert.equal(zone('azure', 'norwaywest'), 'NO-NO2');
});

test('Google regions carry Google\'s own figures for every published year, each with its basis and source', () => {
  const gcp = regions.filter((r) => r.provider === 'gcp');
  const withFigures = gcp.filter((r) => r.providerIntensity?.length);
  assert.ok(withFigures.length >= 40, `only ${withFigures.length} gcp regions with Google's figures`);
  for (const r of withFigures) {
    const years = r.providerIntensity!.map((p) => p.year);
    assert.deepEqual(years, [...years].sort((a, b) => a - b), `${r.region}: years out of order`);
    for (const p of r.providerIntensity!) {
      // Google's files are life-cycle for 2019-2020 and operational (direct) from 2021.
      assert.equal(p.basis, p.year <= 2020 ? 'life-cycle' : 'direct', `${r.region} ${p.year}`);
      assert.match(p.source, new RegExp(`region-carbon-info, data/yearly/${p.year}\\.csv at commit [0-9a-f]{40}`), `${r.region} ${p.year}`);
    }
  }
  for (const r of regions) if (r.provider !== 'gcp') assert.equal(r.providerIntensity, undefined, `${r.provider}/${r.region}`);
  // Spot checks against GoogleCloudPlatform/region-carbon-info data/yearly/*.csv (files at HEAD 49f3f26, 2025-12-03).
  const value = (id: string, year: number) => find('gcp', id)!.providerIntensity!.find((p) => p.year === year);
  assert.equal(value('northamerica-northeast1', 2019)!.gPerKwh, 27); // life-cycle
  assert.equal(value('northamerica-northeast1', 2021)!.gPerKwh, 0);
  assert.equal(value('northamerica-northeast1', 2022)!.gPerKwh, 0);
  assert.equal(value('northamerica-northeast1', 2023)!.gPerKwh, 2);
  assert.equal(value('northamerica-northeast1', 2024)!.gPerKwh, 5.48);
  assert.equal(value('northamerica-northeast1', 2024)!.cfePercent, 99);
  assert.equal(value('me-central1', 2023)!.gPerKwh, 575);
  assert.equal(value('me-central1', 2024)!.gPerKwh, 366);
  assert.equal(value('europe-west6', 2024)!.gPerKwh, 15.05);
  assert.equal(value('asia-east2', 2024)!.gPerKwh, 505.02);
  assert.equal(value('us-central1', 2022)!.gPerKwh, 460); // revised from 445 in 10813a3 (2025-01-13)
  // The misspelling of CodeCarbon's list still finds Doha, which carries Google's me-central1 figures.
  assert.equal(find('gcp', 'me-cenrtal1')!.region, 'me-central1');
});

test('current regions of AWS, GCP and Azure are present', () => {
  const count = (p: string) => regions.filter((r) => r.provider === p).length;
  assert.ok(count('aws') >= 30, `aws: ${count('aws')}`);
  assert.ok(count('gcp') >= 40, `gcp: ${count('gcp')}`);
  assert.ok(count('azure') >= 50, `azure: ${count('azure')}`);
});

test('every region of Appendix A is present', () => {
  for (const [provider, ids] of Object.entries(appendixA)) {
    for (const id of ids) assert.ok(find(provider, id), `${provider}/${id} missing`);
  }
});

test('every region of the original calculator (impact.csv) and of CodeCarbon GCP list is present', () => {
  const data = sharedData();
  if ('skip' in data) return;
  const rows = parseCsv(data.read('mlco2-impact/impact.csv'));
  assert.equal(rows.length, 82);
  for (const r of rows) {
    const id = r.region !== '' ? r.region! : r.regionName!; // Scaleway's row has only a region name ("Paris")
    assert.ok(find(r.provider!, id), `${r.provider}/${id} missing`);
  }
  for (const r of parseCsv(data.read('codecarbon/cloud/impact.csv'))) {
    assert.ok(find(r.provider!, r.region!), `${r.provider}/${r.region} missing`);
  }
});
