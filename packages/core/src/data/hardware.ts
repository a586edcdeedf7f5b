/** The hardware table: every GPU, TPU, accelerator, SoC and CPU row with TDP, FLOPS, memory, source and year. */
import type { HardwareRow } from './schema.ts';
import { nvidiaHardware } from './hardware-nvidia.ts';
import { amdGpus } from './hardware-amd.ts';
import { googleTpus } from './hardware-tpu.ts';
import { otherAccelerators } from './hardware-other.ts';
import { appleSilicon } from './hardware-apple.ts';
import { armCpus } from './hardware-cpus-arm.ts';
import { intelCpus } from './hardware-cpus-intel.ts';
import { amdCpus } from './hardware-cpus-amd.ts';

/** All rows, accelerators first, then CPUs. Validated against `hardwareRow` in hardware.test.ts, not at import. */
export const hardware: readonly HardwareRow[] = [
  ...nvidiaHardware,
  ...amdGpus,
  ...googleTpus,
  ...otherAccelerators,
  ...appleSilicon,
  ...armCpus,
  ...intelCpus,
  ...amdCpus,
];
