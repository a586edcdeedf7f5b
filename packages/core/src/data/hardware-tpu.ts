/** Google TPU chips, per chip; each row says whether its power is a TDP, a measured figure or an estimate. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

// fp16Tflops is the bf16 peak of the matrix units per chip (Google Cloud TPU system-architecture docs,
// cloud.google.com/tpu/docs/system-architecture-tpu-vm and the per-version pages). Memory is HBM per chip.
const PATTERSON_2021 = 'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", arXiv:2104.10350, Table 4 (measured average power per chip); peak bf16 and HBM from Google Cloud TPU docs (cloud.google.com/tpu/docs)';
const JOUPPI_2023 = 'Jouppi et al. 2023, "TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning", ISCA 2023 (arXiv:2304.01433), chip power; peak bf16 and HBM from Google Cloud TPU docs (cloud.google.com/tpu/docs/v4)';
const GCLOUD = 'Google Cloud TPU documentation (cloud.google.com/tpu/docs/v5e, /v5p, /v6e) for peak bf16 and HBM; Google publishes no chip power for these generations';

export const googleTpus: readonly HardwareRow[] = deviceGroup(
  { vendor: 'Google', type: 'tpu', embodiedClass: 'tpu' },
  [
    { id: 'google-tpu-v2', name: 'TPU v2', tdpW: 221, fp16Tflops: 45, memoryGb: 16, releaseYear: 2017, source: PATTERSON_2021, year: 2021, aliases: ['TPUv2', 'TPU2', 'TPUv2 Chip', 'TPU v2 chip'], note: 'Measured average power per chip (Patterson et al. 2021), not TDP; the same 221 W as gpus.csv. The seed paper (Appendix B) lists TPU2 at 250 W; Jouppi et al. 2021 ("Ten Lessons from Three Generations", ISCA) give a 280 W TDP. gpus.csv also lists 22 / 45 TFLOPS and 64 GB, the latter being a 4-chip board.' },
    { id: 'google-tpu-v3', name: 'TPU v3', tdpW: 283, fp16Tflops: 123, memoryGb: 32, releaseYear: 2018, source: PATTERSON_2021, year: 2021, aliases: ['TPUv3', 'TPU3', 'TPUv3 Chip', 'TPU v3 chip'], note: 'Measured average power per chip (Patterson et al. 2021), not TDP; the same 283 W as gpus.csv. The seed paper (Appendix B) lists TPU3 at 200 W; Jouppi et al. 2021 give a 450 W TDP. gpus.csv lists 45 / 90 TFLOPS and 128 GB (per 4-chip board); Google Cloud gives 123 bf16 TFLOPS and 32 GiB per chip.' },
    { id: 'google-tpu-v4', name: 'TPU v4', tdpW: 192, fp16Tflops: 275, memoryGb: 32, releaseYear: 2021, source: JOUPPI_2023, year: 2023, aliases: ['TPUv4', 'TPU4'], note: 'Maximum measured chip power (Jouppi et al. 2023), not a TDP; the same paper reports a 170 W mean across production workloads.' },
    { id: 'google-tpu-v5e', name: 'TPU v5e', tdpW: 170, fp16Tflops: 197, memoryGb: 16, releaseYear: 2023, source: GCLOUD, year: 2023, aliases: ['TPUv5e', 'TPU v5 lite', 'TPU v5litepod'], note: 'Estimate: Google publishes no power for v5e; assumed equal to the TPU v4 measured mean (170 W, Jouppi et al. 2023) for a smaller inference-oriented chip. Treat as doubtful.' },
    { id: 'google-tpu-v5p', name: 'TPU v5p', tdpW: 400, fp16Tflops: 459, memoryGb: 95, releaseYear: 2023, source: GCLOUD, year: 2023, aliases: ['TPUv5p'], note: 'Estimate: Google publishes no power for v5p (liquid-cooled, 95 GB HBM2e); 400 W assumed as about twice TPU v4 for about 1.7x its peak. Treat as doubtful.' },
    { id: 'google-tpu-v6e', name: 'TPU v6e (Trillium)', tdpW: 480, fp16Tflops: 918, memoryGb: 32, releaseYear: 2024, source: `${GCLOUD}; Google Cloud blog "Introducing Trillium" (2024): 4.7x v5e peak compute, 67% more energy-efficient`, year: 2024, aliases: ['TPU v6e', 'TPUv6e', 'Trillium', 'TPU v6'], note: 'Estimate: 170 W (the v5e estimate) x 4.7 / 1.67 = about 480 W, from Google\'s stated gains over v5e. Treat as doubtful.' },
  ],
);
