/** Stands in for core's CPU rows inside the app bundle: the app loads them on demand and passes full tables itself. */
import type { HardwareRow } from '@carbontrail/core';

/** Never called: every model call in the app passes its own tables (see core.ts). */
export function buildCpuRows(): HardwareRow[] {
  throw new Error('carbontrail web: the CPU table is loaded on demand; pass the tables from core.ts');
}
