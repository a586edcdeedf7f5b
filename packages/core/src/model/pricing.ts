/**
 * The one pricing function: device energy → facility energy → location-based emissions, with ranges, for
 * estimates, measured runs, the tracker's live status and the hub's re-pricing alike (ADR 0004).
 */
import { intensityFor } from './intensity.ts';
import type { ResolvedLocation } from './location.ts';
import type { ResolvedIntensity, ResolvedPue } from './types.ts';
import { combine } from './uncertainty.ts';

/** A part of a job's device energy (a device group, or a component of a run in one calendar year) with its range. */
export interface EnergyPart {
  /** Device energy, kWh, before PUE. */
  kwh: number;
  /** Multiplicative range of `kwh`. */
  spread: { low: number; high: number };
  /** The calendar year the energy was used in; undefined: the location's year, else the latest data. */
  year?: number;
}

/** The energy and emissions of one calendar year of a job. */
export interface PricedYear {
  year: number | undefined;
  energyKwh: number;
  energyLowKwh: number;
  energyHighKwh: number;
  facilityKwh: number;
  intensity: ResolvedIntensity;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
}

/** Priced energy: totals with ranges, and the years they came from. */
export interface PricedEnergy {
  energyKwh: number;
  energyLowKwh: number;
  energyHighKwh: number;
  /** energyKwh × PUE. */
  facilityKwh: number;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
  /** Each calendar year priced, in order. */
  years: PricedYear[];
  /** The intensity of the last year priced (what reports name). */
  intensity: ResolvedIntensity;
  /** Facility-energy-weighted mean intensity over the years, gCO2eq/kWh. */
  meanGPerKwh: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 1);

/**
 * Prices energy parts at a location with a PUE. Ranges (ADR 0004): parts summed within a year add their bounds;
 * within a year, energy × PUE × intensity are independent factors whose log-widths add in quadrature; years add.
 */
export function priceEnergy(parts: readonly EnergyPart[], loc: ResolvedLocation, pue: ResolvedPue): PricedEnergy {
  const byYear = new Map<number | undefined, EnergyPart[]>();
  for (const p of parts) {
    const year = p.year ?? loc.year;
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  if (byYear.size === 0) byYear.set(loc.year, []);
  const years: PricedYear[] = [...byYear.keys()]
    .sort((a, b) => (a ?? Infinity) - (b ?? Infinity))
    .map((year) => {
      const list = byYear.get(year)!;
      const energyKwh = list.reduce((s, p) => s + p.kwh, 0);
      const energyLowKwh = list.reduce((s, p) => s + p.kwh * p.spread.low, 0);
      const energyHighKwh = list.reduce((s, p) => s + p.kwh * p.spread.high, 0);
      const intensity = intensityFor(loc, year);
      const facilityKwh = energyKwh * pue.value;
      const emissionsKg = (facilityKwh * intensity.gPerKwh) / 1000;
      const band = combine(
        { low: ratio(energyLowKwh, energyKwh), high: ratio(energyHighKwh, energyKwh) },
        { low: ratio(pue.low, pue.value), high: ratio(pue.high, pue.value) },
        { low: ratio(intensity.low, intensity.gPerKwh), high: ratio(intensity.high, intensity.gPerKwh) },
      );
      return {
        year, energyKwh, energyLowKwh, energyHighKwh, facilityKwh, intensity,
        emissionsKg, emissionsLowKg: emissionsKg * band.low, emissionsHighKg: emissionsKg * band.high,
      };
    });
  const sum = (f: (y: PricedYear) => number) => years.reduce((s, y) => s + f(y), 0);
  const facilityKwh = sum((y) => y.facilityKwh);
  const emissionsKg = sum((y) => y.emissionsKg);
  const last = years[years.length - 1]!;
  return {
    energyKwh: sum((y) => y.energyKwh),
    energyLowKwh: sum((y) => y.energyLowKwh),
    energyHighKwh: sum((y) => y.energyHighKwh),
    facilityKwh,
    emissionsKg,
    emissionsLowKg: sum((y) => y.emissionsLowKg),
    emissionsHighKg: sum((y) => y.emissionsHighKg),
    years,
    intensity: last.intensity,
    meanGPerKwh: facilityKwh > 0 ? (emissionsKg * 1000) / facilityKwh : last.intensity.gPerKwh,
  };
}
