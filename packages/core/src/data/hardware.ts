/** The hardware table: every GPU, TPU, accelerator, SoC and CPU row with TDP, FLOPS, memory, source and year. */
import type { HardwareRow } from './schema.ts';
import { accelerators } from './hardware-accelerators.ts';
import { armCpus } from './hardware-cpus-arm.ts';
import { intelCpus } from './hardware-cpus-intel.ts';
import { amdCpus } from './hardware-cpus-amd.ts';

/** Every CPU row (about 3,000; the bulk of the table's import cost). */
export const cpus: readonly HardwareRow[] = [...armCpus, ...intelCpus, ...amdCpus];

/**
 * All rows, accelerators first, then CPUs. Validated against `hardwareRow` in hardware.test.ts, not at import.
 * Callers that only need GPUs/TPUs can import `accelerators` from './hardware-accelerators.ts' and load this
 * module lazily for CPU names.
 */
export const hardware: readonly HardwareRow[] = [...accelerators, ...cpus];
