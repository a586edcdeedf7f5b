/** Every CPU row (Arm, Intel, AMD, cloud custom SKUs), built by a function call: the web app loads this module on demand. */
import type { HardwareRow } from './schema.ts';
import { armCpus } from './hardware-cpus-arm.ts';
import { intelCpus } from './hardware-cpus-intel.ts';
import { amdCpus } from './hardware-cpus-amd.ts';
import { cloudCpus } from './hardware-cpus-cloud.ts';

/** The CPU rows, freshly built (callers memoise). */
export function buildCpuRows(): HardwareRow[] {
  return [...armCpus, ...cloudCpus, ...intelCpus(), ...amdCpus()];
}
