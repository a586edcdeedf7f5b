/** Grid carbon intensity per zone and year: every country, sub-national grids, and the world average. */
import type { ZoneRow } from './schema.ts';
import { countryZones } from './zones-countries.ts';
import { europeHistoryZones } from './zones-europe-history.ts';
import { electricityMapsZones } from './zones-electricitymaps.ts';
import { usStateZones } from './zones-us-states.ts';
import { canadaZones } from './zones-canada.ts';
import { regionalZones } from './zones-regional.ts';

const world = (year: number, g: number, source: string): ZoneRow => ({
  zone: 'WORLD', name: 'World', country: 'WORLD', kind: 'world', year, intensityGPerKwh: g, mainSource: 'coal', source,
});

/** World averages; the methods differ (direct CO2 until 2022, life-cycle CO2eq from 2023), as each source states. */
export const worldZones: readonly ZoneRow[] = [
  world(2018, 475, 'IEA, Global Energy & CO2 Status Report 2019: world average CO2 intensity of power generation in 2018 (direct CO2)'),
  world(2022, 436, 'Ember, Global Electricity Review 2023: carbon intensity of global electricity generation in 2022 (direct CO2)'),
  world(2023, 480, 'Ember, Global Electricity Review 2024: emissions intensity of global electricity generation in 2023 (life-cycle CO2eq)'),
];

/** Every zone row; the key is (zone, year). */
export const zones: readonly ZoneRow[] = [
  ...worldZones,
  ...countryZones,
  ...europeHistoryZones,
  ...usStateZones,
  ...canadaZones,
  ...regionalZones,
  ...electricityMapsZones,
];
