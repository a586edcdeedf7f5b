/** Custom CPUs of cloud providers (AWS, Azure, GCP, OCI) that have no maker page: TDP of the closest public sibling, an estimate. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

const ARK = 'Intel ARK via the CodeCarbon ARK export (intel_cpu_ark_dataset.csv, MIT)';
const AMD = 'AMD EPYC catalogue via the CodeCarbon AMD export (amd_cpu_server_dataset.csv, MIT)';
const AWS = 'AWS EC2 "Physical Processor" of the instance types (AWS Pricing API, as exported by ec2instances.info)';
const AZURE = 'Azure VM size documentation (learn.microsoft.com/azure/virtual-machines/sizes)';
const GCP = 'Boavizta boaviztapi GCP instance data (github.com/Boavizta/boaviztapi)';
const TEADS = 'the Teads AWS EC2 carbon-footprint dataset (as cited by Boavizta cpu_specs.csv)';

/** Source text: no maker page, the sibling whose TDP is used, and where the SKU is deployed. */
const src = (sibling: string, catalogue: string, where: string, seen: string) =>
  `No maker page for this custom SKU; TDP of its closest public sibling, ${sibling} (${catalogue}); deployed in ${where} (${seen})`;

const intel = { vendor: 'Intel', type: 'cpu', embodiedClass: 'cpu-server', powerBasis: 'estimate' } as const;
const amd = { vendor: 'AMD', type: 'cpu', embodiedClass: 'cpu-server', powerBasis: 'estimate' } as const;

export const cloudCpus: readonly HardwareRow[] = [
  ...deviceGroup(intel, [
    {
      name: 'Intel Xeon E5-2686 v4', tdpW: 145, cores: 18, releaseYear: 2016, year: 2016,
      source: src('Xeon E5-2697 v4 (18 cores, 145 W)', ARK, 'AWS p3 (V100), p2 (K80) and m4.16xlarge', AWS),
      note: 'AWS custom Broadwell part with no Intel page: 145 W is the TDP of its closest public sibling, the 18-core E5-2697 v4.',
    },
    {
      name: 'Intel Xeon E5-2666 v3', tdpW: 135, cores: 10, releaseYear: 2015, year: 2015,
      source: `${src('Xeon E5-2660 v3 (10 cores, 2.6 GHz, 105 W) and E5-2687W v3 (10 cores, 3.1 GHz, 160 W)', ARK, 'AWS c4', AWS)}; 135 W: ${TEADS}`,
      note: 'AWS custom 10-core, 2.9 GHz Haswell part with no Intel page: 135 W (the Teads estimate) lies between its public siblings E5-2660 v3 (105 W) and E5-2687W v3 (160 W).',
    },
    {
      name: 'Intel Xeon E5-2676 v3', tdpW: 120, cores: 12, releaseYear: 2015, year: 2015,
      source: src('Xeon E5-2670 v3 (12 cores, 120 W)', ARK, 'AWS m4', AWS),
      note: 'AWS custom Haswell part with no Intel page: 120 W is the TDP of its closest public sibling, the 12-core E5-2670 v3.',
    },
    {
      name: 'Intel Xeon E5-2673 v3', tdpW: 120, cores: 12, releaseYear: 2015, year: 2015,
      source: src('Xeon E5-2670 v3 (12 cores, 120 W)', ARK, 'Azure Dv2 and Dv3 (older hosts)', AZURE),
      note: 'Azure custom Haswell part with no Intel page: 120 W is the TDP of its closest public sibling, the 12-core E5-2670 v3 (third parties give 105-110 W).',
    },
    {
      name: 'Intel Xeon E5-2673 v4', tdpW: 135, cores: 20, releaseYear: 2016, year: 2016,
      source: src('Xeon E5-2698 v4 (20 cores, 135 W)', ARK, 'Azure Dv2, DSv2 and Dv3', AZURE),
      note: 'Azure custom Broadwell part with no Intel page: 135 W is the TDP of its closest public sibling, the 20-core E5-2698 v4.',
    },
    {
      name: 'Intel Xeon Platinum 8124M', tdpW: 200, cores: 18, releaseYear: 2017, year: 2017,
      source: src('Xeon Gold 6154 (18 cores, 3.0 GHz, 200 W)', ARK, 'AWS c5 and c5n', AWS),
      note: 'AWS custom Skylake part with no Intel page: 200 W is the TDP of its closest public sibling, the 18-core 3.0 GHz Gold 6154 (the Teads dataset says 240 W).',
    },
    {
      name: 'Intel Xeon Platinum 8171M', tdpW: 165, cores: 26, releaseYear: 2017, year: 2017,
      source: src('Xeon Platinum 8170 (26 cores, 165 W)', ARK, 'Azure Dv3 and Ev3', AZURE),
      note: 'Azure custom Skylake part with no Intel page: 165 W is the TDP of its closest public sibling, the 26-core Platinum 8170.',
    },
    {
      name: 'Intel Xeon Platinum 8175M', tdpW: 205, cores: 24, releaseYear: 2017, year: 2017,
      source: src('Xeon Platinum 8168 (24 cores, 205 W)', ARK, 'AWS m5, r5 and p3dn (V100)', AWS),
      note: 'AWS custom Skylake part with no Intel page: 205 W is the TDP of its closest public sibling, the 24-core Platinum 8168 (the Teads dataset says 240 W).',
    },
    {
      name: 'Intel Xeon Platinum 8259CL', tdpW: 165, cores: 24, releaseYear: 2019, year: 2019, aliases: ['Intel Xeon Platinum 8259L'],
      source: src('Xeon Platinum 8260 (24 cores, 165 W)', ARK, 'AWS m5n, r5n and g4dn (T4)', AWS),
      note: 'AWS custom Cascade Lake part with no Intel page: 165 W is the TDP of its closest public sibling, the 24-core Platinum 8260 (the Teads dataset says 210 W).',
    },
    {
      name: 'Intel Xeon Platinum 8272CL', tdpW: 205, cores: 26, releaseYear: 2019, year: 2019,
      source: src('Xeon Platinum 8270 (26 cores, 205 W)', ARK, 'Azure Fsv2, Esv3 and DSv2', AZURE),
      note: 'Azure custom Cascade Lake part with no Intel page: 205 W is the TDP of its closest public sibling, the 26-core Platinum 8270 (CodeCarbon lists 195 W).',
    },
    {
      name: 'Intel Xeon Platinum 8273CL', tdpW: 165, cores: 28, releaseYear: 2019, year: 2019,
      source: src('Xeon Platinum 8276 (28 cores, 2.2 GHz, 165 W)', ARK, 'GCP A2 (A100) and G2 (L4)', GCP),
      note: 'Google custom Cascade Lake part with no Intel page: 165 W is the TDP of its closest public sibling, the 28-core 2.2 GHz Platinum 8276.',
    },
    {
      name: 'Intel Xeon Platinum 8275CL', tdpW: 205, cores: 24, releaseYear: 2019, year: 2019, aliases: ['Intel Xeon Platinum 8275L'],
      source: src('Xeon Platinum 8268 (24 cores, 205 W)', ARK, 'AWS p4d and p4de (A100), c5.24xlarge, inf1 and dl1', AWS),
      note: 'AWS custom Cascade Lake part with no Intel page: 205 W is the TDP of its closest public sibling, the 24-core Platinum 8268 (the Teads dataset says 240 W).',
    },
    {
      name: 'Intel Xeon Platinum 8370C', tdpW: 250, cores: 32, releaseYear: 2021, year: 2021,
      source: src('Xeon Platinum 8358 (32 cores, 250 W)', ARK, 'Azure Dv5, Ddsv5 and Ev5', AZURE),
      note: 'Azure custom Ice Lake part with no Intel page: 250 W is the TDP of its closest public sibling, the 32-core Platinum 8358 (third parties give 205 W or 270 W).',
    },
    {
      name: 'Intel Xeon Platinum 8375C', tdpW: 265, cores: 32, releaseYear: 2021, year: 2021,
      source: src('Xeon Platinum 8362 (32 cores, 265 W)', ARK, 'AWS m6i, c6i, r6i and trn1 (Trainium)', AWS),
      note: 'AWS custom Ice Lake part with no Intel page: 265 W is the TDP of its closest public sibling, the 32-core Platinum 8362 (the Teads dataset says 300 W).',
    },
    {
      name: 'Intel Xeon Platinum 8480C', tdpW: 350, cores: 56, releaseYear: 2023, year: 2023,
      source: src('Xeon Platinum 8480+ (56 cores, 350 W)', ARK, 'NVIDIA DGX H100 hosts (two per system)', 'NVIDIA DGX H100 system listings'),
      note: 'OEM variant of the Platinum 8480+ with no Intel page: 350 W is the TDP of that public sibling.',
    },
    {
      name: 'Intel Xeon Platinum 8481C', tdpW: 350, cores: 56, releaseYear: 2023, year: 2023,
      source: src('Xeon Platinum 8480+ (56 cores, 350 W)', ARK, 'GCP C3 and A3 (H100)', GCP),
      note: 'Google custom Sapphire Rapids part with no Intel page: 350 W is the TDP of its closest public sibling, the 56-core Platinum 8480+.',
    },
    {
      name: 'Intel Xeon Platinum 8488C', tdpW: 350, cores: 48, releaseYear: 2023, year: 2023,
      source: src('Xeon Platinum 8468 (48 cores, 350 W)', ARK, 'AWS m7i, c7i and r7i', AWS),
      note: 'AWS custom Sapphire Rapids part with no Intel page: 350 W is the TDP of its closest public sibling, the 48-core Platinum 8468.',
    },
  ]),
  ...deviceGroup(amd, [
    {
      name: 'AMD EPYC 7R13', tdpW: 225, cores: 48, releaseYear: 2021, year: 2021,
      source: src('EPYC 7643 (48 cores, 225 W)', AMD, 'AWS p5 (H100), g6 (L4), g6e (L40S), inf2, m6a and c6a', AWS),
      note: 'AWS custom Milan part with no AMD page: 225 W is the TDP of its closest public sibling, the 48-core EPYC 7643.',
    },
    {
      name: 'AMD EPYC 7R32', tdpW: 225, cores: 48, releaseYear: 2020, year: 2020,
      source: src('EPYC 7642 (48 cores, 225 W)', AMD, 'AWS g5 (A10G), g4ad and c5a', AWS),
      note: 'AWS custom Rome part with no AMD page: 225 W is the TDP of its closest public sibling, the 48-core EPYC 7642 (the Teads dataset says 280 W).',
    },
    {
      name: 'AMD EPYC 9R14', tdpW: 360, cores: 96, releaseYear: 2023, year: 2023,
      source: src('EPYC 9654 (96 cores, 360 W)', AMD, 'AWS m7a and c7a', AWS),
      note: 'AWS custom Genoa part with no AMD page: 360 W is the TDP of its closest public sibling, the 96-core EPYC 9654.',
    },
    {
      name: 'AMD EPYC 7V12', tdpW: 225, cores: 64, releaseYear: 2020, year: 2020,
      source: src('EPYC 7742 (64 cores, 225 W)', AMD, 'Azure ND A100 v4, NDm A100 v4, NCasT4_v3 and NVv4', AZURE),
      note: 'Azure custom Rome part with no AMD page: 225 W is the TDP of its closest public sibling, the 64-core EPYC 7742.',
    },
    {
      name: 'AMD EPYC 7V13', tdpW: 280, cores: 64, releaseYear: 2021, year: 2021,
      source: src('EPYC 7763 (64 cores, 280 W) or 7713 (64 cores, 225 W)', AMD, 'Azure NC A100 v4', AZURE),
      note: 'Azure custom Milan part with no AMD page: its public 64-core siblings are the EPYC 7763 (280 W) and 7713 (225 W), and the upper value is taken.',
    },
    {
      name: 'AMD EPYC 9V84', tdpW: 360, cores: 96, releaseYear: 2023, year: 2023,
      source: src('EPYC 9654 (96 cores, 360 W)', AMD, 'Azure NCads H100 v5 ("4th-generation AMD EPYC Genoa"; the model name is as commonly reported, not in the Azure docs)', AZURE),
      note: 'Azure custom Genoa part with no AMD page: 360 W is the TDP of its closest public sibling, the 96-core EPYC 9654.',
    },
    {
      name: 'AMD EPYC 74F3V', tdpW: 240, cores: 24, releaseYear: 2021, year: 2021,
      source: src('EPYC 74F3 (24 cores, 240 W)', AMD, 'Azure NVads A10 v5', AZURE),
      note: 'Azure custom Milan part with no AMD page: 240 W is the TDP of its closest public sibling, the 24-core EPYC 74F3.',
    },
    {
      name: 'AMD EPYC 7B12', tdpW: 225, cores: 64, releaseYear: 2020, year: 2020,
      source: src('EPYC 7742 (64 cores, 225 W)', AMD, 'GCP N2D (Rome)', GCP),
      note: 'Google custom Rome part with no AMD page: 225 W is the TDP of its closest public sibling, the 64-core EPYC 7742 (CodeCarbon lists 240 W).',
    },
    {
      name: 'AMD EPYC 7B13', tdpW: 280, cores: 64, releaseYear: 2021, year: 2021,
      source: src('EPYC 7763 (64 cores, 280 W) or 7713 (64 cores, 225 W)', AMD, 'GCP T2D and N2D (Milan)', GCP),
      note: 'Google custom Milan part with no AMD page: its public 64-core siblings are the EPYC 7763 (280 W) and 7713 (225 W), and the upper value is taken.',
    },
    {
      name: 'AMD EPYC 9B14', tdpW: 360, cores: 96, releaseYear: 2023, year: 2023,
      source: src('EPYC 9654 (96 cores, 360 W)', AMD, 'GCP C3D', GCP),
      note: 'Google custom Genoa part with no AMD page: 360 W is the TDP of its closest public sibling, the 96-core EPYC 9654.',
    },
    {
      name: 'AMD EPYC 7J13', tdpW: 280, cores: 64, releaseYear: 2021, year: 2021,
      source: src('EPYC 7763 (64 cores, 280 W) or 7713 (64 cores, 225 W)', AMD, 'Oracle Cloud E4 shapes (as commonly reported, not confirmed here)', 'Oracle Cloud Infrastructure'),
      note: 'Oracle custom Milan part with no AMD page: its public 64-core siblings are the EPYC 7763 (280 W) and 7713 (225 W), and the upper value is taken.',
    },
  ]),
];
