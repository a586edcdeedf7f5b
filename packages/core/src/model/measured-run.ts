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
