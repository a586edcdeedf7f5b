/** Embodied (manufacturing) emissions of a device, amortised over its service life. */
import type { HardwareRow } from '../data/schema.ts';
import { builtinTables, type Tables } from '../tables.ts';

const HOURS_PER_YEAR = 8766;

export interface EmbodiedShare {
  kg: number;
  lowKg: number;
  highKg: number;
  source: string;
  year?: number;
  /** The device class row used, or undefined when the table has none for this device. */
  classId?: string;
}

/** The share of one device's manufacturing emissions that `hours` of use carries: embodiedKg × hours / lifetime hours. */
export function embodiedForDevice(row: HardwareRow, hours: number, tables: Tables = builtinTables): EmbodiedShare {
  const cls = row.embodiedClass ? tables.embodied.find((e) => e.id === row.embodiedClass) : undefined;
  if (!cls) return { kg: 0, lowKg: 0, highKg: 0, source: `no embodied-emissions data for ${row.name}` };
  const f = hours / (cls.lifetimeYears * HOURS_PER_YEAR);
  return { kg: cls.embodiedKg * f, lowKg: cls.lowKg * f, highKg: cls.highKg * f, source: cls.source, year: cls.year, classId: cls.id };
}
