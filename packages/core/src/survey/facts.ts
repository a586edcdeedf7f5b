/**
 * What the survey's analyses need of a run record: its grid's main energy source, country, task, year, intensity,
 * energy, emissions with range, duration and performance metrics. A field the record lacks becomes "unknown" (a group
 * of its own), never a dropped run.
 */
import { findZone } from '../model/location.ts';
import { zoneForYear } from '../model/intensity.ts';
import type { RunRecord } from '../schemas/run-record.ts';
import { builtinTables, type Tables } from '../tables.ts';

export const UNKNOWN = 'unknown';

export interface AnalysisFacts {
  id: string;
  /** A short name for charts: the model, else task and data set, else the run id. */
  label: string;
  /** Main energy source of the grid: an energy-sources id ("coal", "hydro"), another reported name, or "unknown". */
  source: string;
  /** ISO alpha-2, or "unknown". */
  country: string;
  task: string;
  dataset: string;
  /** The year of publication for reported runs, else the year the run started. */
  year: number;
  intensityGPerKwh: number;
  /** Energy at the facility (device energy × PUE): the energy the emissions are priced on. */
  energyKwh: number;
  emissionsKg: number;
  lowKg: number;
  highKg: number;
  hours: number;
  metrics: Readonly<Record<string, number>>;
}

/** Common names of energy sources as the energy-sources table names them ("Natural gas" → gas, "Hydroelectricity" → hydro). */
const SOURCE_NAMES: Record<string, string> = {
  'natural gas': 'gas', hydroelectricity: 'hydro', hydropower: 'hydro', hydroelectric: 'hydro', 'nuclear power': 'nuclear',
  petroleum: 'oil', lignite: 'coal', 'hard coal': 'coal', 'solar pv': 'solar', photovoltaic: 'solar', 'onshore wind': 'wind', 'offshore wind': 'wind',
};

/** A reported main energy source as an energy-sources id where one matches, else the name in lower case. */
export function normaliseSource(name: string, tables: Tables = builtinTables): string {
  const n = name.trim().toLowerCase();
  if (!n) return UNKNOWN;
  if (tables.energySources.some((s) => s.id === n)) return n;
  return SOURCE_NAMES[n] ?? tables.energySources.find((s) => s.name.toLowerCase() === n)?.id ?? n;
}

/** The main energy source of the run's grid: as reported, else its zone's or country's for the year, else "unknown". */
export function mainSourceOf(r: RunRecord, tables: Tables = builtinTables): string {
  if (r.meta?.mainSource) return normaliseSource(r.meta.mainSource, tables);
  const year = r.intensity.year ?? Number(r.startedAt.slice(0, 4));
  for (const key of [r.intensity.zone, r.intensity.country, r.location.country]) {
    if (!key) continue;
    try {
      const rows = findZone(key, 'zone', tables).filter((z) => z.mainSource);
      if (rows.length) return zoneForYear(rows, year).mainSource!;
    } catch {
      // not a zone of the tables: try the next key
    }
  }
  return UNKNOWN;
}

export function analysisFacts(r: RunRecord, tables: Tables = builtinTables): AnalysisFacts {
  const task = r.meta?.task ?? UNKNOWN;
  const dataset = r.meta?.dataset ?? UNKNOWN;
  const year = r.meta?.publishedYear ?? Number(r.startedAt.slice(0, 4));
  const label = r.meta?.model ?? (r.meta?.task ? `${r.meta.task}${r.meta.dataset ? ` · ${r.meta.dataset}` : ''} (${year})` : r.id);
  return {
    id: r.id,
    label,
    source: mainSourceOf(r, tables),
    country: r.intensity.country ?? r.location.country ?? UNKNOWN,
    task,
    dataset,
    year,
    intensityGPerKwh: r.intensity.gPerKwh,
    energyKwh: r.energy.facilityKwh,
    emissionsKg: r.emissionsKg,
    lowKg: r.emissionsLowKg,
    highKg: r.emissionsHighKg,
    hours: r.durationS / 3600,
    metrics: r.meta?.metrics ?? {},
  };
}
