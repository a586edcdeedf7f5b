/**
 * Manufacturing (cradle-to-gate) emissions per device class, with a range, the life and use share they are amortised
 * over, and the host a device sits in. A job of `hours` carries embodiedKg × hours ÷ (lifetimeYears × hoursPerYear ×
 * utilisation), plus the same share of its host's row divided by `devicesPerHost`. With BLOOM's figures this gives
 * (150 + 2,500 ÷ 8) kg × 1,082,990 GPU-hours ÷ (6 × 8,760 × 0.85) h = 11.2 t, the paper's embodied total.
 */
import type { EmbodiedRow } from './schema.ts';

const BLOOM =
  'Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model", JMLR 24(253), 2023 (arXiv:2211.02001)';
const BLOOM_LIFE = '6-year life at 85 % use over 8,760 h a year, as the BLOOM study amortises its GPUs and servers';
const BOAVIZTA_CPU =
  'Boavizta API documentation, CPU component example: Intel Xeon Gold 6134 manufacture 21.9 kg CO2eq (10.6-44.1) (github.com/Boavizta/boaviztapi, docs/getting_started/cpu_component.md)';
/** Stated assumption for personal devices: no source gives their share of life in use. */
const HALF_USE = 'use share: carbontrail assumption, in use half of its life (about 12 hours a day), as no source found gives one for these devices';
/** BLOOM counts 8,760 h in a year; every row here amortises the same way. */
const HOURS_PER_YEAR = 8760;

export const embodied: readonly EmbodiedRow[] = [
  {
    id: 'gpu-datacenter',
    label: 'data-centre GPU board or module (A100/H100 class), without its host server',
    embodiedKg: 150, lowKg: 100, highKg: 250,
    lifetimeYears: 6, utilisation: 0.85, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'server-host', devicesPerHost: 8 },
    source: `${BLOOM}: 150 kg CO2eq per A100 GPU; ${BLOOM_LIFE}; host: 8 GPUs per server node (BLOOM's 384 GPUs in 48 nodes); range: carbontrail assumption (no second per-GPU life-cycle assessment was verified)`,
    year: 2023,
  },
  {
    id: 'server-host',
    label: 'server node without its accelerators (chassis, board, CPUs, memory, storage, power supplies)',
    embodiedKg: 2500, lowKg: 1350, highKg: 3650,
    lifetimeYears: 6, utilisation: 0.85, hoursPerYear: HOURS_PER_YEAR,
    source: `${BLOOM}: 2,500 kg CO2eq per server node excluding GPUs (attributed to a Dell PowerEdge R740-class life-cycle assessment); ${BLOOM_LIFE}; low: Dell's PowerEdge R740 product carbon footprint outside the use phase, about 1,360 kg for its reference configuration (Dell PCF sheet, as compiled in github.com/YousefEZ/server-co2e); high: carbontrail assumption, as far above 2,500 kg as the low is below, for GPU nodes with more memory, storage, network cards and power supplies`,
    year: 2023,
  },
  {
    id: 'tpu',
    label: 'Google TPU chip with its board share (v4 to v6e), without its host server; wide range, per-chip values not confirmed here',
    embodiedKg: 300, lowKg: 100, highKg: 1000,
    lifetimeYears: 6, utilisation: 0.85, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'server-host', devicesPerHost: 4 },
    source: 'Schneider et al. (Google), "Life-Cycle Emissions of AI Hardware: A Cradle-To-Grave Approach and Generational Trends", arXiv:2502.01671, 2025 (manufacturing 10-30 % of life-cycle emissions over a 6-year functional unit; per-chip values not obtained): carbontrail central value and range; 6-year life as in that paper; host: 4 chips per TPU host (Google Cloud TPU v4 and v5p hosts; v5e and v6e hosts hold up to 8, so 4 counts the larger host share), a carbontrail assumption; use share: 85 %, carried over from BLOOM as a carbontrail assumption',
    year: 2025,
  },
  {
    id: 'accelerator',
    label: 'other AI accelerator card (Intel Gaudi, AWS Trainium and Inferentia), without its host server; priced like a data-centre GPU with a wider range',
    embodiedKg: 200, lowKg: 80, highKg: 600,
    lifetimeYears: 6, utilisation: 0.85, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'server-host', devicesPerHost: 8 },
    source: `carbontrail estimate by analogy with data-centre GPUs (${BLOOM}): value and range; life, use share and 8 devices per host as BLOOM's GPU servers (Gaudi systems hold 8 cards; AWS trn1 and inf2 hosts hold 12 to 16 chips, so 8 counts the larger host share)`,
    year: 2023,
  },
  {
    id: 'cpu-server',
    label: 'server CPU package, per socket; its host server is counted when the job uses no accelerator (two sockets share one host)',
    embodiedKg: 22, lowKg: 11, highKg: 44,
    lifetimeYears: 6, utilisation: 0.85, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'server-host', devicesPerHost: 2 },
    source: `${BOAVIZTA_CPU}; ${BLOOM_LIFE}; host: a two-socket server node (BLOOM's 2,500 kg node includes its CPUs)`,
    year: 2023,
  },
  {
    id: 'gpu-consumer',
    label: 'consumer or workstation graphics card (GeForce / Radeon / Quadro), without the desktop it sits in',
    embodiedKg: 60, lowKg: 25, highKg: 150,
    lifetimeYears: 4, utilisation: 0.5, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'desktop-host', devicesPerHost: 1 },
    source: `EcoInfo (CNRS), Ecodiag calculator: "powerful GPU" 60 kg CO2eq, +/-60 % for the LCA and +/-60 % across models, 4-year duration; ${HALF_USE}; host: one card per desktop, a carbontrail assumption`,
    year: 2021,
  },
  {
    id: 'desktop-host',
    label: 'desktop or workstation tower without its graphics card or screen (chassis, board, CPU, memory, storage, power supply)',
    embodiedKg: 250, lowKg: 100, highKg: 450,
    lifetimeYears: 4, utilisation: 0.5, hoursPerYear: HOURS_PER_YEAR,
    source: `Dell OptiPlex and HP desktop product carbon footprints (manufacturing share of about 150-400 kg CO2eq per tower, 4-year use scenario); carbontrail central value, uncertain; ${HALF_USE}`,
    year: 2023,
  },
  {
    id: 'cpu-desktop',
    label: 'desktop CPU package; its desktop is counted when the job uses no graphics card',
    embodiedKg: 22, lowKg: 11, highKg: 44,
    lifetimeYears: 4, utilisation: 0.5, hoursPerYear: HOURS_PER_YEAR,
    host: { classId: 'desktop-host', devicesPerHost: 1 },
    source: `${BOAVIZTA_CPU} (desktop dies are smaller: an upper-side value); 4-year life as the desktop's; ${HALF_USE}; host: one CPU per desktop`,
    year: 2023,
  },
  {
    id: 'gpu-embedded',
    label: 'embedded GPU module (Jetson class), the whole module; rough, no product LCA found: wide range',
    embodiedKg: 20, lowKg: 5, highKg: 60,
    lifetimeYears: 5, utilisation: 0.5, hoursPerYear: HOURS_PER_YEAR,
    source: `carbontrail estimate scaled from EcoInfo (CNRS) Ecodiag "powerful GPU" (60 kg CO2eq) by board size, uncertain; 5-year life: carbontrail assumption; ${HALF_USE}`,
    year: 2021,
  },
  {
    id: 'soc',
    label: 'system-on-chip computer (Apple M-series laptop or mini desktop), the whole device',
    embodiedKg: 150, lowKg: 70, highKg: 300,
    lifetimeYears: 4, utilisation: 0.5, hoursPerYear: HOURS_PER_YEAR,
    source: `Apple Product Environmental Reports (MacBook Air, MacBook Pro, Mac mini, Mac Studio, 2022-2025): production emissions of roughly 70-300 kg CO2eq per device (Mac Studio M4 Max 2025: 276 kg in total, 41 % of it use); 4-year first-owner use, as Apple models it; ${HALF_USE}`,
    year: 2025,
  },
];
