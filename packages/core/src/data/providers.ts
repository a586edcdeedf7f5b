/** Cloud providers: fleet PUE where published, and the share of electricity they claim to match with renewables or offsets. */
import type { ProviderRow } from './schema.ts';

const mlco2 = 'ML CO2 Impact calculator data (github.com/mlco2/impact, data/impact.csv, offsetRatio column)';
const none = 'no fleet-wide renewable-matching or offset share found that carbontrail could confirm; 0 % assumed (location-based only)';

export const providers: readonly ProviderRow[] = [
  {
    id: 'aws', name: 'Amazon Web Services',
    pue: 1.14, pueSource: 'Amazon, "AWS Cloud" (sustainability.aboutamazon.com/environment/the-cloud): "In 2025, our data centers reported an average global PUE of 1.14", against 1.15 in 2024 and 2023', pueYear: 2025,
    offsetPercent: 100, offsetSource: 'Amazon, AWS sustainability page (aws.amazon.com/about-aws/sustainability): 100 % of the electricity consumed by Amazon was matched with renewable energy sources in 2024, for the second consecutive year (annual matching, not hourly)', offsetYear: 2024,
  },
  {
    id: 'gcp', name: 'Google Cloud Platform',
    pue: 1.09, pueSource: 'Google 2025 Environmental Report (as reported by the press): fleet-wide trailing-twelve-month PUE of 1.09 in 2024; Google\'s own summary (blog.google, "environmental report 2025"): 84 % less overhead energy than the industry average in 2024', pueYear: 2024,
    offsetPercent: 100, offsetSource: 'Google 2025 Environmental Report: annual electricity use matched 100 % with renewable energy purchases (seventh year); the hourly carbon-free share was 66 % in 2024 (blog.google, "environmental report 2025")', offsetYear: 2024,
  },
  {
    id: 'azure', name: 'Microsoft Azure',
    pue: 1.18, pueSource: 'Microsoft, Noelle Walsh, "How Microsoft measures datacenter water and energy use to improve Azure Cloud sustainability" (Azure blog, Earth Day, April 2022): global operating PUE 1.18 (Americas 1.17, EMEA 1.185, Asia-Pacific 1.405), design PUE 1.12 for the newest generation; as reported by datacenter-magazine.fr and windowscentral.com. No newer operating figure was found', pueYear: 2021,
    offsetPercent: 100, offsetSource: `${mlco2}; Microsoft reports matching its electricity use with renewable energy purchases`, offsetYear: 2019,
  },
  {
    id: 'oci', name: 'Oracle Cloud Infrastructure',
    offsetPercent: 0, offsetSource: `${none}; Oracle reported its European cloud regions on 100 % renewable electricity in 2021 (DatacenterDynamics, June 2021), not its fleet`, offsetYear: 2025,
  },
  {
    id: 'ibm', name: 'IBM Cloud',
    pue: 1.46, pueSource: 'IBM 2023 Impact (ESG) Report: weighted average PUE of IBM data centres at the end of 2023', pueYear: 2023,
    offsetPercent: 74, offsetSource: 'IBM, "Energy and climate" (ibm.com/about/environment/energy-climate): 74 % of electricity consumed in IBM data centres came from renewable sources in 2023', offsetYear: 2023,
  },
  {
    id: 'ovh', name: 'OVHcloud',
    pue: 1.2, pueSource: 'OVHcloud non-financial statement for FY2021 (September 2020 to August 2021), as reported by silicon.fr, "6 indicateurs sur l\'empreinte environnementale d\'OVHcloud" (November 2022): PUE 1.1 to 1.3 across sites; published range 1.1-1.3, midpoint', pueYear: 2021,
    offsetPercent: 78, offsetSource: 'OVHcloud non-financial statement for FY2021, as reported by silicon.fr (November 2022): 78 % of data-centre electricity from renewable sources (79 % in FY2020), partly through guarantees of origin', offsetYear: 2021,
  },
  { id: 'scaleway', name: 'Scaleway', offsetPercent: 100, offsetSource: 'Scaleway, as reported by silicon.fr, "5 indicateurs sur l\'empreinte environnementale de Scaleway" (November 2022): all data centres on renewable electricity (hydro, except Warsaw); also the offsetRatio of the ML CO2 Impact calculator data', offsetYear: 2022 },
  { id: 'coreweave', name: 'CoreWeave', offsetPercent: 0, offsetSource: mlco2, offsetYear: 2022 },
  { id: 'lambda', name: 'Lambda', offsetPercent: 0, offsetSource: none, offsetYear: 2025 },
  {
    id: 'alibaba', name: 'Alibaba Cloud',
    pue: 1.2, pueSource: 'Alibaba Group 2024 ESG Report (22 July 2024), as reported by Caixin (via 91haoming.cn): average PUE of self-built data centres 1.200 in FY2024 (April 2023 to March 2024); 1.215 in FY2023, 1.247 in FY2022', pueYear: 2024,
    offsetPercent: 56, offsetSource: 'Alibaba Group 2024 ESG Report, as reported by Caixin: 56 % of Alibaba Cloud\'s electricity was clean electricity in FY2024 (April 2023 to March 2024)', offsetYear: 2024,
  },
  {
    id: 'seeweb', name: 'Seeweb',
    pue: 1.2, pueSource: 'ML CO2 Impact calculator data (github.com/mlco2/impact, data/impact.csv, Seeweb row added 2024-02-10 in commit ffac6db), citing a Green Web Foundation check of seeweb.it; the source states no year: 2024 is the year of the page', pueYear: 2024,
    offsetPercent: 100, offsetSource: 'notizieindiretta.it, "Internet sempre più indispensabile, ma quanto inquina" (March 2021): Seeweb draws its electricity (about 7 GWh a year across its data centres) only from renewable sources (a supplier claim reported by the press); impact.csv records "100% carbon-free energy" for fro2', offsetYear: 2021,
  },
];
