/** Embodied (manufacturing) emissions of devices, amortised over their service life. */
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

/** A group of devices a job used: `share` is the part of each device the job took (the CPU share of a tracked command), default 1. */
export interface EmbodiedDevice {
  row: HardwareRow;
  count: number;
  share?: number;
}

/** Embodied emissions of a job: each device group's share for `hours`, summed, with the sources used and notes on gaps. */
export interface EmbodiedTotal {
  kg: number;
  lowKg: number;
  highKg: number;
  /** Per group, in input order: the amortised share of all its devices. */
  groups: (EmbodiedShare & { count: number; share: number })[];
  sources: string[];
  notes: string[];
}

/** Embodied emissions of the devices a job used for `hours` (the estimate and the measured run both use this). */
export function embodiedFor(devices: readonly EmbodiedDevice[], hours: number, tables: Tables = builtinTables): EmbodiedTotal {
  const groups = devices.map((d) => {
    const share = d.share ?? 1;
    const one = embodiedForDevice(d.row, hours, tables);
    const f = d.count * share;
    return { ...one, kg: one.kg * f, lowKg: one.lowKg * f, highKg: one.highKg * f, count: d.count, share };
  });
  const notes: string[] = [];
  devices.forEach((d, i) => {
    if (!groups[i]!.classId) notes.push(`no embodied-emissions data for ${d.row.name}: counted as 0`);
  });
  return {
    kg: groups.reduce((s, g) => s + g.kg, 0),
    lowKg: groups.reduce((s, g) => s + g.lowKg, 0),
    highKg: groups.reduce((s, g) => s + g.highKg, 0),
    groups,
    sources: [...new Set(groups.filter((g) => g.classId).map((g) => g.source))],
    notes,
  };
}
