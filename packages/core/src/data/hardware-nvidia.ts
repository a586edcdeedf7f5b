/** NVIDIA GPUs: data-centre (Kepler to Blackwell), workstation, GeForce and Jetson, with TDP, peak FLOPS and memory. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

// fp32Tflops: peak FP32 (boost clock). fp16Tflops: for data-centre parts from Volta on, the dense Tensor Core
// FP16 peak without sparsity; for GeForce, Titan and Quadro cards, the shader FP16 rate as TechPowerUp lists it
// (the convention of the seed paper's Appendix B). Memory is per board.
const TPU_DB = 'TechPowerUp GPU Database (techpowerup.com/gpu-specs)';
const KEPLER = 'NVIDIA Tesla K-series board specifications and datasheets (nvidia.com)';
const MAXWELL = 'NVIDIA Tesla M-series datasheets (nvidia.com)';
const PASCAL = 'NVIDIA Tesla P4/P40/P100 datasheets (nvidia.com/en-us/data-center/tesla-p100, tesla-p40)';
const V100 = 'NVIDIA Tesla V100 datasheet (images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf)';
const T4 = 'NVIDIA T4 Tensor Core GPU datasheet (nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf)';
const A100 = 'NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf)';
const AMPERE_DC = 'NVIDIA A2/A10/A16/A30/A40 datasheets (nvidia.com/en-us/data-center/products)';
const H100 = 'NVIDIA H100 Tensor Core GPU datasheet (resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet)';
const H200 = 'NVIDIA H200 Tensor Core GPU product page and datasheet (nvidia.com/en-us/data-center/h200)';
const GH200 = 'NVIDIA GH200 Grace Hopper Superchip datasheet (resources.nvidia.com/en-us-grace-cpu/grace-hopper-superchip)';
const ADA_DC = 'NVIDIA L4 / L40 / L40S datasheets (nvidia.com/en-us/data-center/l4, l40, l40s)';
const BLACKWELL = 'NVIDIA Blackwell datasheets: HGX B200 / B100 and GB200 NVL72 (nvidia.com/en-us/data-center/hgx, gb200-nvl72)';
const BLACKWELL_ULTRA = 'NVIDIA HGX B300 / Blackwell Ultra product pages (nvidia.com/en-us/data-center/hgx, gb300-nvl72)';
const WORKSTATION = 'NVIDIA RTX / Quadro professional GPU datasheets (nvidia.com/en-us/design-visualization)';
const JETSON = 'NVIDIA Jetson module data sheets (developer.nvidia.com/embedded/jetson-modules)';
const GPUS_CSV = "the calculator's gpus.csv (mlco2/impact)";

// powerBasis: every NVIDIA row is the maker's figure (datasheet TDP or board power; GeForce and some Quadro reference
// powers as TechPowerUp copies them), except the estimates marked on their rows (A10G, H20, B300).
const dc = { vendor: 'NVIDIA', type: 'gpu', embodiedClass: 'gpu-datacenter', powerBasis: 'datasheet' } as const;
const consumer = { vendor: 'NVIDIA', type: 'gpu', embodiedClass: 'gpu-consumer', powerBasis: 'datasheet' } as const;

export const nvidiaDataCenter: readonly HardwareRow[] = deviceGroup(dc, [
  // Kepler
  { id: 'nvidia-k10', name: 'Tesla K10', tdpW: 225, fp32Tflops: 4.58, memoryGb: 8, releaseYear: 2012, source: KEPLER, year: 2012, aliases: ['K10'], note: 'Dual-GPU board; figures are for the whole board.' },
  { id: 'nvidia-k20', name: 'Tesla K20', tdpW: 225, fp32Tflops: 3.52, memoryGb: 5, releaseYear: 2012, source: KEPLER, year: 2012, aliases: ['K20', 'Tesla K20c', 'Tesla K20m'] },
  { id: 'nvidia-k20x', name: 'Tesla K20X', tdpW: 235, fp32Tflops: 3.95, memoryGb: 6, releaseYear: 2012, source: KEPLER, year: 2012, aliases: ['K20X', 'Tesla K20Xm'] },
  { id: 'nvidia-k40', name: 'Tesla K40', tdpW: 235, fp32Tflops: 5.04, memoryGb: 12, releaseYear: 2013, source: KEPLER, year: 2013, aliases: ['K40', 'Tesla K40c', 'Tesla K40m'], note: `NVIDIA's board specification gives 235 W; ${GPUS_CSV} lists 'Tesla K40c' at 245 W (TechPowerUp).` },
  { id: 'nvidia-k80', name: 'Tesla K80', tdpW: 300, fp32Tflops: 8.73, memoryGb: 24, releaseYear: 2014, source: KEPLER, year: 2014, aliases: ['K80'], note: "Dual-GPU board (2 x GK210, 12 GB each): nvidia-smi shows two devices, so one visible 'K80' device is about half the board (150 W). gpus.csv lists 4.1 TFLOPS and 12 GB, the per-GPU base-clock figures." },
  // Maxwell
  { id: 'nvidia-m4', name: 'Tesla M4', tdpW: 75, fp32Tflops: 2.2, memoryGb: 4, releaseYear: 2015, source: MAXWELL, year: 2015, aliases: ['M4 GPU'], note: 'Configurable 50-75 W.' },
  { id: 'nvidia-m10', name: 'Tesla M10', tdpW: 225, memoryGb: 32, releaseYear: 2016, source: MAXWELL, year: 2016, aliases: ['M10'], note: 'Quad-GPU board; figures are for the whole board.' },
  { id: 'nvidia-m40', name: 'Tesla M40', tdpW: 250, fp32Tflops: 7, memoryGb: 12, releaseYear: 2015, source: MAXWELL, year: 2015, aliases: ['M40', 'Tesla M40 12GB'] },
  { id: 'nvidia-m40-24gb', name: 'Tesla M40 24GB', tdpW: 250, fp32Tflops: 7, memoryGb: 24, releaseYear: 2016, source: MAXWELL, year: 2016, note: `${GPUS_CSV} lists 12 GB of memory for this 24 GB card; TDP agrees (250 W).` },
  { id: 'nvidia-m60', name: 'Tesla M60', tdpW: 300, fp32Tflops: 9.65, memoryGb: 16, releaseYear: 2015, source: MAXWELL, year: 2015, aliases: ['M60'], note: 'Dual-GPU board, configurable 225-300 W; figures are for the whole board.' },
  // Pascal
  { id: 'nvidia-p4', name: 'Tesla P4', tdpW: 75, fp32Tflops: 5.5, memoryGb: 8, releaseYear: 2016, source: PASCAL, year: 2016, aliases: ['P4'], note: 'Configurable 50-75 W.' },
  { id: 'nvidia-p40', name: 'Tesla P40', tdpW: 250, fp32Tflops: 12, memoryGb: 24, releaseYear: 2016, source: PASCAL, year: 2016, aliases: ['P40'] },
  { id: 'nvidia-p100-pcie-16gb', name: 'Tesla P100 PCIe 16 GB', tdpW: 250, fp32Tflops: 9.3, fp16Tflops: 18.7, memoryGb: 16, releaseYear: 2016, source: PASCAL, year: 2016, aliases: ['Tesla P100', 'P100', 'P100 GPU', 'P100 PCIe', 'Tesla P100-PCIE-16GB'], note: "'Tesla P100' and 'P100' name this PCIe card (250 W), as gpus.csv does; the SXM2 module is 300 W." },
  { id: 'nvidia-p100-pcie-12gb', name: 'Tesla P100 PCIe 12 GB', tdpW: 250, fp32Tflops: 9.3, fp16Tflops: 18.7, memoryGb: 12, releaseYear: 2016, source: PASCAL, year: 2016, aliases: ['Tesla P100-PCIE-12GB'] },
  { id: 'nvidia-p100-sxm2-16gb', name: 'Tesla P100 SXM2 16 GB', tdpW: 300, fp32Tflops: 10.6, fp16Tflops: 21.2, memoryGb: 16, releaseYear: 2016, source: PASCAL, year: 2016, aliases: ['P100 SXM2', 'Tesla P100-SXM2-16GB'] },
  // Volta
  { id: 'nvidia-v100-pcie-16gb', name: 'Tesla V100 PCIe 16 GB', tdpW: 250, fp32Tflops: 14, fp16Tflops: 112, memoryGb: 16, releaseYear: 2017, source: V100, year: 2017, aliases: ['Tesla V100-PCIE-16GB', 'V100 PCIe', 'V100-PCIE-16GB'], note: `${GPUS_CSV} gives 300 W for the PCIe card and 250 W for the SXM2 one, the reverse of NVIDIA's datasheet (PCIe 250 W, SXM2 300 W).` },
  { id: 'nvidia-v100-pcie-32gb', name: 'Tesla V100 PCIe 32 GB', tdpW: 250, fp32Tflops: 14, fp16Tflops: 112, memoryGb: 32, releaseYear: 2018, source: V100, year: 2018, aliases: ['Tesla V100-PCIE-32GB', 'V100-PCIE-32GB'] },
  { id: 'nvidia-v100-sxm2-16gb', name: 'Tesla V100 SXM2 16 GB', tdpW: 300, fp32Tflops: 15.7, fp16Tflops: 125, memoryGb: 16, releaseYear: 2017, source: V100, year: 2017, aliases: ['Tesla V100-SXM2-16GB', 'V100-SXM2-16GB'], note: `${GPUS_CSV} lists 250 W for this module (swapped with the PCIe card); NVIDIA's datasheet gives 300 W for SXM2.` },
  { id: 'nvidia-v100-sxm2-32gb', name: 'Tesla V100 SXM2 32 GB', tdpW: 300, fp32Tflops: 15.7, fp16Tflops: 125, memoryGb: 32, releaseYear: 2018, source: V100, year: 2018, aliases: ['Tesla V100', 'V100', 'V100 GPU', 'V100 SXM2', 'Tesla V100 SXM2', 'Tesla V100-SXM2-32GB', 'V100-SXM2-32GB'], note: "The generic 'Tesla V100' / 'V100' resolves here (300 W, as in the seed paper's Appendix B, which lists 15 TFLOPS fp32 / 30 TFLOPS shader fp16); the 16 GB module has the same TDP." },
  { id: 'nvidia-v100s-pcie-32gb', name: 'Tesla V100S PCIe 32 GB', tdpW: 250, fp32Tflops: 16.4, fp16Tflops: 130, memoryGb: 32, releaseYear: 2019, source: V100, year: 2019, aliases: ['V100S', 'Tesla V100S', 'Tesla V100S-PCIE-32GB'] },
  { id: 'nvidia-v100-fhhl', name: 'Tesla V100 FHHL 16 GB', tdpW: 150, memoryGb: 16, releaseYear: 2018, source: V100, year: 2018, aliases: ['Tesla V100-FHHL-16GB'] },
  // Turing
  { id: 'nvidia-t4', name: 'Tesla T4', tdpW: 70, fp32Tflops: 8.1, fp16Tflops: 65, memoryGb: 16, releaseYear: 2018, source: T4, year: 2018, aliases: ['T4', 'NVIDIA T4'] },
  // Ampere
  { id: 'nvidia-a2', name: 'A2', tdpW: 60, fp32Tflops: 4.5, fp16Tflops: 18, memoryGb: 16, releaseYear: 2021, source: AMPERE_DC, year: 2021, aliases: ['NVIDIA A2'], note: 'Configurable 40-60 W.' },
  { id: 'nvidia-a10', name: 'A10', tdpW: 150, fp32Tflops: 31.2, fp16Tflops: 125, memoryGb: 24, releaseYear: 2021, source: AMPERE_DC, year: 2021, aliases: ['NVIDIA A10'] },
  { id: 'nvidia-a10g', name: 'A10G', tdpW: 300, fp32Tflops: 31.52, memoryGb: 24, releaseYear: 2021, powerBasis: 'estimate', source: `Power: the 300 W power limit nvidia-smi reports on AWS EC2 G5 instances ("NVIDIA A10G ... / 300W", seen in ten independent public logs); NVIDIA publishes no A10G datasheet. FP32 and memory: ${TPU_DB}, A10G (techpowerup.com/gpu-specs/a10g.c3798)`, year: 2021, aliases: ['NVIDIA A10G'], note: 'NVIDIA publishes no datasheet for this AWS variant of the A10: 300 W is the power limit nvidia-smi reports on EC2 G5 instances (TechPowerUp and gpus.csv list 150 W).' },
  { id: 'nvidia-a16', name: 'A16', tdpW: 250, fp32Tflops: 18, memoryGb: 64, releaseYear: 2021, source: AMPERE_DC, year: 2021, aliases: ['NVIDIA A16'], note: 'Quad-GPU board (4 x 16 GB); figures are for the whole board.' },
  { id: 'nvidia-a30', name: 'A30', tdpW: 165, fp32Tflops: 10.3, fp16Tflops: 165, memoryGb: 24, releaseYear: 2021, source: AMPERE_DC, year: 2021, aliases: ['NVIDIA A30'] },
  { id: 'nvidia-a40', name: 'A40', tdpW: 300, fp32Tflops: 37.4, fp16Tflops: 149.7, memoryGb: 48, releaseYear: 2020, source: AMPERE_DC, year: 2020, aliases: ['NVIDIA A40'] },
  { id: 'nvidia-a100-pcie-40gb', name: 'A100 PCIe 40 GB', tdpW: 250, fp32Tflops: 19.5, fp16Tflops: 312, memoryGb: 40, releaseYear: 2020, source: A100, year: 2020, aliases: ['A100 PCIe 40/80GB', 'A100 PCIe', 'A100-PCIE-40GB', 'NVIDIA A100-PCIE-40GB'], note: "gpus.csv's 'A100 PCIe 40/80GB' (250 W) resolves here; the 80 GB PCIe card is 300 W (its own row)." },
  { id: 'nvidia-a100-pcie-80gb', name: 'A100 PCIe 80 GB', tdpW: 300, fp32Tflops: 19.5, fp16Tflops: 312, memoryGb: 80, releaseYear: 2021, source: A100, year: 2021, aliases: ['A100 80GB PCIe', 'NVIDIA A100 80GB PCIe', 'A100-PCIE-80GB'] },
  { id: 'nvidia-a100-sxm4-40gb', name: 'A100 SXM4 40 GB', tdpW: 400, fp32Tflops: 19.5, fp16Tflops: 312, memoryGb: 40, releaseYear: 2020, source: A100, year: 2020, aliases: ['A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB'] },
  { id: 'nvidia-a100-sxm4-80gb', name: 'A100 SXM4 80 GB', tdpW: 400, fp32Tflops: 19.5, fp16Tflops: 312, memoryGb: 80, releaseYear: 2020, source: A100, year: 2020, aliases: ['A100', 'A100 GPU', 'A100 SXM', 'A100 SXM4', 'A100-SXM4-80GB', 'NVIDIA A100-SXM4-80GB'], note: "The generic 'A100' resolves to the SXM4 module (400 W); both SXM4 memory sizes share that TDP. gpus.csv lists no fp32 figure; 19.5 TFLOPS is the datasheet's FP32 (156 TFLOPS TF32 Tensor)." },
  // Hopper
  { id: 'nvidia-h100-sxm5-80gb', name: 'H100 SXM5 80 GB', tdpW: 700, fp32Tflops: 67, fp16Tflops: 989, memoryGb: 80, releaseYear: 2022, source: H100, year: 2022, aliases: ['H100 SXM', 'H100', 'H100 SXM5', 'H100 80GB HBM3', 'NVIDIA H100 80GB HBM3'], note: "gpus.csv lists 989 / 1979 TFLOPS: the sparse TF32 and sparse FP16 Tensor figures. Dense FP16 Tensor is 989, FP32 67. The generic 'H100' resolves to this SXM module (up to 700 W)." },
  { id: 'nvidia-h100-pcie-80gb', name: 'H100 PCIe 80 GB', tdpW: 350, fp32Tflops: 51, fp16Tflops: 756, memoryGb: 80, releaseYear: 2022, source: H100, year: 2022, aliases: ['H100 PCIe', 'NVIDIA H100 PCIe'], note: 'Configurable 300-350 W.' },
  { id: 'nvidia-h100-nvl', name: 'H100 NVL', tdpW: 400, fp32Tflops: 60, fp16Tflops: 835, memoryGb: 94, releaseYear: 2023, source: H100, year: 2023, aliases: ['NVIDIA H100 NVL'], note: 'Configurable 350-400 W. gpus.csv lists 835 / 1671 TFLOPS, the sparse TF32 and sparse FP16 Tensor figures.' },
  { id: 'nvidia-h800-sxm5', name: 'H800 SXM5 80 GB', tdpW: 700, fp32Tflops: 67, fp16Tflops: 989, memoryGb: 80, releaseYear: 2023, source: `${H100} (H800: export variant of H100 SXM with reduced NVLink; NVIDIA HGX H800 specifications)`, year: 2023, aliases: ['H800', 'H800 SXM'] },
  { id: 'nvidia-h800-pcie', name: 'H800 PCIe 80 GB', tdpW: 350, fp32Tflops: 51, fp16Tflops: 756, memoryGb: 80, releaseYear: 2023, source: `${H100} (H800 PCIe: export variant of H100 PCIe)`, year: 2023, aliases: ['H800 PCIe'] },
  { id: 'nvidia-h20', name: 'H20', tdpW: 400, fp32Tflops: 44, fp16Tflops: 148, memoryGb: 96, releaseYear: 2024, source: 'NVIDIA HGX H20 specifications as reported by the trade press (e.g. Tom\'s Hardware, Nov 2023); NVIDIA publishes no public datasheet', year: 2024, aliases: ['NVIDIA H20'], powerBasis: 'estimate', note: 'NVIDIA publishes no H20 datasheet: 400 W and the other figures are the HGX H20 specifications reported by the trade press.' },
  { id: 'nvidia-h200-sxm-141gb', name: 'H200 SXM 141 GB', tdpW: 700, fp32Tflops: 67, fp16Tflops: 989, memoryGb: 141, releaseYear: 2024, source: H200, year: 2024, aliases: ['H200', 'H200 SXM', 'NVIDIA H200'], note: "The generic 'H200' resolves to the SXM module (up to 700 W)." },
  { id: 'nvidia-h200-nvl', name: 'H200 NVL', tdpW: 600, fp32Tflops: 60, fp16Tflops: 835, memoryGb: 141, releaseYear: 2024, source: H200, year: 2024, aliases: ['NVIDIA H200 NVL'], note: 'Configurable up to 600 W.' },
  { id: 'nvidia-gh200', name: 'GH200 Grace Hopper Superchip', tdpW: 1000, fp32Tflops: 67, fp16Tflops: 989, memoryGb: 96, releaseYear: 2023, source: GH200, year: 2023, aliases: ['GH200', 'NVIDIA GH200', 'GH200 480GB'], note: 'Module power, configurable 450-1000 W, covers the H100 GPU, the 72-core Grace CPU and its LPDDR5X; memory is the GPU HBM3 (144 GB HBM3e variant exists).' },
  // Ada Lovelace (data centre)
  { id: 'nvidia-l4', name: 'L4', tdpW: 72, fp32Tflops: 30.3, fp16Tflops: 121, memoryGb: 24, releaseYear: 2023, source: ADA_DC, year: 2023, aliases: ['NVIDIA L4'], note: 'gpus.csv lists 31.33 TFLOPS fp32 (TechPowerUp); datasheet gives 30.3 FP32 and 242 FP16 Tensor with sparsity.' },
  { id: 'nvidia-l40', name: 'L40', tdpW: 300, fp32Tflops: 90.5, fp16Tflops: 181, memoryGb: 48, releaseYear: 2022, source: ADA_DC, year: 2022, aliases: ['NVIDIA L40'] },
  { id: 'nvidia-l40s', name: 'L40S', tdpW: 350, fp32Tflops: 91.6, fp16Tflops: 362, memoryGb: 48, releaseYear: 2023, source: ADA_DC, year: 2023, aliases: ['NVIDIA L40S'], note: 'gpus.csv lists 183 TFLOPS as fp32, which is the dense TF32 Tensor figure; FP32 is 91.6.' },
  // Blackwell
  { id: 'nvidia-b100', name: 'B100', tdpW: 700, fp32Tflops: 60, fp16Tflops: 1750, memoryGb: 192, releaseYear: 2024, source: BLACKWELL, year: 2024, aliases: ['NVIDIA B100', 'HGX B100'], note: 'Per GPU of an HGX B100 board (up to 700 W); FP16 dense = half the sparse figure.' },
  { id: 'nvidia-b200', name: 'B200', tdpW: 1000, fp32Tflops: 75, fp16Tflops: 2250, memoryGb: 180, releaseYear: 2024, source: BLACKWELL, year: 2024, aliases: ['NVIDIA B200', 'HGX B200'], note: 'Per GPU of an HGX / DGX B200 system (up to 1000 W each); HGX totals divided by 8.' },
  { id: 'nvidia-gb200', name: 'GB200 (per Blackwell GPU)', tdpW: 1350, fp32Tflops: 80, fp16Tflops: 2500, memoryGb: 186, releaseYear: 2024, source: BLACKWELL, year: 2024, aliases: ['GB200', 'GB200 NVL72', 'NVIDIA GB200'], note: 'Per-GPU share: one GB200 superchip (1 Grace CPU + 2 Blackwell GPUs) is configurable up to 2700 W, so each GPU carries 1350 W including half a Grace CPU and its LPDDR5X (the GPU alone is up to 1200 W). FLOPS and memory are NVL72 rack totals divided by 72. Excludes NVLink switches and rack overhead.' },
  { id: 'nvidia-b300', name: 'B300', tdpW: 1100, fp32Tflops: 75, fp16Tflops: 2250, memoryGb: 288, releaseYear: 2025, source: BLACKWELL_ULTRA, year: 2025, aliases: ['NVIDIA B300', 'HGX B300', 'B300 SXM'], powerBasis: 'estimate', note: 'NVIDIA gives only system figures for HGX B300: 1,100 W per GPU is the power commonly quoted for the air-cooled board, and third parties give up to 1,400 W.' },
]);

export const nvidiaWorkstation: readonly HardwareRow[] = deviceGroup(consumer, [
  { name: 'Quadro K6000', tdpW: 225, fp32Tflops: 5.196, memoryGb: 12, releaseYear: 2013, source: `${TPU_DB}, Quadro K6000 (techpowerup.com/gpu-specs/quadro-k6000.c2426)`, year: 2013 },
  { name: 'Quadro P6000', tdpW: 250, fp32Tflops: 12.63, fp16Tflops: 0.197, memoryGb: 24, releaseYear: 2016, source: `${TPU_DB}, Quadro P6000 (techpowerup.com/gpu-specs/quadro-p6000.c2865)`, year: 2016, aliases: ['P6000'], note: "gpus.csv lists 197.4 as TFLOPS16; that is the GFLOPS figure (Pascal GP102 runs FP16 at 1/64 rate: 0.197 TFLOPS). The Counting Carbon survey's 'p6000' row uses 40 W, the Quadro P600's figure." },
  { name: 'Quadro GP100', tdpW: 235, fp32Tflops: 10.3, fp16Tflops: 20.7, memoryGb: 16, releaseYear: 2017, source: WORKSTATION, year: 2017 },
  { name: 'Quadro GV100', tdpW: 250, fp32Tflops: 16.7, fp16Tflops: 33.3, memoryGb: 32, releaseYear: 2018, source: WORKSTATION, year: 2018 },
  { name: 'Quadro RTX 4000', tdpW: 160, fp32Tflops: 7.1, memoryGb: 8, releaseYear: 2018, source: WORKSTATION, year: 2018 },
  { name: 'Quadro RTX 5000', tdpW: 230, fp32Tflops: 11.2, memoryGb: 16, releaseYear: 2018, source: WORKSTATION, year: 2018 },
  { name: 'Quadro RTX 6000', tdpW: 260, fp32Tflops: 16.3, fp16Tflops: 32.6, memoryGb: 24, releaseYear: 2018, source: `${TPU_DB}, Quadro RTX 6000`, year: 2018 },
  { name: 'Quadro RTX 8000', tdpW: 260, fp32Tflops: 16.31, fp16Tflops: 32.62, memoryGb: 48, releaseYear: 2018, source: `${TPU_DB}, Quadro RTX 8000 (techpowerup.com/gpu-specs/quadro-rtx-8000.c3306)`, year: 2018, aliases: ['RTX 8000'], note: "NVIDIA's datasheet gives 295 W maximum power for the actively cooled board; 260 W is the TechPowerUp board power used by gpus.csv." },
  { name: 'RTX A2000', tdpW: 70, fp32Tflops: 8, memoryGb: 6, releaseYear: 2021, source: WORKSTATION, year: 2021, aliases: ['NVIDIA RTX A2000'] },
  { name: 'RTX A4000', tdpW: 140, fp32Tflops: 19.2, memoryGb: 16, releaseYear: 2021, source: WORKSTATION, year: 2021, aliases: ['NVIDIA RTX A4000'] },
  { name: 'RTX A4500', tdpW: 200, fp32Tflops: 23.7, memoryGb: 20, releaseYear: 2021, source: WORKSTATION, year: 2021, aliases: ['NVIDIA RTX A4500'] },
  { name: 'RTX A5000', tdpW: 230, fp32Tflops: 27.8, fp16Tflops: 27.8, memoryGb: 24, releaseYear: 2021, source: 'NVIDIA RTX A5000 datasheet (nvdam.widen.net/s/wrqrqt75vh/nvidia-rtx-a5000-datasheet)', year: 2021, aliases: ['NVIDIA RTX A5000'] },
  { name: 'RTX A5500', tdpW: 230, fp32Tflops: 34.1, memoryGb: 24, releaseYear: 2022, source: WORKSTATION, year: 2022, aliases: ['NVIDIA RTX A5500'] },
  { name: 'RTX A6000', tdpW: 300, fp32Tflops: 38.71, fp16Tflops: 38.71, memoryGb: 48, releaseYear: 2020, source: `${TPU_DB}, RTX A6000 (techpowerup.com/gpu-specs/rtx-a6000.c3686)`, year: 2020, aliases: ['NVIDIA RTX A6000'] },
  { name: 'RTX 2000 Ada Generation', tdpW: 70, fp32Tflops: 12, memoryGb: 16, releaseYear: 2024, source: WORKSTATION, year: 2024, aliases: ['RTX 2000 Ada', 'NVIDIA RTX 2000 Ada Generation'] },
  { name: 'RTX 4000 SFF Ada Generation', tdpW: 70, fp32Tflops: 19.2, memoryGb: 20, releaseYear: 2023, source: WORKSTATION, year: 2023, aliases: ['RTX 4000 SFF Ada'] },
  { name: 'RTX 4000 Ada Generation', tdpW: 130, fp32Tflops: 26.7, memoryGb: 20, releaseYear: 2023, source: WORKSTATION, year: 2023, aliases: ['RTX 4000 Ada', 'NVIDIA RTX 4000 Ada Generation'] },
  { name: 'RTX 4500 Ada Generation', tdpW: 210, fp32Tflops: 39.6, memoryGb: 24, releaseYear: 2023, source: WORKSTATION, year: 2023, aliases: ['RTX 4500 Ada', 'NVIDIA RTX 4500 Ada Generation'] },
  { name: 'RTX 5000 Ada Generation', tdpW: 250, fp32Tflops: 65.3, memoryGb: 32, releaseYear: 2023, source: WORKSTATION, year: 2023, aliases: ['RTX 5000 Ada', 'NVIDIA RTX 5000 Ada Generation'] },
  { name: 'RTX 6000 Ada Generation', tdpW: 300, fp32Tflops: 91.1, memoryGb: 48, releaseYear: 2022, source: WORKSTATION, year: 2022, aliases: ['RTX 6000 Ada', 'NVIDIA RTX 6000 Ada Generation'] },
  { name: 'RTX PRO 6000 Blackwell Workstation Edition', tdpW: 600, fp32Tflops: 125, memoryGb: 96, releaseYear: 2025, source: WORKSTATION, year: 2025, aliases: ['RTX PRO 6000 Blackwell', 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition'] },
  { name: 'RTX PRO 6000 Blackwell Max-Q Workstation Edition', tdpW: 300, memoryGb: 96, releaseYear: 2025, source: WORKSTATION, year: 2025, aliases: ['RTX PRO 6000 Blackwell Max-Q'] },
  { name: 'RTX PRO 6000 Blackwell Server Edition', tdpW: 600, memoryGb: 96, releaseYear: 2025, source: WORKSTATION, year: 2025, embodiedClass: 'gpu-datacenter', aliases: ['NVIDIA RTX PRO 6000 Blackwell Server Edition'], note: 'Configurable 400-600 W.' },
]);

type G = readonly [name: string, tdpW: number, fp32: number, memGb: number, year: number, fp16?: number];
/** GeForce and Titan rows: [name, tdpW, fp32, memory GB, launch year, fp16?]; "GeForce " prefix dropped in the alias. */
function geforce(rows: readonly G[], extra: Record<string, { aliases?: string[]; note?: string; source?: string }> = {}): HardwareRow[] {
  return deviceGroup(consumer, rows.map(([name, tdpW, fp32, mem, year, fp16]) => {
    const short = name.replace(/^(GeForce|NVIDIA) /, '');
    const x = extra[name] ?? {};
    const aliases = [...(short !== name ? [short] : []), ...(x.aliases ?? [])];
    return {
      id: `nvidia-${name.replace(/^GeForce /, '').toLowerCase().replace(/[^a-z0-9.+]+/g, '-')}`,
      name, tdpW, fp32Tflops: fp32, memoryGb: mem, releaseYear: year, year, aliases,
      source: x.source ?? `${TPU_DB}, ${name}`,
      ...(fp16 ? { fp16Tflops: fp16 } : {}),
      ...(x.note ? { note: x.note } : {}),
    };
  }));
}

export const nvidiaConsumer: readonly HardwareRow[] = geforce([
  // Fermi
  ['GeForce GTX 580', 244, 1.581, 1.5, 2010],
  // Kepler
  ['GeForce GTX 780', 250, 3.98, 3, 2013], ['GeForce GTX 780 Ti', 250, 5.05, 3, 2013],
  ['GeForce GTX TITAN', 250, 4.5, 6, 2013], ['GeForce GTX TITAN Black', 250, 5.1, 6, 2014], ['GeForce GTX TITAN Z', 375, 8.1, 12, 2014],
  // Maxwell
  ['GeForce GTX 750', 55, 1.044, 1, 2014], ['GeForce GTX 750 Ti', 60, 1.389, 2, 2014],
  ['GeForce GTX 950', 90, 1.825, 2, 2015], ['GeForce GTX 960', 120, 2.413, 2, 2015], ['GeForce GTX 970', 145, 3.92, 4, 2014],
  ['GeForce GTX 980', 165, 4.981, 4, 2014], ['GeForce GTX 980 Ti', 250, 6.06, 6, 2015], ['GeForce GTX TITAN X', 250, 6.691, 12, 2015],
  // Pascal
  ['GeForce GTX 1050', 75, 1.862, 2, 2016], ['GeForce GTX 1050 Ti', 75, 2.138, 4, 2016],
  ['GeForce GTX 1060 3 GB', 120, 3.935, 3, 2016], ['GeForce GTX 1060 6 GB', 120, 4.375, 6, 2016],
  ['GeForce GTX 1070', 150, 6.463, 8, 2016], ['GeForce GTX 1070 Ti', 180, 8.186, 8, 2017],
  ['GeForce GTX 1080', 180, 8.873, 8, 2016, 0.139], ['GeForce GTX 1080 Ti', 250, 11.34, 11, 2017, 0.177],
  ['NVIDIA TITAN X (Pascal)', 250, 10.97, 12, 2016, 0.171], ['NVIDIA TITAN Xp', 250, 12.15, 12, 2017, 0.19],
  // Volta / Turing
  ['NVIDIA TITAN V', 250, 14.9, 12, 2017, 29.8], ['NVIDIA TITAN RTX', 280, 16.31, 24, 2018, 32.62],
  ['GeForce GTX 1650', 75, 2.984, 4, 2019, 5.967], ['GeForce GTX 1650 SUPER', 100, 4.416, 4, 2019, 8.832],
  ['GeForce GTX 1660', 120, 5.027, 6, 2019, 10.05], ['GeForce GTX 1660 SUPER', 125, 5.027, 6, 2019, 10.05], ['GeForce GTX 1660 Ti', 120, 5.437, 6, 2019, 10.87],
  ['GeForce RTX 2060', 160, 6.451, 6, 2019, 12.9], ['GeForce RTX 2060 SUPER', 175, 7.181, 8, 2019, 14.36],
  ['GeForce RTX 2070', 175, 7.465, 8, 2018, 14.93], ['GeForce RTX 2070 SUPER', 215, 9.062, 8, 2019, 18.12],
  ['GeForce RTX 2080', 215, 10.07, 8, 2018, 20.14], ['GeForce RTX 2080 SUPER', 250, 11.15, 8, 2019, 22.3], ['GeForce RTX 2080 Ti', 250, 13.45, 11, 2018, 26.9],
  // Ampere (shader FP16 = FP32 rate)
  ['GeForce RTX 3050', 130, 9.098, 8, 2022, 9.098], ['GeForce RTX 3060', 170, 12.74, 12, 2021, 12.74], ['GeForce RTX 3060 Ti', 200, 16.2, 8, 2020, 16.2],
  ['GeForce RTX 3070', 220, 20.31, 8, 2020, 20.31], ['GeForce RTX 3070 Ti', 290, 21.75, 8, 2021, 21.75],
  ['GeForce RTX 3080', 320, 29.77, 10, 2020, 29.77], ['GeForce RTX 3080 12 GB', 350, 30.64, 12, 2022, 30.64], ['GeForce RTX 3080 Ti', 350, 34.1, 12, 2021, 34.1],
  ['GeForce RTX 3090', 350, 35.58, 24, 2020, 35.58], ['GeForce RTX 3090 Ti', 450, 40, 24, 2022, 40],
  // Ada Lovelace
  ['GeForce RTX 4060', 115, 15.11, 8, 2023, 15.11], ['GeForce RTX 4060 Ti', 160, 22.06, 8, 2023, 22.06], ['GeForce RTX 4060 Ti 16 GB', 165, 22.06, 16, 2023, 22.06],
  ['GeForce RTX 4070', 200, 29.15, 12, 2023, 29.15], ['GeForce RTX 4070 SUPER', 220, 35.48, 12, 2024, 35.48],
  ['GeForce RTX 4070 Ti', 285, 40.09, 12, 2023, 40.09], ['GeForce RTX 4070 Ti SUPER', 285, 44.1, 16, 2024, 44.1],
  ['GeForce RTX 4080', 320, 48.74, 16, 2022, 48.74], ['GeForce RTX 4080 SUPER', 320, 52.22, 16, 2024, 52.22], ['GeForce RTX 4090', 450, 82.58, 24, 2022, 82.58],
  // Blackwell
  ['GeForce RTX 5060', 145, 19.18, 8, 2025, 19.18], ['GeForce RTX 5060 Ti', 180, 23.7, 16, 2025, 23.7],
  ['GeForce RTX 5070', 250, 30.87, 12, 2025, 30.87], ['GeForce RTX 5070 Ti', 300, 43.94, 16, 2025, 43.94],
  ['GeForce RTX 5080', 360, 56.28, 16, 2025, 56.28], ['GeForce RTX 5090', 575, 104.8, 32, 2025, 104.8],
], {
  'GeForce GTX 580': { source: `${TPU_DB}, GeForce GTX 580 (techpowerup.com/gpu-specs/geforce-gtx-580.c270)` },
  'GeForce GTX 750': { note: "gpus.csv's 'GTX 750' row is garbled (250 W, 1111 TFLOPS, 24 GB); the card is 55 W, about 1.04 TFLOPS, 1 GB." },
  // 'Titan X' alone names both this card and the 2016 Pascal TITAN X (both 250 W); it resolves here, as the
  // Counting Carbon survey reads it. 'GTX Titan … 12GB' is this card too: the Kepler GTX TITAN has 6 GB.
  'GeForce GTX TITAN X': {
    aliases: ['Titan X (Maxwell)', 'TITAN X Maxwell', 'Titan X', 'GeForce Titan X', 'GTX Titan GPUs 12GB'],
    note: "'Titan X' alone also names the 2016 Pascal TITAN X (250 W as well); it resolves to this 2015 Maxwell card.",
  },
  'GeForce GTX 1060 6 GB': { aliases: ['GTX 1060', 'GeForce GTX 1060'] },
  'GeForce GTX 1080': { aliases: ['GTX-1080 GPUs'], note: 'The seed paper (Appendix B) and gpus.csv list 8.0 TFLOPS fp32; TechPowerUp gives 8.87 at boost clock.' },
  'NVIDIA TITAN X (Pascal)': { aliases: ['TITAN X Pascal'] },
  'NVIDIA TITAN Xp': { aliases: ['Titan Xp', 'Titan XP GPUs', 'Titan Xp PASCAL 12GB.'] },
  'NVIDIA TITAN V': { aliases: ['Titan V'], note: 'Seed paper Appendix B: 250 W, 14.9 / 29.8 TFLOPS (fp32 / shader fp16); Tensor Core FP16 peak is 110 TFLOPS.' },
  'NVIDIA TITAN RTX': { aliases: ['Titan RTX'] },
  'GeForce RTX 4090': { source: `NVIDIA Ada GPU architecture whitepaper v2.1 (nvidia.com/content/dam/en-zz/Solutions/Data-Center/l4/nvidia-ada-gpu-architecture-whitepaper-v2.1.pdf); ${TPU_DB}` },
});

export const nvidiaBoardPartner: readonly HardwareRow[] = deviceGroup(consumer, [
  { id: 'gigabyte-gtx-1660-oc', name: 'GIGABYTE GeForce GTX 1660 OC', tdpW: 120, fp32Tflops: 5.153, fp16Tflops: 10.31, memoryGb: 6, releaseYear: 2019, source: `${TPU_DB}, GIGABYTE GTX 1660 OC (techpowerup.com/gpu-specs/gigabyte-gtx-1660-oc.b6844)`, year: 2019, aliases: ['GIGABYTE GTX 1660 OC'] },
]);

const jetson = { vendor: 'NVIDIA', type: 'soc', embodiedClass: 'gpu-embedded', source: JETSON, powerBasis: 'datasheet' } as const;
export const nvidiaJetson: readonly HardwareRow[] = deviceGroup(jetson, [
  { id: 'nvidia-jetson-tx2', name: 'Jetson TX2', tdpW: 15, fp32Tflops: 0.67, fp16Tflops: 1.33, memoryGb: 8, releaseYear: 2017, year: 2017, aliases: ['TX2'], note: 'Power modes 7.5-15 W.' },
  { id: 'nvidia-jetson-nano', name: 'Jetson Nano', tdpW: 10, fp32Tflops: 0.236, fp16Tflops: 0.472, memoryGb: 4, releaseYear: 2019, year: 2019, note: 'Power modes 5-10 W.' },
  { id: 'nvidia-jetson-agx-xavier', name: 'Jetson AGX Xavier', tdpW: 30, fp32Tflops: 1.41, fp16Tflops: 11, memoryGb: 32, releaseYear: 2018, year: 2018, aliases: ['AGX Xavier'], note: 'Power modes 10/15/30 W. The seed paper (Appendix B) and gpus.csv (citing elinux.org/Jetson_AGX_Xavier) list 16 / 32 TFLOPS, which match the module\'s INT8 TOPS figures rather than floating point; NVIDIA gives 11 FP16 TFLOPS (Tensor Cores) and 32 INT8 TOPS.' },
  { id: 'nvidia-jetson-xavier-nx', name: 'Jetson Xavier NX', tdpW: 20, memoryGb: 8, releaseYear: 2020, year: 2020, aliases: ['Xavier NX'], note: 'Power modes 10/15/20 W.' },
  { id: 'nvidia-jetson-orin-nano-8gb', name: 'Jetson Orin Nano 8GB', tdpW: 15, memoryGb: 8, releaseYear: 2023, year: 2023, aliases: ['Orin Nano'], note: 'Power modes 7-15 W (25 W in the 2024 "Super" software mode).' },
  { id: 'nvidia-jetson-orin-nx-16gb', name: 'Jetson Orin NX 16GB', tdpW: 25, memoryGb: 16, releaseYear: 2023, year: 2023, aliases: ['Orin NX'], note: 'Power modes 10-25 W.' },
  { id: 'nvidia-jetson-agx-orin-32gb', name: 'Jetson AGX Orin 32GB', tdpW: 40, memoryGb: 32, releaseYear: 2023, year: 2023, note: 'Power modes 15-40 W.' },
  { id: 'nvidia-jetson-agx-orin-64gb', name: 'Jetson AGX Orin 64GB', tdpW: 60, memoryGb: 64, releaseYear: 2023, year: 2023, aliases: ['AGX Orin', 'Jetson AGX Orin'], note: 'Power modes 15-60 W.' },
  { id: 'nvidia-jetson-agx-thor', name: 'Jetson AGX Thor', tdpW: 130, memoryGb: 128, releaseYear: 2025, year: 2025, aliases: ['AGX Thor', 'Jetson T5000'], note: 'Power modes 40-130 W.' },
]);

export const nvidiaHardware: readonly HardwareRow[] = [
  ...nvidiaDataCenter, ...nvidiaWorkstation, ...nvidiaConsumer, ...nvidiaBoardPartner, ...nvidiaJetson,
];
