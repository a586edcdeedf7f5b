/** Cloud providers: fleet PUE where published, and the share of electricity they claim to match with renewables or offsets. */
import type { ProviderRow } from './schema.ts';

const mlco2 = 'ML CO2 Impact calculator data (github.com/mlco2/impact, data/impact.csv, offsetRatio column)';
const none = 'no fleet-wide renewable-matching or offset share found that carbontrail could confirm; 0 % assumed (location-based only)';

export const providers: readonly ProviderRow[] = [
  {
    id: 'aws', name: 'Amazon Web Services',
    pue: 1.15, pueSource: 'Amazon, AWS global data-centre PUE for 2023 (announced at re:Invent 2024; sustainability.aboutamazon.com, "The Cloud")', pueYear: 2023,
    offsetPercent: 100, offsetSource: 'Amazon 2023 Sustainability Report: 100 % of electricity consumed by Amazon matched with renewable energy sources in 2023', offsetYear: 2023,
  },
  {
    id: 'gcp', name: 'Google Cloud Platform',
    pue: 1.1, pueSource: 'Google, "Efficiency" (google.com/about/datacenters/efficiency): fleet-wide trailing-twelve-month PUE, 2023', pueYear: 2023,
    offsetPercent: 100, offsetSource: 'Google 2024 Environmental Report: annual electricity use matched 100 % with renewable energy purchases since 2017 (hourly carbon-free share is lower, about 64 % in 2023)', offsetYear: 2023,
  },
  {
    id: 'azure', name: 'Microsoft Azure',
    pue: 1.18, pueSource: 'Microsoft datacenter sustainability fact sheets, "Measuring datacenter energy and water use" (datacenters.microsoft.com): global operating PUE 1.18, design PUE 1.12 for the newest generation', pueYear: 2024,
    offsetPercent: 100, offsetSource: `${mlco2}; Microsoft reports matching its electricity use with renewable energy purchases`, offsetYear: 2019,
  },
  {
    id: 'oci', name: 'Oracle Cloud Infrastructure',
    offsetPercent: 0, offsetSource: none, offsetYear: 2025,
  },
  {
    id: 'ibm', name: 'IBM Cloud',
    pue: 1.46, pueSource: 'IBM 2023 Impact (ESG) Report: weighted average PUE of IBM data centres at the end of 2023', pueYear: 2023,
    offsetPercent: 74, offsetSource: 'IBM, "Energy and climate" (ibm.com/about/environment/energy-climate): 74 % of electricity consumed in IBM data centres came from renewable sources in 2023', offsetYear: 2023,
  },
  { id: 'ovh', name: 'OVHcloud', offsetPercent: 0, offsetSource: mlco2, offsetYear: 2019 },
  { id: 'scaleway', name: 'Scaleway', offsetPercent: 100, offsetSource: mlco2, offsetYear: 2019 },
  { id: 'coreweave', name: 'CoreWeave', offsetPercent: 0, offsetSource: mlco2, offsetYear: 2022 },
  { id: 'lambda', name: 'Lambda', offsetPercent: 0, offsetSource: none, offsetYear: 2025 },
  { id: 'alibaba', name: 'Alibaba Cloud', offsetPercent: 0, offsetSource: none, offsetYear: 2025 },
  { id: 'seeweb', name: 'Seeweb', offsetPercent: 0, offsetSource: mlco2, offsetYear: 2022 },
];
