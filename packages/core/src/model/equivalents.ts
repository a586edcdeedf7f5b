/** Everyday equivalents of an amount of CO2eq (km driven, coal burned, seedlings, flights, phone charges). */
import { builtinTables, type Tables } from '../tables.ts';
import type { EquivalentValue } from './types.ts';

/** How many of each equivalent unit emit `kg` of CO2eq. */
export function equivalentsFor(kg: number, tables: Tables = builtinTables): EquivalentValue[] {
  return tables.equivalents.map((e) => ({ id: e.id, label: e.label, value: kg / e.kgPerUnit, unit: e.unit, source: e.source }));
}
