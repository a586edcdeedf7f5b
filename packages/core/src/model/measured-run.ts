/** Pricing a measured run: its energy per year and component, through the same model as an estimate, into the record's figures. */
import type { RunRecord } from '../schemas/run-record.ts';
import { builtinTables, type Tables } from '../tables.ts';
import type { Component } from '../vocabulary.ts';
import { embodiedFor, type EmbodiedDevice } from './embodied.ts';
import type { ResolvedLocation } from './location.ts';
import { priceEnergy, type PricedEnergy } from './pricing.ts';
import type { ResolvedPue } from './types.ts';

/** Device energy of a run in one calendar year, by component, kWh. */
export interface YearEnergy {
  year: number;
  gpuKwh: number;
  cpuKwh: number;
  ramKwh: number;
}

/** What a run measured: energy per year and component, how accurate each component's sensor is, and the devices it used. */
export interface MeasuredEnergy {
  byYear: readonly YearEnergy[];
  spreads: Record<Component, { low: number; high: number }>;
  durationS: number;
  /** Devices whose manufacturing share the run carries (GPUs whole, the CPU for the share the command used). */
  devices: readonly EmbodiedDevice[];
}

/** The figures of a run record that pricing gives. */
export type RunPricing = Pick<
  RunRecord,
  'pue' | 'intensity' | 'emissionsKg' | 'emissionsLowKg' | 'emissionsHighKg' | 'offsets' | 'embodiedKg' | 'embodiedLowKg' | 'embodiedHighKg' | 'embodiedSources'
> & { facilityKwh: number; label: string; providerName?: string; notes: string[]; priced: PricedEnergy };

/** The year rows with no energy are kept out; a run with no sample is priced for `fallbackYear`. */
function parts(m: MeasuredEnergy) {
  return m.byYear.flatMap((y) =>
    (['gpu', 'cpu', 'ram'] as const).map((c) => ({ kwh: y[`${c}Kwh`], spread: m.spreads[c], year: y.year })),
  );
}

/** Prices a run's measured energy at a resolved location with a PUE, with the same function as estimate() (ADR 0004). */
export function priceMeasuredRun(m: MeasuredEnergy, loc: ResolvedLocation, pue: ResolvedPue, fallbackYear: number, tables: Tables = builtinTables): RunPricing {
  const list = parts(m);
  const priced = priceEnergy(list.length ? list : [{ kwh: 0, spread: { low: 1, high: 1 }, year: fallbackYear }], loc, pue);
  const main = priced.intensity;
  const notes: string[] = [];
  if (main.note) notes.push(main.note);
  const embodied = embodiedFor(m.devices, m.durationS / 3600, tables);
  notes.push(...embodied.notes);
  const offset = loc.offset;
  const byComponent = new Map(m.byYear.map((y) => [y.year, y]));
  return {
    label: loc.label,
    ...(loc.region ? { providerName: loc.provider?.name ?? loc.region.provider } : {}),
    facilityKwh: priced.facilityKwh,
    pue: { value: pue.value, low: pue.low, high: pue.high, source: pue.source, ...(pue.year ? { year: pue.year } : {}) },
    intensity: {
      gPerKwh: priced.meanGPerKwh,
      low: main.low,
      high: main.high,
      rule: main.rule,
      source: main.source,
      ...(main.year ? { year: main.year } : {}),
      ...(main.zone ? { zone: main.zone } : {}),
      ...(main.country ? { country: main.country } : {}),
      ...(main.note ? { note: main.note } : {}),
      ...(main.basis ? { basis: main.basis } : {}),
      rangeReasons: main.rangeReasons,
      ...(main.providerFigure ? { providerFigure: main.providerFigure } : {}),
      byYear: priced.years
        .filter((y) => y.year !== undefined && byComponent.has(y.year))
        .map((y) => {
          const c = byComponent.get(y.year!)!;
          return { year: y.year!, gPerKwh: y.intensity.gPerKwh, facilityKwh: y.facilityKwh, source: y.intensity.source, gpuKwh: c.gpuKwh, cpuKwh: c.cpuKwh, ramKwh: c.ramKwh };
        }),
    },
    emissionsKg: priced.emissionsKg,
    emissionsLowKg: priced.emissionsLowKg,
    emissionsHighKg: priced.emissionsHighKg,
    offsets: {
      providerPercent: offset.percent,
      providerKg: (priced.emissionsKg * offset.percent) / 100,
      ...(offset.source ? { source: offset.source } : {}),
    },
    embodiedKg: embodied.kg,
    embodiedLowKg: embodied.lowKg,
    embodiedHighKg: embodied.highKg,
    embodiedSources: embodied.sources,
    notes,
    priced,
  };
}

/**
 * What is inconsistent in a run record's figures: the components must add up to the device energy, the facility
 * energy must be the device energy × PUE, the emissions must follow from each year's facility energy and intensity
 * (the pricing formula), and every range must hold its value. An empty list means consistent.
 */
export function recordProblems(r: RunRecord): string[] {
  const out: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
  const e = r.energy;
  if (!near(e.gpuKwh + e.cpuKwh + e.ramKwh, e.totalKwh)) out.push(`energy.totalKwh ${e.totalKwh} is not gpuKwh + cpuKwh + ramKwh (${e.gpuKwh + e.cpuKwh + e.ramKwh})`);
  if (!near(e.totalKwh * r.pue.value, e.facilityKwh)) out.push(`energy.facilityKwh ${e.facilityKwh} is not totalKwh × PUE (${e.totalKwh * r.pue.value})`);
  const years = r.intensity.byYear;
  if (years.length) {
    const facility = years.reduce((s, y) => s + y.facilityKwh, 0);
    if (!near(facility, e.facilityKwh)) out.push(`intensity.byYear facility energy adds up to ${facility} kWh, not energy.facilityKwh ${e.facilityKwh}`);
    if (r.meta?.origin !== 'survey') {
      const kg = years.reduce((s, y) => s + (y.facilityKwh * y.gPerKwh) / 1000, 0);
      if (!near(kg, r.emissionsKg)) out.push(`emissionsKg ${r.emissionsKg} does not follow from each year's facility energy × intensity (${kg})`);
    }
  } else if (!near((e.facilityKwh * r.intensity.gPerKwh) / 1000, r.emissionsKg)) {
    out.push(`emissionsKg ${r.emissionsKg} is not facilityKwh × intensity (${(e.facilityKwh * r.intensity.gPerKwh) / 1000})`);
  }
  const inside = (what: string, v: number, lo: number, hi: number) => {
    if (!(lo <= v * (1 + 1e-9) && v <= hi * (1 + 1e-9))) out.push(`${what} ${v} lies outside its range ${lo}–${hi}`);
  };
  inside('emissionsKg', r.emissionsKg, r.emissionsLowKg, r.emissionsHighKg);
  inside('embodiedKg', r.embodiedKg, r.embodiedLowKg, r.embodiedHighKg);
  inside('pue.value', r.pue.value, r.pue.low, r.pue.high);
  if (r.endedAt) {
    const span = (Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000;
    if (span < -1 || (r.meta?.origin === undefined || r.meta.origin === 'tracker') && Math.abs(span - r.durationS) > Math.max(60, 0.05 * r.durationS)) {
      out.push(`durationS ${r.durationS} does not match startedAt–endedAt (${span} s)`);
    }
  }
  return out;
}
