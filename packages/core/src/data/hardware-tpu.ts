/** Google TPU chips, per chip; each row says whether its power is a TDP, a measured figure or an estimate. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

// powerBasis: v2 and v3 are Google's measured average chip power (Patterson et al. 2021), not TDPs (280 W and 450 W,
// Jouppi et al.); v4 is the maximum chip power Google measured and published, used like a TDP ('datasheet');
// v5e, v5p and v6e are estimates of ours (Google publishes no chip power).
// gpus.csv also lists 22 / 45 TFLOPS and 64 GB for TPU v2 and 45 / 90 TFLOPS and 128 GB for TPU v3: per 4-chip board.
// fp16Tflops is the bf16 peak of the matrix units per chip (Google Cloud TPU system-architecture docs,
// cloud.google.com/tpu/docs/system-architecture-tpu-vm and the per-version pages). Memory is HBM per chip.
const PATTERSON_2021 = 'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", arXiv:2104.10350, Table 4 (measured average power per chip); peak bf16 and HBM from Google Cloud TPU docs (cloud.google.com/tpu/docs)';
const JOUPPI_2023 = 'Jouppi et al. 2023, "TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning", ISCA 2023 (arXiv:2304.01433), chip power; peak bf16 and HBM from Google Cloud TPU docs (cloud.google.com/tpu/docs/v4)';
const GCLOUD = 'Google Cloud TPU documentation (cloud.google.com/tpu/docs/v5e, /v5p, /v6e) for peak bf16 and HBM; Google publishes no chip power for these generations';

export const googleTpus: readonly HardwareRow[] = deviceGroup(
  { vendor: 'Google', type: 'tpu', embodiedClass: 'tpu' },
  [
    { id: 'google-tpu-v2', name: 'TPU v2', tdpW: 221, fp16Tflops: 45, memoryGb: 16, releaseYear: 2017, source: PATTERSON_2021, year: 2021, aliases: ['TPUv2', 'TPU2', 'TPUv2 Chip', 'TPU v2 chip'], powerBasis: 'measured-average', note: 'Average power measured per chip by Google (Patterson et al. 2021), not the 280 W TDP; the seed paper\'s Appendix B lists TPU2 at 250 W.' },
    { id: 'google-tpu-v3', name: 'TPU v3', tdpW: 283, fp16Tflops: 123, memoryGb: 32, releaseYear: 2018, source: PATTERSON_2021, year: 2021, aliases: ['TPUv3', 'TPU3', 'TPUv3 Chip', 'TPU v3 chip'], powerBasis: 'measured-average', note: 'Average power measured per chip by Google (Patterson et al. 2021), not the 450 W TDP; the seed paper\'s Appendix B lists TPU3 at 200 W.' },
    { id: 'google-tpu-v4', name: 'TPU v4', tdpW: 192, fp16Tflops: 275, memoryGb: 32, releaseYear: 2021, source: JOUPPI_2023, year: 2023, aliases: ['TPUv4', 'TPU4'], powerBasis: 'datasheet', note: 'Maximum chip power measured and published by Google (Jouppi et al. 2023), used like a TDP; the same paper reports a 170 W mean across production workloads.' },
    { id: 'google-tpu-v5e', name: 'TPU v5e', tdpW: 170, fp16Tflops: 197, memoryGb: 16, releaseYear: 2023, source: GCLOUD, year: 2023, aliases: ['TPUv5e', 'TPU v5 lite', 'TPU v5litepod'], powerBasis: 'estimate', note: 'Google publishes no v5e power: our estimate is the 170 W mean of TPU v4 (Jouppi et al. 2023), for a smaller inference-oriented chip.' },
    { id: 'google-tpu-v5p', name: 'TPU v5p', tdpW: 400, fp16Tflops: 459, memoryGb: 95, releaseYear: 2023, source: GCLOUD, year: 2023, aliases: ['TPUv5p'], powerBasis: 'estimate', note: 'Google publishes no v5p power: 400 W is assumed, about twice the 192 W of TPU v4 for about 1.7 times its peak.' },
    { id: 'google-tpu-v6e', name: 'TPU v6e (Trillium)', tdpW: 480, fp16Tflops: 918, memoryGb: 32, releaseYear: 2024, source: `${GCLOUD}; Google Cloud blog "Introducing Trillium" (2024): 4.7x v5e peak compute, 67% more energy-efficient`, year: 2024, aliases: ['TPU v6e', 'TPUv6e', 'Trillium', 'TPU v6'], powerBasis: 'estimate', note: 'Google publishes no v6e power: 480 W is our v5e estimate (170 W) times 4.7 (peak gain) divided by 1.67 (stated efficiency gain).' },
  ],
);
