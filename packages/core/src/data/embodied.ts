/** Manufacturing (cradle-to-gate) emissions per device class, with a range and the lifetime they are amortised over. */
import type { EmbodiedRow } from './schema.ts';

const bloom =
  'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model", JMLR 24(253), 2023';

export const embodied: readonly EmbodiedRow[] = [
  {
    id: 'gpu-datacenter',
    label: 'data-centre GPU board (A100/H100 class); high end covers estimates that include a share of the host server',
    embodiedKg: 150, lowKg: 100, highKg: 330, lifetimeYears: 6,
    source: `${bloom}: ~150 kg CO2eq per A100 GPU over a 6-year life; high: Chien et al., "Reducing the Carbon Impact of Generative AI Inference", HotCarbon 2023 (318 kg per A100 incl. 1/8 of the instance)`,
    year: 2023,
  },
  {
    id: 'gpu-consumer',
    label: 'consumer or workstation graphics card (GeForce / Radeon / Quadro)',
    embodiedKg: 60, lowKg: 25, highKg: 150, lifetimeYears: 4,
    source: 'EcoInfo (CNRS), Ecodiag calculator: "powerful GPU" 60 kg CO2eq, +/-60 % for the LCA and +/-60 % across models, 4-year duration',
    year: 2021,
  },
  {
    id: 'gpu-embedded',
    label: 'embedded GPU module (Jetson class); rough, no product LCA found: wide range',
    embodiedKg: 20, lowKg: 5, highKg: 60, lifetimeYears: 5,
    source: 'carbontrail estimate scaled from EcoInfo (CNRS) Ecodiag "powerful GPU" (60 kg CO2eq) by board size; uncertain',
    year: 2021,
  },
  {
    id: 'tpu',
    label: 'Google TPU chip with its board share (v4 to v6e); wide range, per-chip values not confirmed here',
    embodiedKg: 300, lowKg: 100, highKg: 1000, lifetimeYears: 6,
    source: 'Schneider et al. (Google), "Life-Cycle Emissions of AI Hardware: A Cradle-To-Grave Approach and Generational Trends", arXiv:2502.01671, 2025 (manufacturing 10-30 % of life-cycle emissions over 6 years); carbontrail range',
    year: 2025,
  },
  {
    id: 'accelerator',
    label: 'other AI accelerator card (AMD Instinct, Intel Gaudi, …); priced like a data-centre GPU with a wider range',
    embodiedKg: 200, lowKg: 80, highKg: 600, lifetimeYears: 6,
    source: `carbontrail estimate by analogy with data-centre GPUs (${bloom}; Chien et al., HotCarbon 2023)`,
    year: 2023,
  },
  {
    id: 'cpu-server',
    label: 'server CPU socket with its half share of a two-socket node (chassis, board, memory, storage, power supplies)',
    embodiedKg: 1250, lowKg: 500, highKg: 2000, lifetimeYears: 6,
    source: `${bloom}: ~2,500 kg CO2eq per server node excluding GPUs (from the Dell PowerEdge R740 product carbon footprint), 6-year life; one socket carries half`,
    year: 2023,
  },
  {
    id: 'cpu-desktop',
    label: 'desktop CPU with its share of a desktop computer (tower without screen)',
    embodiedKg: 250, lowKg: 100, highKg: 450, lifetimeYears: 4,
    source: 'Dell OptiPlex and HP desktop product carbon footprints (manufacturing share of about 150-400 kg CO2eq per tower); carbontrail central value, uncertain',
    year: 2023,
  },
  {
    id: 'soc',
    label: 'system-on-chip computer (Apple M-series laptop or mini desktop), whole device',
    embodiedKg: 150, lowKg: 70, highKg: 300, lifetimeYears: 4,
    source: 'Apple Product Environmental Reports (MacBook Air, MacBook Pro, Mac mini, 2022-2024): production emissions of roughly 70-300 kg CO2eq per device; 4-year first-owner use assumed by Apple',
    year: 2023,
  },
];
