/** Everyday equivalents of an amount of CO2eq, each as kg CO2eq per unit with its source. */
import type { EquivalentRow } from './schema.ts';

const epa = 'US EPA, Greenhouse Gas Equivalencies Calculator, "Calculations and References" (epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references)';
/** The page's current edition: electricity factors from eGRID2022; its values read through public quotations of the page. */
const epaCurrent = `${epa}, current edition (eGRID2022 data; values as quoted from the page in public sources)`;
const MILE_KM = 1.609344;
const LB_KG = 0.45359237;

export const equivalents: readonly EquivalentRow[] = [
  {
    id: 'car-km', label: 'km driven by an average gasoline passenger car', unit: 'km',
    // The original ML Emissions Calculator used the page's 2019 factor, 3.98e-4 t per mile.
    kgPerUnit: (3.93e-4 * 1000) / MILE_KM,
    source: `${epaCurrent}: 3.93 x 10^-4 metric tons CO2E per mile driven by an average gasoline passenger vehicle (converted per km; the original calculator used the 2019 edition's 3.98 x 10^-4)`, year: 2022,
  },
  {
    id: 'coal-kg', label: 'kg of coal burned', unit: 'kg',
    kgPerUnit: (9.05e-4 * 1000) / LB_KG,
    source: `${epa}, 2020 edition (EIA 2018 data: 20.85 mmbtu per metric ton of coal x 26.09 kg C per mmbtu): 9.05 x 10^-4 metric tons CO2 per pound of coal burned (converted per kg); the current edition's factor was not found`, year: 2018,
  },
  {
    id: 'tree-seedlings', label: 'tree seedlings grown for 10 years (carbon they sequester)', unit: 'seedlings',
    kgPerUnit: 60,
    source: `${epaCurrent}: 0.060 metric tons CO2 sequestered per urban tree seedling grown for 10 years (unchanged since the 2019 edition)`, year: 2022,
  },
  {
    id: 'smartphone-charges', label: 'smartphone charges', unit: 'charges',
    kgPerUnit: 1.24e-2,
    source: `${epaCurrent}: 1.24 x 10^-5 metric tons CO2 per smartphone charged (US average delivered electricity, transmission and distribution losses included)`, year: 2022,
  },
  {
    id: 'gasoline-litres', label: 'litres of gasoline burned', unit: 'L',
    kgPerUnit: (8.887e-3 * 1000) / 3.785411784,
    source: `${epa}: 8.887 x 10^-3 metric tons CO2 per gallon of gasoline (converted per litre), unchanged since 2010 (75 FR 25324)`, year: 2023,
  },
  {
    id: 'flight-passenger-km', label: 'passenger-km flown on a commercial flight (CO2 only, no contrail effects)', unit: 'passenger-km',
    kgPerUnit: 0.09,
    source: 'ICCT, Graver, Zhang & Rutherford, "CO2 emissions from commercial aviation, 2018" (2019): about 90 g CO2 per revenue passenger-km on average',
    year: 2018,
  },
  {
    id: 'flight-paris-new-york', label: 'one-way economy flights Paris–New York for one passenger (5,840 km great circle at the average rate per passenger-km)', unit: 'flights',
    kgPerUnit: 5840 * 0.09,
    source: 'carbontrail: great-circle distance CDG–JFK (5,840 km) x ICCT 2019 average of 90 g CO2 per revenue passenger-km (2018 data); excludes non-CO2 effects',
    year: 2018,
  },
  {
    id: 'video-streaming-hours', label: 'hours of video streaming', unit: 'hours',
    kgPerUnit: 0.036,
    source: 'IEA, G. Kamiya, "The carbon footprint of streaming video: fact-checking the headlines" (2020): about 36 g CO2 per hour of streaming, 2019 global average',
    year: 2019,
  },
];
