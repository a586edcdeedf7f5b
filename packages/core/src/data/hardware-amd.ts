/** AMD GPUs: Instinct accelerators (MI25 to MI355X) and Radeon cards, with TDP, peak FLOPS and memory. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

// fp16Tflops: dense FP16 peak of the matrix cores where the part has them (MI100 on, RDNA3 WMMA), otherwise
// the packed shader FP16 rate; no sparsity. Memory is per board / OAM module.
const INSTINCT = 'AMD Instinct accelerator specifications (amd.com/en/products/accelerators/instinct)';
const RADEON = 'AMD Radeon graphics specifications (amd.com/en/products/graphics) and TechPowerUp GPU Database (techpowerup.com/gpu-specs)';

export const amdInstinct: readonly HardwareRow[] = deviceGroup(
  { vendor: 'AMD', type: 'gpu', embodiedClass: 'gpu-datacenter', source: INSTINCT, powerBasis: 'datasheet' },
  [
    { id: 'amd-instinct-mi25', name: 'Radeon Instinct MI25', tdpW: 300, fp32Tflops: 12.3, fp16Tflops: 24.6, memoryGb: 16, releaseYear: 2017, year: 2017, aliases: ['MI25', 'Instinct MI25'] },
    { id: 'amd-instinct-mi50', name: 'Radeon Instinct MI50', tdpW: 300, fp32Tflops: 13.3, fp16Tflops: 26.5, memoryGb: 32, releaseYear: 2018, year: 2018, aliases: ['MI50', 'Instinct MI50'], note: 'A 16 GB variant has the same TDP.' },
    { id: 'amd-instinct-mi60', name: 'Radeon Instinct MI60', tdpW: 300, fp32Tflops: 14.7, fp16Tflops: 29.5, memoryGb: 32, releaseYear: 2018, year: 2018, aliases: ['MI60', 'Instinct MI60'] },
    { id: 'amd-instinct-mi100', name: 'Instinct MI100', tdpW: 300, fp32Tflops: 23.1, fp16Tflops: 184.6, memoryGb: 32, releaseYear: 2020, year: 2020, aliases: ['MI100', 'AMD Instinct MI100'] },
    { id: 'amd-instinct-mi210', name: 'Instinct MI210', tdpW: 300, fp32Tflops: 22.6, fp16Tflops: 181, memoryGb: 64, releaseYear: 2022, year: 2022, aliases: ['MI210', 'AMD Instinct MI210'] },
    { id: 'amd-instinct-mi250', name: 'Instinct MI250', tdpW: 560, fp32Tflops: 45.3, fp16Tflops: 362.1, memoryGb: 128, releaseYear: 2021, year: 2021, aliases: ['MI250', 'AMD Instinct MI250'], note: 'OAM module with two GCDs (rocm-smi shows two devices, 64 GB each). AMD lists 500 W TDP, 560 W peak board power; the peak is used here.' },
    { id: 'amd-instinct-mi250x', name: 'Instinct MI250X', tdpW: 560, fp32Tflops: 47.9, fp16Tflops: 383, memoryGb: 128, releaseYear: 2021, year: 2021, aliases: ['MI250X', 'AMD Instinct MI250X'], note: 'OAM module with two GCDs (rocm-smi shows two devices, 64 GB each). AMD lists 500 W TDP, 560 W peak board power; the peak is used here.' },
    { id: 'amd-instinct-mi300a', name: 'Instinct MI300A', tdpW: 550, fp32Tflops: 122.6, fp16Tflops: 980.6, memoryGb: 128, releaseYear: 2023, year: 2023, aliases: ['MI300A', 'AMD Instinct MI300A'], note: 'APU: 24 Zen 4 CPU cores and CDNA 3 GPU sharing 128 GB HBM3; 550 W TDP (configurable up to 760 W with liquid cooling). Includes the CPU.' },
    { id: 'amd-instinct-mi300x', name: 'Instinct MI300X', tdpW: 750, fp32Tflops: 163.4, fp16Tflops: 1307.4, memoryGb: 192, releaseYear: 2023, year: 2023, aliases: ['MI300X', 'AMD Instinct MI300X'] },
    { id: 'amd-instinct-mi325x', name: 'Instinct MI325X', tdpW: 1000, fp32Tflops: 163.4, fp16Tflops: 1307.4, memoryGb: 256, releaseYear: 2024, year: 2024, aliases: ['MI325X', 'AMD Instinct MI325X'] },
    { id: 'amd-instinct-mi350x', name: 'Instinct MI350X', tdpW: 1000, fp32Tflops: 144.2, fp16Tflops: 2300, memoryGb: 288, releaseYear: 2025, year: 2025, aliases: ['MI350X', 'AMD Instinct MI350X'] },
    { id: 'amd-instinct-mi355x', name: 'Instinct MI355X', tdpW: 1400, fp32Tflops: 157.3, fp16Tflops: 2516, memoryGb: 288, releaseYear: 2025, year: 2025, aliases: ['MI355X', 'AMD Instinct MI355X'] },
  ],
);

export const amdRadeon: readonly HardwareRow[] = deviceGroup(
  { vendor: 'AMD', type: 'gpu', embodiedClass: 'gpu-consumer', source: RADEON, powerBasis: 'datasheet' },
  [
    { id: 'amd-radeon-rx-480', name: 'Radeon RX 480', tdpW: 150, fp32Tflops: 5.8, fp16Tflops: 5.8, memoryGb: 8, releaseYear: 2016, year: 2016, aliases: ['AMD RX480', 'RX480', 'RX 480', 'AMD Radeon RX 480'], note: 'Seed paper Appendix B and gpus.csv: 150 W, 5.8 TFLOPS (Polaris runs FP16 at the FP32 rate). A 4 GB variant exists.' },
    { id: 'amd-radeon-rx-580', name: 'Radeon RX 580', tdpW: 185, fp32Tflops: 6.17, fp16Tflops: 6.17, memoryGb: 8, releaseYear: 2017, year: 2017, aliases: ['RX 580', 'AMD Radeon RX 580'] },
    { id: 'amd-radeon-rx-vega-64', name: 'Radeon RX Vega 64', tdpW: 295, fp32Tflops: 12.66, fp16Tflops: 25.33, memoryGb: 8, releaseYear: 2017, year: 2017, aliases: ['Vega 64', 'RX Vega 64'] },
    { id: 'amd-radeon-vii', name: 'Radeon VII', tdpW: 300, fp32Tflops: 13.8, fp16Tflops: 27.7, memoryGb: 16, releaseYear: 2019, year: 2019, aliases: ['AMD Radeon VII'] },
    { id: 'amd-radeon-rx-5700-xt', name: 'Radeon RX 5700 XT', tdpW: 225, fp32Tflops: 9.75, fp16Tflops: 19.5, memoryGb: 8, releaseYear: 2019, year: 2019, aliases: ['RX 5700 XT'] },
    { id: 'amd-radeon-rx-6800', name: 'Radeon RX 6800', tdpW: 250, fp32Tflops: 16.17, fp16Tflops: 32.33, memoryGb: 16, releaseYear: 2020, year: 2020, aliases: ['RX 6800'] },
    { id: 'amd-radeon-rx-6800-xt', name: 'Radeon RX 6800 XT', tdpW: 300, fp32Tflops: 20.74, fp16Tflops: 41.47, memoryGb: 16, releaseYear: 2020, year: 2020, aliases: ['RX 6800 XT'] },
    { id: 'amd-radeon-rx-6900-xt', name: 'Radeon RX 6900 XT', tdpW: 300, fp32Tflops: 23.04, fp16Tflops: 46.08, memoryGb: 16, releaseYear: 2020, year: 2020, aliases: ['RX 6900 XT', 'AMD Radeon RX 6900 XT'] },
    { id: 'amd-radeon-rx-6950-xt', name: 'Radeon RX 6950 XT', tdpW: 335, fp32Tflops: 23.65, fp16Tflops: 47.3, memoryGb: 16, releaseYear: 2022, year: 2022, aliases: ['RX 6950 XT'] },
    { id: 'amd-radeon-rx-7800-xt', name: 'Radeon RX 7800 XT', tdpW: 263, fp32Tflops: 37.32, fp16Tflops: 74.65, memoryGb: 16, releaseYear: 2023, year: 2023, aliases: ['RX 7800 XT'] },
    { id: 'amd-radeon-rx-7900-xt', name: 'Radeon RX 7900 XT', tdpW: 315, fp32Tflops: 51.48, fp16Tflops: 103, memoryGb: 20, releaseYear: 2022, year: 2022, aliases: ['RX 7900 XT'] },
    { id: 'amd-radeon-rx-7900-xtx', name: 'Radeon RX 7900 XTX', tdpW: 355, fp32Tflops: 61.39, fp16Tflops: 122.8, memoryGb: 24, releaseYear: 2022, year: 2022, aliases: ['RX 7900 XTX', 'AMD Radeon RX 7900 XTX'], note: 'FP32 counts RDNA 3 dual-issue.' },
    { id: 'amd-radeon-pro-w7900', name: 'Radeon PRO W7900', tdpW: 295, fp32Tflops: 61.3, fp16Tflops: 122.6, memoryGb: 48, releaseYear: 2023, year: 2023, aliases: ['W7900'] },
    { id: 'amd-radeon-rx-9070', name: 'Radeon RX 9070', tdpW: 220, fp32Tflops: 36.1, memoryGb: 16, releaseYear: 2025, year: 2025, aliases: ['RX 9070'] },
    { id: 'amd-radeon-rx-9070-xt', name: 'Radeon RX 9070 XT', tdpW: 304, fp32Tflops: 48.7, memoryGb: 16, releaseYear: 2025, year: 2025, aliases: ['RX 9070 XT'] },
  ],
);

export const amdGpus: readonly HardwareRow[] = [...amdInstinct, ...amdRadeon];
