/** Grid carbon intensity per zone and year: every country, sub-national grids, and the world average; each row names its basis. */
import type { ZoneRow } from './schema.ts';
import { worldZones } from './zones-world.ts';
import { countryZones } from './zones-countries.ts';
import { electricityMapsZones } from './zones-electricitymaps.ts';
import { usStateZones } from './zones-us-states.ts';
import { canadaZones } from './zones-canada.ts';
import { australiaZones } from './zones-australia.ts';

export { worldZones };

/**
 * Every zone row; the key is (zone, year), and all rows of one zone share its kind, country and area. Countries and the
 * world are life-cycle (OWID / Ember); Electricity Maps zones and our Canadian estimates are life-cycle; eGRID states,
 * NIR provinces and NGA states are direct, and only fill years without a life-cycle row.
 */
export const zones: readonly ZoneRow[] = [
  ...worldZones,
  ...countryZones,
  ...usStateZones,
  ...canadaZones,
  ...australiaZones,
  ...electricityMapsZones,
];
