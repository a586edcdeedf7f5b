/** The small part of the hardware table: GPUs, TPUs, other accelerators and SoCs (no CPUs), cheap to import alone. */
import type { HardwareRow } from './schema.ts';
import { nvidiaHardware } from './hardware-nvidia.ts';
import { amdGpus } from './hardware-amd.ts';
import { googleTpus } from './hardware-tpu.ts';
import { otherAccelerators } from './hardware-other.ts';
import { appleSilicon } from './hardware-apple.ts';

export const accelerators: readonly HardwareRow[] = [
  ...nvidiaHardware,
  ...amdGpus,
  ...googleTpus,
  ...otherAccelerators,
  ...appleSilicon,
];
