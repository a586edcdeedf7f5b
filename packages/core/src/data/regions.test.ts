import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, sharedData } from './reference-data.test-helper.ts';
import { regionRow } from './schema.ts';
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

test('every region parses, names a known provider, and its zone exists', () => {
  const zoneKeys = new Set(zones.map((z) => z.zone));
  const providerIds = new Set(providers.map((p) => p.id));
  for (const r of regions) {
    regionRow.parse(r);
    assert.ok(providerIds.has(r.provider), `${r.provider}/${r.region}: unknown provider`);
    if (r.zone) assert.ok(zoneKeys.has(r.zone), `${r.provider}/${r.region}: zone ${r.zone} not in zones`);
    assert.ok(zoneKeys.has(r.country), `${r.provider}/${r.region}: country ${r.country} not in zones`);
    if (r.pue !== undefined) assert.ok(r.pueSource, `${r.provider}/${r.region}: PUE without source`);
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

test('intensities, years and PUEs are plausible', () => {
  for (const r of regions) {
    assert.ok(r.intensityGPerKwh >= 0 && r.intensityGPerKwh < 1100, `${r.provider}/${r.region}: ${r.intensityGPerKwh}`);
    assert.ok(r.year >= 2016 && r.year <= 2026, `${r.provider}/${r.region}: year ${r.year}`);
    if (r.pue !== undefined) assert.ok(r.pue >= 1.05 && r.pue < 2);
  }
  // Quebec and Oregon are far cleaner than Virginia or Poland.
  assert.ok(find('aws', 'ca-central-1')!.intensityGPerKwh < 60);
  assert.ok(find('gcp', 'europe-central2')!.intensityGPerKwh > 500);
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
