/** Other accelerators: Intel Gaudi and Data Center GPUs, AWS Trainium and Inferentia. */
import type { HardwareRow } from './schema.ts';
import { deviceGroup } from './hardware-group.ts';

const GAUDI = 'Intel Gaudi product briefs and white papers (habana.ai/products; intel.com/content/www/us/en/products/details/processors/ai-accelerators)';
const INTEL_GPU = 'Intel Data Center GPU Max / Flex product specifications (ark.intel.com, intel.com/content/www/us/en/products/details/discrete-gpus/data-center-gpu)';
const AWS = 'AWS Neuron documentation, Trainium / Inferentia architecture pages (awsdocs-neuron.readthedocs-hosted.com, general/arch/neuron-hardware), for FLOPS and memory; AWS publishes no chip power';

export const intelAccelerators: readonly HardwareRow[] = [
  ...deviceGroup({ vendor: 'Intel', type: 'accelerator', embodiedClass: 'accelerator', source: GAUDI, powerBasis: 'datasheet' }, [
    { id: 'intel-gaudi', name: 'Gaudi HL-205', tdpW: 350, memoryGb: 32, releaseYear: 2019, year: 2019, aliases: ['Gaudi', 'Gaudi 1', 'Habana Gaudi', 'HL-205'], note: 'OAM mezzanine card.' },
    { id: 'intel-gaudi2', name: 'Gaudi 2 HL-225H', tdpW: 600, memoryGb: 96, releaseYear: 2022, year: 2022, aliases: ['Gaudi2', 'Gaudi 2', 'Habana Gaudi2', 'HL-225H'], note: 'OAM mezzanine card.' },
    { id: 'intel-gaudi3', name: 'Gaudi 3 HL-325L', tdpW: 900, fp16Tflops: 1835, memoryGb: 128, releaseYear: 2024, year: 2024, aliases: ['Gaudi3', 'Gaudi 3', 'HL-325L'], note: 'Air-cooled OAM card (900 W); the PCIe card HL-338 is 600 W. fp16 is the BF16 peak of the matrix engines.' },
  ]),
  ...deviceGroup({ vendor: 'Intel', type: 'gpu', embodiedClass: 'gpu-datacenter', source: INTEL_GPU, powerBasis: 'datasheet' }, [
    { id: 'intel-data-center-gpu-max-1100', name: 'Intel Data Center GPU Max 1100', tdpW: 300, fp32Tflops: 22.2, memoryGb: 48, releaseYear: 2023, year: 2023, aliases: ['GPU Max 1100', 'Max 1100'] },
    { id: 'intel-data-center-gpu-max-1550', name: 'Intel Data Center GPU Max 1550', tdpW: 600, fp32Tflops: 52.4, memoryGb: 128, releaseYear: 2023, year: 2023, aliases: ['GPU Max 1550', 'Max 1550', 'Ponte Vecchio'], note: 'OAM module with two stacks (two devices in xpu-smi).' },
    { id: 'intel-data-center-gpu-flex-170', name: 'Intel Data Center GPU Flex 170', tdpW: 150, fp32Tflops: 16, memoryGb: 16, releaseYear: 2022, year: 2022, aliases: ['Flex 170'] },
  ]),
];

export const awsAccelerators: readonly HardwareRow[] = deviceGroup(
  { vendor: 'AWS', type: 'accelerator', embodiedClass: 'accelerator', source: AWS, powerBasis: 'estimate' },
  [
    { id: 'aws-inferentia', name: 'AWS Inferentia', tdpW: 75, memoryGb: 8, releaseYear: 2019, year: 2019, aliases: ['Inferentia', 'Inferentia1', 'inf1'], note: 'AWS publishes no chip power: 75 W is assumed, the power of a PCIe-class inference card.' },
    { id: 'aws-inferentia2', name: 'AWS Inferentia2', tdpW: 175, fp32Tflops: 47.5, fp16Tflops: 190, memoryGb: 32, releaseYear: 2023, year: 2023, aliases: ['Inferentia2', 'inf2'], note: 'AWS publishes no chip power: 175 W is an assumption of ours, doubtful (FLOPS and memory are from the Neuron docs).' },
    { id: 'aws-trainium', name: 'AWS Trainium', tdpW: 300, fp32Tflops: 47.5, fp16Tflops: 190, memoryGb: 32, releaseYear: 2022, year: 2022, aliases: ['Trainium', 'Trainium1', 'trn1'], note: 'AWS publishes no chip power: 300 W is an assumption of ours, doubtful (FLOPS and memory are from the Neuron docs).' },
    { id: 'aws-trainium2', name: 'AWS Trainium2', tdpW: 500, fp32Tflops: 181, fp16Tflops: 667, memoryGb: 96, releaseYear: 2024, year: 2024, source: `${AWS}; power: SemiAnalysis, "Amazon's AI Self Sufficiency | Trainium2 Architecture & Networking" (Dec 2024), "~500W chip"`, aliases: ['Trainium2', 'trn2'], note: 'AWS publishes no chip power: about 500 W is the figure SemiAnalysis reported in December 2024 (FLOPS and memory are from the Neuron docs).' },
  ],
);

export const otherAccelerators: readonly HardwareRow[] = [...intelAccelerators, ...awsAccelerators];
