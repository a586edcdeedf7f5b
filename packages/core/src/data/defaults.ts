/** Stated defaults the model uses when neither the user nor a data row gives a value. */
import type { DefaultRow } from './schema.ts';

export const defaults: readonly DefaultRow[] = [
  {
    id: 'pue-default', label: 'industry-average data-centre PUE', value: 1.58, unit: 'ratio',
    source: 'Uptime Institute, Global Data Center Survey 2023: average annual PUE of respondents\' largest data centres', year: 2023,
  },
  {
    id: 'pue-default-low', label: 'low end of the PUE range when the PUE is a default (hyperscale fleet)', value: 1.1, unit: 'ratio',
    source: 'Google, "Efficiency" page: fleet-wide trailing-twelve-month PUE 1.10 in 2023', year: 2023,
  },
  {
    id: 'pue-default-high', label: 'high end of the PUE range when the PUE is a default (legacy facilities)', value: 2.0, unit: 'ratio',
    source: 'Uptime Institute Global Data Center Survey: industry average of 1.98 in 2011, still typical of legacy enterprise rooms', year: 2011,
  },
  {
    id: 'pue-original-calculator', label: 'PUE implied by the original ML Emissions Calculator (no facility overhead)', value: 1, unit: 'ratio',
    source: 'Lacoste, Luccioni, Schmidt & Dandres, "Quantifying the Carbon Emissions of Machine Learning", arXiv:1910.09700 (2019)', year: 2019,
  },
  {
    id: 'ram-power-w-per-gb', label: 'power drawn by memory per GB in use', value: 0.3725, unit: 'W/GB',
    source: 'Lannelongue, Grealey & Inouye, "Green Algorithms: Quantifying the Carbon Footprint of Computation", Advanced Science 8(12), 2021 (CodeCarbon uses a close 0.375 W/GB: 3 W per 8 GB)', year: 2021,
  },
  {
    id: 'cpu-power-w-per-thread', label: 'CPU power per logical CPU when the CPU model is not in the hardware table', value: 4, unit: 'W',
    source: 'CodeCarbon 3.x fallback for CPUs missing from its TDP table (mlco2/codecarbon issue #1051); a coarse default, override with --cpu-tdp', year: 2025,
  },
  {
    id: 'lifetime-default-years', label: 'service life of data-centre hardware when its class gives none', value: 6, unit: 'years',
    source: 'Useful life of servers in the hyperscalers\' annual reports: Alphabet six years from January 2023 (from four); Microsoft six years from July 2022 (fiscal 2023, from four); Amazon five years from 2022 and six from 2024, then back to five for a subset of servers from 2025. Six years is also the life Luccioni et al. 2023 use for BLOOM', year: 2025,
  },
  {
    id: 'load-default', label: 'device load when unmeasured (the TDP method)', value: 1, unit: 'fraction of TDP',
    source: 'Lacoste, Luccioni, Schmidt & Dandres, "Quantifying the Carbon Emissions of Machine Learning", arXiv:1910.09700 (2019): power = TDP', year: 2019,
  },
  {
    id: 'world-intensity', label: 'world-average grid carbon intensity, life-cycle (the latest WORLD row of the zones table)', value: 473, unit: 'gCO2eq/kWh',
    source: 'Our World in Data, "Carbon intensity of electricity generation", World, from Ember (2025), Yearly Electricity Data: life-cycle gCO2eq per kWh generated in 2024', year: 2024,
  },
];
