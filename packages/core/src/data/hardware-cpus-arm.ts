/** Arm server CPUs: AWS Graviton, Ampere Altra / AmpereOne and NVIDIA Grace. */
import type { HardwareRow } from './schema.ts';
import { cpuGroup } from './hardware-group.ts';

const AMPERE = 'Ampere Altra / Altra Max product briefs and datasheets (amperecomputing.com/products/processors)';
const GRACE = 'NVIDIA Grace CPU Superchip datasheet (resources.nvidia.com/en-us-grace-cpu/data-center-datasheet)';
const GRAVITON = 'AWS Graviton pages (aws.amazon.com/ec2/graviton) for cores; AWS publishes no TDP';
/** Graviton note: AWS publishes no TDP; ours is an estimate, with the other published estimate beside it. */
const grav = (w: number, other: string) => `AWS publishes no TDP: ${w} W is carbontrail's doubtful estimate from third-party reviews, and ${other}.`;
const teads = (w: number) => `the Teads AWS EC2 dataset (via Boavizta cpu_specs.csv) estimates ${w} W`;

export const armCpus: readonly HardwareRow[] = [
  ...cpuGroup({ vendor: 'AWS', source: GRAVITON, year: 2018, embodiedClass: 'cpu-server', powerBasis: 'estimate' }, [
    ['AWS Graviton', 95, 16, ['Graviton', 'Graviton1'], grav(95, teads(40))],
  ]),
  ...cpuGroup({ vendor: 'AWS', source: GRAVITON, year: 2020, embodiedClass: 'cpu-server', powerBasis: 'estimate' }, [
    ['AWS Graviton2', 110, 64, ['Graviton2', 'Graviton 2'], grav(110, teads(150))],
  ]),
  ...cpuGroup({ vendor: 'AWS', source: GRAVITON, year: 2022, embodiedClass: 'cpu-server', powerBasis: 'estimate' }, [
    ['AWS Graviton3', 100, 64, ['Graviton3', 'Graviton 3'], grav(100, 'Boavizta cpu_specs.csv lists 220 W without a source')],
    ['AWS Graviton3E', 120, 64, ['Graviton3E'], grav(120, 'Boavizta cpu_specs.csv lists 250 W without a source')],
  ]),
  ...cpuGroup({ vendor: 'AWS', source: GRAVITON, year: 2024, embodiedClass: 'cpu-server', powerBasis: 'estimate' }, [
    ['AWS Graviton4', 200, 96, ['Graviton4', 'Graviton 4'], grav(200, 'no other estimate was found')],
  ]),
  ...cpuGroup({ vendor: 'Ampere', source: AMPERE, year: 2020, embodiedClass: 'cpu-server', powerBasis: 'datasheet' }, [
    ['Ampere Altra Q80-33', 250, 80], ['Ampere Altra Q80-30', 210, 80], ['Ampere Altra Q80-26', 175, 80],
    ['Ampere Altra Q80-23', 150, 80], ['Ampere Altra Q72-30', 195, 72], ['Ampere Altra Q64-33', 220, 64],
    ['Ampere Altra Q64-30', 180, 64], ['Ampere Altra Q64-26', 125, 64], ['Ampere Altra Q64-24', 95, 64],
    ['Ampere Altra Q32-17', 45, 32],
  ]),
  ...cpuGroup({ vendor: 'Ampere', source: AMPERE, year: 2021, embodiedClass: 'cpu-server', powerBasis: 'datasheet' }, [
    ['Ampere Altra Max M128-30', 250, 128], ['Ampere Altra Max M128-26', 190, 128], ['Ampere Altra Max M96-28', 190, 96],
  ]),
  ...cpuGroup({ vendor: 'NVIDIA', source: GRACE, year: 2023, embodiedClass: 'cpu-server', powerBasis: 'datasheet' }, [
    ['NVIDIA Grace CPU Superchip', 500, 144, ['Grace CPU Superchip', 'Grace Superchip'], 'Two Grace CPUs on one module; 500 W covers both CPUs and their LPDDR5X memory.'],
    ['NVIDIA Grace', 250, 72, ['Grace', 'Grace CPU'], 'One 72-core Grace CPU: half of the Grace CPU Superchip\'s 500 W (CPU plus its LPDDR5X).'],
  ]),
];
