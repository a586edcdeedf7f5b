/** Sub-national zones authored by hand: Australian states (NGA Factors 2024) and Nordic bidding zones (ENTSO-E averages). */
import type { ZoneRow } from './schema.ts';

const nga =
  'Australian Government DCCEEW, National Greenhouse Accounts Factors 2024, Table 1: scope 2 location-based emission factor for electricity consumed from the grid (kg CO2-e/kWh x 1000)';
const nordic =
  'ENTSO-E historical averages for the Nordic bidding zones, as compiled in CodeCarbon private_infra/nordic_emissions.json (v3.3.0, updated 2026-01-24)';

// zone, name, gCO2eq/kWh
const australia: [string, string, number][] = [
  ['AUS-NSW', 'New South Wales and ACT', 660],
  ['AUS-VIC', 'Victoria', 770],
  ['AUS-QLD', 'Queensland', 710],
  ['AUS-SA', 'South Australia', 230],
  ['AUS-WA', 'Western Australia (South West Interconnected System)', 510],
  ['AUS-TAS', 'Tasmania', 150],
  ['AUS-NT', 'Northern Territory (Darwin-Katherine system)', 560],
];

// zone, country, name, gCO2eq/kWh, year
const nordicZones: [string, string, string, number, number][] = [
  ['SE-SE1', 'SE', 'Sweden bidding zone 1 (Luleå)', 18, 2024],
  ['SE-SE2', 'SE', 'Sweden bidding zone 2 (Sundsvall)', 18, 2024],
  ['SE-SE3', 'SE', 'Sweden bidding zone 3 (Stockholm)', 18, 2024],
  ['SE-SE4', 'SE', 'Sweden bidding zone 4 (Malmö)', 18, 2024],
  ['NO-NO1', 'NO', 'Norway bidding zone 1 (Oslo)', 18, 2024],
  ['NO-NO2', 'NO', 'Norway bidding zone 2 (Kristiansand)', 18, 2024],
  ['NO-NO3', 'NO', 'Norway bidding zone 3 (Trondheim)', 18, 2024],
  ['NO-NO4', 'NO', 'Norway bidding zone 4 (Tromsø)', 18, 2024],
  ['NO-NO5', 'NO', 'Norway bidding zone 5 (Bergen)', 18, 2024],
];

/** Australian states (2024) and Nordic bidding zones (2024), plus Finland's ENTSO-E average (2025). */
export const regionalZones: readonly ZoneRow[] = [
  ...australia.map(([zone, name, g]) => ({
    zone, name, country: 'AU', kind: 'subnational' as const, year: 2024, intensityGPerKwh: g, continent: 'Oceania' as const, source: nga,
  })),
  ...nordicZones.map(([zone, country, name, g, year]) => ({
    zone, name, country, kind: 'subnational' as const, year, intensityGPerKwh: g, continent: 'Europe' as const, source: nordic,
  })),
  { zone: 'FI', name: 'Finland', country: 'FI', kind: 'country', year: 2025, intensityGPerKwh: 72, continent: 'Europe', source: nordic },
];
