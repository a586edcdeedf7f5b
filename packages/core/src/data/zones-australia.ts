/** Australian states: the scope-2 location-based emission factors of the National Greenhouse Accounts Factors 2024 (authored by hand). */
import type { ZoneRow } from './schema.ts';

const nga =
  'Australian Government DCCEEW, National Greenhouse Accounts Factors 2024, Table 1: scope 2 location-based emission factor for electricity consumed from the grid (kg CO2-e/kWh x 1000). Basis: direct (scope 2 counts combustion at the generator; upstream fuel and network losses are the separate scope-3 factor)';

// zone, name (as the Electricity Maps zones of the same key), gCO2e/kWh, the grid the factor is for
const states: [string, string, number, string][] = [
  ['AUS-NSW', 'New South Wales', 660, 'New South Wales and ACT'],
  ['AUS-VIC', 'Victoria', 770, 'Victoria'],
  ['AUS-QLD', 'Queensland', 710, 'Queensland'],
  ['AUS-SA', 'South Australia', 230, 'South Australia'],
  ['AUS-WA', 'Western Australia', 510, 'Western Australia, South West Interconnected System'],
  ['AUS-TAS', 'Tasmania', 150, 'Tasmania'],
  ['AUS-NT', 'Northern Territory', 560, 'Northern Territory, Darwin-Katherine system'],
];

/** One row per state, year 2024 (basis 'direct', area 'state'); the Electricity Maps rows of these keys are life-cycle and end in 2021. */
export const australiaZones: readonly ZoneRow[] = states.map(([zone, name, g, grid]) => ({
  zone, name, country: 'AU', kind: 'subnational', area: 'state', basis: 'direct', year: 2024, intensityGPerKwh: g, continent: 'Oceania',
  source: `${nga}; factor for ${grid}`,
}));
