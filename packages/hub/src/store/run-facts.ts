/** The columns of a stored run, taken from its record: where, when, on what, how much (the runs table and the roll-ups). */
import { findZone, zoneForYear } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import { clip, utcInstant } from './storable.ts';

export interface RunFacts {
  /** The start in UTC with milliseconds, whatever form the record gives it in: text order is time order. */
  startedAt: string;
  /** "2025-03", the UTC month of the start. */
  month: string;
  country: string;
  source: string;
  hardware: string;
  task: string | null;
  origin: string;
}

/** The main energy source of the run's grid: as reported, else the zone's or country's for the year, else "unknown". */
function mainSource(r: RunRecord, startedAt: string): string {
  if (r.meta?.mainSource) return r.meta.mainSource.toLowerCase();
  const year = r.intensity.year ?? Number(startedAt.slice(0, 4));
  for (const key of [r.intensity.zone, r.intensity.country, r.location.country]) {
    if (!key) continue;
    try {
      const rows = findZone(key, 'zone').filter((z) => z.mainSource);
      if (rows.length) return zoneForYear(rows, year).mainSource!;
    } catch {
      // not a zone of the tables: try the next key
    }
  }
  return 'unknown';
}

/** "8 × NVIDIA A100-SXM4-80GB" (the most numerous GPU), or the CPU model when the run used no GPU. */
function hardware(r: RunRecord): string {
  const counts = new Map<string, number>();
  for (const g of r.hardware.gpus) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? `${top[1]} × ${top[0]}` : r.hardware.cpu.model || 'unknown';
}

/** The facts of a record that the hub stores in columns and sums in roll-ups. */
export function runFacts(r: RunRecord): RunFacts {
  const startedAt = utcInstant(r.startedAt, 'startedAt');
  return {
    startedAt,
    month: startedAt.slice(0, 7),
    country: r.intensity.country ?? r.location.country ?? 'unknown',
    source: mainSource(r, startedAt),
    hardware: clip(hardware(r)),
    task: r.meta?.task ?? null,
    origin: r.meta?.origin ?? 'tracker',
  };
}

/** The dimensions the hub keeps totals by. */
export const DIMENSIONS = ['month', 'country', 'source', 'hardware'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
