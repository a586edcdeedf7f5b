/** A small, hand-written table set for exact tests of the model (not shipped data). */
import type { Tables } from '../tables.ts';

export const fixtureTables: Tables = {
  hardware: [
    { id: 'gpu-300', name: 'Test GPU 300', vendor: 'Test', type: 'gpu', tdpW: 300, aliases: ['tgpu', 'Tesla V100'], embodiedClass: 'gpu-datacenter', source: 'fixture', year: 2020 },
    { id: 'gpu-250-pcie', name: 'Test GPU 250 PCIe', vendor: 'Test', type: 'gpu', tdpW: 250, aliases: [], embodiedClass: 'gpu-datacenter', source: 'fixture', year: 2020 },
    { id: 'gpu-250-sxm', name: 'Test GPU 250 SXM', vendor: 'Test', type: 'gpu', tdpW: 250, aliases: [], source: 'fixture', year: 2020 },
    { id: 'cpu-100', name: 'Intel Xeon Gold 6148', vendor: 'Intel', type: 'cpu', tdpW: 150, aliases: [], embodiedClass: 'cpu-server', source: 'fixture', year: 2017 },
  ],
  providers: [
    { id: 'cloudy', name: 'Cloudy Cloud', pue: 1.1, pueSource: 'fixture pue', pueYear: 2023, offsetPercent: 100, offsetSource: 'fixture', offsetYear: 2023 },
    { id: 'other', name: 'Other Cloud', offsetPercent: 0, offsetSource: 'fixture', offsetYear: 2023 },
  ],
  regions: [
    // TODO(model): regions no longer carry an intensity (they draw from their zone); these were 20, 820 and 400 g/kWh.
    { provider: 'cloudy', region: 'north-1', country: 'SE', zone: 'SE', continent: 'Europe', aliases: [], source: 'fixture', year: 2022 },
    { provider: 'cloudy', region: 'east-1', country: 'US', zone: 'US-AA', continent: 'North America', aliases: [], source: 'fixture', year: 2022 },
    { provider: 'other', region: 'east-1', country: 'US', zone: 'US', continent: 'North America', pue: 1.5, aliases: [], source: 'fixture', year: 2022 },
  ],
  zones: [
    { zone: 'WORLD', name: 'World', country: 'WORLD', kind: 'world', basis: 'life-cycle', year: 2022, intensityGPerKwh: 480, source: 'fixture' },
    { zone: 'US', name: 'United States', country: 'US', kind: 'country', basis: 'life-cycle', year: 2020, intensityGPerKwh: 380, source: 'fixture', mainSource: 'gas' },
    { zone: 'US', name: 'United States', country: 'US', kind: 'country', basis: 'life-cycle', year: 2022, intensityGPerKwh: 370, source: 'fixture', mainSource: 'gas' },
    { zone: 'US-AA', name: 'Zone AA', country: 'US', kind: 'subnational', basis: 'life-cycle', year: 2022, intensityGPerKwh: 600, source: 'fixture' },
    { zone: 'US-BB', name: 'Zone BB', country: 'US', kind: 'subnational', basis: 'life-cycle', year: 2022, intensityGPerKwh: 50, source: 'fixture' },
    { zone: 'SE', name: 'Sweden', country: 'SE', kind: 'country', basis: 'life-cycle', year: 2022, intensityGPerKwh: 40, source: 'fixture' },
  ],
  energySources: [],
  equivalents: [
    { id: 'car-km', label: 'km driven by an average car', unit: 'km', kgPerUnit: 0.25, source: 'fixture', year: 2023 },
  ],
  embodied: [
    { id: 'gpu-datacenter', label: 'data-centre GPU', embodiedKg: 150, lowKg: 100, highKg: 200, lifetimeYears: 5, source: 'fixture', year: 2023 },
  ],
  defaults: [
    { id: 'pue-default', label: 'industry average PUE', value: 1.58, unit: '', source: 'fixture survey', year: 2023 },
    { id: 'pue-default-low', label: 'low end', value: 1.1, unit: '', source: 'fixture survey', year: 2023 },
    { id: 'pue-default-high', label: 'high end', value: 2, unit: '', source: 'fixture survey', year: 2023 },
  ],
};
