/** Compact authoring helpers for the hardware table: expand grouped tuples into full rows. */
import type { PowerBasis } from '../vocabulary.ts';
import type { HardwareRow } from './schema.ts';

/** Kebab-case id from a display name: "Intel Xeon Gold 6148" -> "intel-xeon-gold-6148". */
export function hardwareId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Facts shared by every row of a group. */
export interface CpuGroupFacts {
  vendor: string;
  source: string;
  /** Year the figures describe (the launch year for vendor catalogue rows). */
  year: number;
  embodiedClass: 'cpu-server' | 'cpu-desktop';
  /** What the TDPs of the group are: maker catalogue figures ('datasheet') unless the group says otherwise. */
  powerBasis: PowerBasis;
  /** Shared note; a tuple's own note replaces it. */
  note?: string;
}

/** [name, tdpW] or [name, tdpW, cores] or [name, tdpW, cores, aliases, note]. */
export type CpuTuple =
  | readonly [string, number]
  | readonly [string, number, number | null]
  | readonly [string, number, number | null, readonly string[], string?];

/** Expands CPU tuples into rows; each row carries the group's source and year. */
export function cpuGroup(facts: CpuGroupFacts, tuples: readonly CpuTuple[]): HardwareRow[] {
  return tuples.map((t) => {
    const row: HardwareRow = {
      id: hardwareId(t[0]),
      name: t[0],
      vendor: facts.vendor,
      type: 'cpu',
      tdpW: t[1],
      aliases: t[3] ? [...t[3]] : [],
      embodiedClass: facts.embodiedClass,
      powerBasis: facts.powerBasis,
      releaseYear: facts.year,
      source: facts.source,
      year: facts.year,
    };
    if (t[2] != null) row.cores = t[2];
    const note = t[4] ?? facts.note;
    if (note) row.note = note;
    return row;
  });
}

/** Authoring shape of one hand-written device: aliases optional, id derived from the name when absent. */
export type DeviceInput = Omit<HardwareRow, 'aliases' | 'id'> & { id?: string; aliases?: readonly string[] };

/** Fills the defaults of a hand-written device row. */
export function device(d: DeviceInput): HardwareRow {
  return { ...d, id: d.id ?? hardwareId(d.name), aliases: d.aliases ? [...d.aliases] : [] };
}

/** Applies shared facts (vendor, source, year, type, class) to a list of partial rows. */
export function deviceGroup(
  shared: Partial<DeviceInput>,
  rows: readonly Partial<DeviceInput>[],
): HardwareRow[] {
  return rows.map((r) => device({ ...shared, ...r } as DeviceInput));
}
