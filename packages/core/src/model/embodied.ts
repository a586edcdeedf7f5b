/**
 * Embodied (manufacturing) emissions of the devices a job used, amortised as the cited life-cycle studies do: each
 * device's share of its own manufacturing and of its host server's, over the service life at the utilisation the
 * source assumes (BLOOM: 150 kg per GPU + 2,500 kg per 8-GPU server, 6 years at 85 % use).
 */
import type { EmbodiedRow, HardwareRow } from '../data/schema.ts';
import { builtinTables, type Tables } from '../tables.ts';

/** Hours in a year of service, as BLOOM's life-cycle study counts them. */
export const HOURS_PER_YEAR = 8760;

/** The share of manufacturing emissions one device carries for a number of hours. */
export interface EmbodiedShare {
  kg: number;
  lowKg: number;
  highKg: number;
  /** Of which the host server's share. */
  hostKg: number;
  source: string;
  year?: number;
  /** The device class row used, or undefined when the table has none for this device. */
  classId?: string;
}

/** The fraction of a class's manufacturing that `hours` of use carries: hours ÷ (life × hours a year × utilisation). */
function amortised(cls: EmbodiedRow, hours: number): number {
  return hours / (cls.lifetimeYears * (cls.hoursPerYear ?? HOURS_PER_YEAR) * cls.utilisation);
}

/** Whether a device is an accelerator (its host server's share comes with it). */
function isAccelerator(row: HardwareRow): boolean {
  return row.type !== 'cpu' && row.type !== 'soc';
}

/**
 * One device's share for `hours`: its own class row, plus its host's share (host ÷ devices per host) unless
 * `withHost` is false (a CPU beside accelerators: its server is the accelerators' host, counted with them).
 */
export function embodiedForDevice(row: HardwareRow, hours: number, tables: Tables = builtinTables, withHost = true): EmbodiedShare {
  const cls = row.embodiedClass ? tables.embodied.find((e) => e.id === row.embodiedClass) : undefined;
  if (!cls) return { kg: 0, lowKg: 0, highKg: 0, hostKg: 0, source: `no embodied-emissions data for ${row.name}` };
  const f = amortised(cls, hours);
  let kg = cls.embodiedKg * f;
  let lowKg = cls.lowKg * f;
  let highKg = cls.highKg * f;
  let hostKg = 0;
  const sources = [cls.source];
  const host = withHost && cls.host ? tables.embodied.find((e) => e.id === cls.host!.classId) : undefined;
  if (host && cls.host) {
    const h = amortised(host, hours) / cls.host.devicesPerHost;
    hostKg = host.embodiedKg * h;
    kg += hostKg;
    lowKg += host.lowKg * h;
    highKg += host.highKg * h;
    if (!sources.includes(host.source)) sources.push(host.source);
  }
  return { kg, lowKg, highKg, hostKg, source: sources.join('; '), year: cls.year, classId: cls.id };
}

/** A group of devices a job used: `share` is the part of each device the job took (the CPU share of a tracked command), default 1. */
export interface EmbodiedDevice {
  row: HardwareRow;
  count: number;
  share?: number;
}

/** Embodied emissions of a job: each device group's share for `hours`, summed, with the sources used and notes. */
export interface EmbodiedTotal {
  kg: number;
  lowKg: number;
  highKg: number;
  /** Per group, in input order: the amortised share of all its devices. */
  groups: (EmbodiedShare & { count: number; share: number })[];
  sources: string[];
  notes: string[];
}

/**
 * Embodied emissions of the devices a job used for `hours` (the estimate and the measured run both use this). When
 * the job has accelerators, the CPUs named beside them are part of the accelerators' host servers and add nothing.
 */
export function embodiedFor(devices: readonly EmbodiedDevice[], hours: number, tables: Tables = builtinTables): EmbodiedTotal {
  const withAccelerators = devices.some((d) => isAccelerator(d.row));
  const notes: string[] = [];
  const groups = devices.map((d) => {
    const share = d.share ?? 1;
    const cpuBesideAccelerators = withAccelerators && d.row.type === 'cpu';
    const one = cpuBesideAccelerators
      ? { kg: 0, lowKg: 0, highKg: 0, hostKg: 0, source: 'counted in the host servers of the accelerators' }
      : embodiedForDevice(d.row, hours, tables);
    if (!cpuBesideAccelerators && !one.classId) notes.push(`no embodied-emissions data for ${d.row.name}: counted as 0`);
    const f = d.count * share;
    return { ...one, kg: one.kg * f, lowKg: one.lowKg * f, highKg: one.highKg * f, hostKg: one.hostKg * f, count: d.count, share };
  });
  if (groups.some((g) => g.hostKg > 0)) {
    notes.push(
      withAccelerators
        ? 'embodied emissions: each accelerator with its share of a host server (chassis, CPUs, memory, storage), amortised over the service life at the use rate of the source, as BLOOM\'s life-cycle study does'
        : 'embodied emissions: each CPU socket with its share of its server (chassis, memory, storage), amortised over the service life at the use rate of the source',
    );
  }
  if (withAccelerators && devices.some((d) => d.row.type === 'cpu')) notes.push("the CPUs named beside accelerators are part of the accelerators' host servers, whose share is counted with them");
  return {
    kg: groups.reduce((s, g) => s + g.kg, 0),
    lowKg: groups.reduce((s, g) => s + g.lowKg, 0),
    highKg: groups.reduce((s, g) => s + g.highKg, 0),
    groups,
    sources: [...new Set(groups.filter((g) => g.classId).map((g) => g.source))],
    notes,
  };
}
