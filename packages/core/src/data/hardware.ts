/** The hardware table: every GPU, TPU, accelerator, SoC and CPU row with TDP, FLOPS, memory, source and year. */
import type { HardwareRow } from './schema.ts';
import { accelerators } from './hardware-accelerators.ts';
import { buildCpuRows } from './hardware-cpus.ts';

export { accelerators };

let cpuRows: readonly HardwareRow[] | undefined;
let allRows: readonly HardwareRow[] | undefined;

/** Every CPU row (about 3,000), built on first call: most commands never need them. */
export function cpus(): readonly HardwareRow[] {
  cpuRows ??= buildCpuRows();
  return cpuRows;
}

/**
 * All rows, accelerators first, then CPUs (built on first call). Validated against `hardwareRow` in
 * hardware.test.ts, not at import.
 */
export function allHardware(): readonly HardwareRow[] {
  allRows ??= [...accelerators, ...cpus()];
  return allRows;
}
