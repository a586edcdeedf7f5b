/** A small, hand-written table set for exact tests of the model (not shipped data). */
import type { Tables } from '../tables.ts';

const lc = 'life-cycle' as const;

export const fixtureTables: Tables = {
  hardware: [
    { id: 'gpu-300', name: 'Test GPU 300', vendor: 'Test', type: 'gpu', tdpW: 300, powerBasis: 'datasheet', aliases: ['tgpu', 'Tesla V100'], embodiedClass: 'gpu-datacenter', source: 'fixture', year: 2020 },
    { id: 'gpu-250-pcie', name: 'Test GPU 250 PCIe', vendor: 'Test', type: 'gpu', tdpW: 250, powerBasis: 'datasheet', aliases: [], embodiedClass: 'gpu-datacenter', source: 'fixture', year: 2020 },
    { id: 'gpu-250-sxm', name: 'Test GPU 250 SXM', vendor: 'Test', type: 'gpu', tdpW: 250, powerBasis: 'datasheet', aliases: [], source: 'fixture', year: 2020 },
    { id: 'tpu-avg', name: 'Test TPU', vendor: 'Test', type: 'tpu', tdpW: 200, powerBasis: 'measured-average', aliases: [], source: 'fixture', year: 2021, note: 'published measured average draw (fixture)' },
    { id: 'chip-guess', name: 'Guess Chip', vendor: 'Test', type: 'accelerator', tdpW: 400, powerBasis: 'estimate', aliases: [], source: 'fixture', year: 2024, note: 'no maker figure: estimated from a sibling (fixture)' },
    { id: 'cpu-100', name: 'Intel Xeon Gold 6148', vendor: 'Intel', type: 'cpu', tdpW: 150, powerBasis: 'datasheet', aliases: [], embodiedClass: 'cpu-server', source: 'fixture', year: 2017 },
  ],
  providers: [
    { id: 'cloudy', name: 'Cloudy Cloud', pue: 1.1, pueSource: 'fixture pue', pueYear: 2023, offsetPercent: 100, offsetSource: 'fixture', offsetYear: 2023 },
    { id: 'other', name: 'Other Cloud', offsetPercent: 0, offsetSource: 'fixture', offsetYear: 2023 },
  ],
  regions: [
    {
      provider: 'cloudy', region: 'north-1', country: 'SE', zone: 'SE', continent: 'Europe', aliases: [], source: 'fixture', year: 2025,
      providerIntensity: [
        { year: 2020, gPerKwh: 30, basis: lc, source: 'fixture provider file 2020' },
        { year: 2023, gPerKwh: 5, basis: 'direct', cfePercent: 99, source: 'fixture provider file 2023' },
      ],
    },
    { provider: 'cloudy', region: 'east-1', country: 'US', zone: 'US-AA', continent: 'North America', aliases: [], source: 'fixture', year: 2025 },
    { provider: 'other', region: 'east-1', country: 'US', zone: 'US-AA', continent: 'North America', pue: 1.5, pueSource: 'fixture site pue', pueYear: 2022, aliases: [], source: 'fixture', year: 2025 },
    { provider: 'other', region: 'west-1', country: 'US', zone: 'US-BB', continent: 'North America', aliases: [], source: 'fixture', year: 2025 },
  ],
  zones: [
    { zone: 'WORLD', name: 'World', country: 'WORLD', kind: 'world', year: 2020, intensityGPerKwh: 480, basis: lc, source: 'fixture world' },
    { zone: 'WORLD', name: 'World', country: 'WORLD', kind: 'world', year: 2022, intensityGPerKwh: 470, basis: lc, source: 'fixture world' },
    { zone: 'US', name: 'United States', country: 'US', kind: 'country', year: 2020, intensityGPerKwh: 380, basis: lc, source: 'fixture', mainSource: 'gas' },
    { zone: 'US', name: 'United States', country: 'US', kind: 'country', year: 2021, intensityGPerKwh: 375, basis: lc, source: 'fixture', mainSource: 'gas' },
    { zone: 'US', name: 'United States', country: 'US', kind: 'country', year: 2022, intensityGPerKwh: 370, basis: lc, source: 'fixture', mainSource: 'gas' },
    { zone: 'US-AA', name: 'Zone AA', country: 'US', kind: 'subnational', area: 'iso', year: 2020, intensityGPerKwh: 600, basis: lc, coverage: 0.5, flags: [{ kind: 'partial-year', note: 'half a year' }], source: 'fixture' },
    { zone: 'US-AA', name: 'Zone AA', country: 'US', kind: 'subnational', area: 'iso', year: 2021, intensityGPerKwh: 590, basis: lc, source: 'fixture' },
    { zone: 'US-BB', name: 'Zone BB', country: 'US', kind: 'subnational', area: 'iso', year: 2022, intensityGPerKwh: 50, basis: lc, source: 'fixture' },
    { zone: 'US-PLANT', name: 'One Gas Plant', country: 'US', kind: 'subnational', area: 'single-plant', year: 2022, intensityGPerKwh: 5, basis: lc, source: 'fixture' },
    { zone: 'US-PART', name: 'Zone Part', country: 'US', kind: 'subnational', area: 'iso', year: 2022, intensityGPerKwh: 40, basis: lc, coverage: 0.4, flags: [{ kind: 'partial-year', note: 'part' }], source: 'fixture' },
    { zone: 'US-JUMP', name: 'Zone Jump', country: 'US', kind: 'subnational', area: 'iso', year: 2021, intensityGPerKwh: 400, basis: lc, source: 'fixture' },
    { zone: 'US-JUMP', name: 'Zone Jump', country: 'US', kind: 'subnational', area: 'iso', year: 2022, intensityGPerKwh: 30, basis: lc, flags: [{ kind: 'implausible-jump', note: 'artefact' }], source: 'fixture' },
    { zone: 'US-OLD', name: 'Zone Old', country: 'US', kind: 'subnational', area: 'iso', year: 2014, intensityGPerKwh: 700, basis: lc, source: 'fixture' },
    { zone: 'US-DIR', name: 'Direct State', country: 'US', kind: 'subnational', area: 'state', year: 2022, intensityGPerKwh: 900, basis: 'direct', source: 'fixture direct' },
    { zone: 'SE', name: 'Sweden', country: 'SE', kind: 'country', year: 2022, intensityGPerKwh: 40, basis: lc, source: 'fixture' },
  ],
  energySources: [],
  equivalents: [
    { id: 'car-km', label: 'km driven by an average car', unit: 'km', kgPerUnit: 0.25, source: 'fixture', year: 2023 },
  ],
  embodied: [
    { id: 'gpu-datacenter', label: 'data-centre GPU', embodiedKg: 150, lowKg: 100, highKg: 200, lifetimeYears: 6, utilisation: 0.85, host: { classId: 'server-host', devicesPerHost: 8 }, source: 'fixture gpu lca', year: 2023 },
    { id: 'server-host', label: 'server without accelerators', embodiedKg: 2500, lowKg: 2000, highKg: 3000, lifetimeYears: 6, utilisation: 0.85, source: 'fixture server lca', year: 2023 },
    { id: 'cpu-server', label: 'server CPU socket', embodiedKg: 20, lowKg: 10, highKg: 30, lifetimeYears: 6, utilisation: 0.85, host: { classId: 'server-host', devicesPerHost: 2 }, source: 'fixture cpu', year: 2023 },
  ],
  defaults: [
    { id: 'pue-default', label: 'industry average PUE', value: 1.58, unit: '', source: 'fixture survey', year: 2023 },
    { id: 'pue-default-low', label: 'low end', value: 1.1, unit: '', source: 'fixture survey', year: 2023 },
    { id: 'pue-default-high', label: 'high end', value: 2, unit: '', source: 'fixture survey', year: 2023 },
  ],
};
