/** Life-cycle carbon intensity of each source of electricity (median and published range, gCO2eq/kWh). */
import type { EnergySourceRow } from './schema.ts';

const ar5 =
  'IPCC AR5 WGIII (2014), Annex III "Technology-specific cost and performance parameters", Table A.III.2, life-cycle emissions (min / median / max)';
const srren =
  'IPCC SRREN (2011), Annex II "Methodology", Table A.II.4, life-cycle emissions of oil-fired electricity (minimum / 50th percentile / maximum)';

export const energySources: readonly EnergySourceRow[] = [
  { id: 'coal', name: 'Coal (pulverised coal)', renewable: false, lowCarbon: false, intensityGPerKwh: 820, lowGPerKwh: 740, highGPerKwh: 910, source: ar5, year: 2014 },
  { id: 'gas', name: 'Natural gas (combined cycle)', renewable: false, lowCarbon: false, intensityGPerKwh: 490, lowGPerKwh: 410, highGPerKwh: 650, source: ar5, year: 2014 },
  { id: 'oil', name: 'Oil', renewable: false, lowCarbon: false, intensityGPerKwh: 840, lowGPerKwh: 510, highGPerKwh: 1170, source: srren, year: 2011 },
  { id: 'nuclear', name: 'Nuclear', renewable: false, lowCarbon: true, intensityGPerKwh: 12, lowGPerKwh: 3.7, highGPerKwh: 110, source: ar5, year: 2014 },
  { id: 'hydro', name: 'Hydropower', renewable: true, lowCarbon: true, intensityGPerKwh: 24, lowGPerKwh: 1, highGPerKwh: 2200, source: ar5, year: 2014 },
  { id: 'wind', name: 'Wind (onshore)', renewable: true, lowCarbon: true, intensityGPerKwh: 11, lowGPerKwh: 7, highGPerKwh: 56, source: ar5, year: 2014 },
  { id: 'solar', name: 'Solar PV (utility scale)', renewable: true, lowCarbon: true, intensityGPerKwh: 48, lowGPerKwh: 18, highGPerKwh: 180, source: ar5, year: 2014 },
  { id: 'geothermal', name: 'Geothermal', renewable: true, lowCarbon: true, intensityGPerKwh: 38, lowGPerKwh: 6, highGPerKwh: 79, source: ar5, year: 2014 },
  { id: 'biomass', name: 'Biomass (dedicated)', renewable: true, lowCarbon: true, intensityGPerKwh: 230, lowGPerKwh: 130, highGPerKwh: 420, source: ar5, year: 2014 },
  {
    id: 'other',
    name: 'Other or unspecified',
    renewable: false,
    lowCarbon: false,
    intensityGPerKwh: 480,
    lowGPerKwh: 1,
    highGPerKwh: 1170,
    source:
      'carbontrail assumption: unspecified generation priced at the world average of Ember, Global Electricity Review 2024 (480 gCO2eq/kWh in 2023), range spanning the lowest and highest values of IPCC AR5 Table A.III.2 and SRREN Table A.II.4',
    year: 2024,
  },
];
