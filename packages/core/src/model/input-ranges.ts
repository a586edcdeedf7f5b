/** The accepted range of every numeric input, declared once: the model checks with it, and the CLI, the web form and the hub read it. */
import { InvalidInputError } from '../errors.ts';

/** A closed or half-open interval of accepted values. */
export interface NumberRange {
  min: number;
  max: number;
  /** The minimum itself is not allowed (hours > 0). */
  exclusiveMin?: boolean;
  integer?: boolean;
  /** What the value is, for messages: "carbon intensity in gCO2eq/kWh". */
  what: string;
}

/** Every numeric input by its public name (the CLI flag, the URL parameter and the form field share it). */
export const inputRanges = {
  hours: { min: 0, max: 100_000, exclusiveMin: true, what: 'wall-clock hours' },
  count: { min: 1, max: 1_000_000, integer: true, what: 'number of devices' },
  load: { min: 0, max: 1, exclusiveMin: true, what: 'average fraction of TDP drawn' },
  power: { min: 0, max: 100_000, exclusiveMin: true, what: 'power per device in W' },
  energy: { min: 0, max: 1e12, what: 'measured energy in kWh' },
  year: { min: 1990, max: 2100, integer: true, what: 'calendar year' },
  intensity: { min: 0, max: 2000, what: 'carbon intensity in gCO2eq/kWh' },
  pue: { min: 1, max: 3, what: 'PUE' },
  offset: { min: 0, max: 100, what: 'offset share in %' },
  interval: { min: 0.1, max: 5, what: 'seconds between samples' },
  'cpu-tdp': { min: 1, max: 1000, what: 'CPU TDP per socket in W' },
} as const satisfies Record<string, NumberRange>;

export type RangedInput = keyof typeof inputRanges;

/** "a number from 0 to 2000", "a whole number from 1 to 1000000", "a number greater than 0, at most 100000". */
export function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  const lo = range.exclusiveMin ? `greater than ${range.min}` : `from ${range.min}`;
  return range.exclusiveMin ? `${kind} ${lo}, at most ${range.max}` : `${kind} ${lo} to ${range.max}`;
}

/** Whether a value lies in a range. */
export function inRange(value: number, range: NumberRange): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isInteger(value)) return false;
  if (range.exclusiveMin ? value <= range.min : value < range.min) return false;
  return value <= range.max;
}

/** Returns the value when it is in its input's range; throws InvalidInputError naming the field, the value and what is allowed. */
export function checkInput(field: RangedInput, value: number, index?: number): number {
  const range: NumberRange = inputRanges[field];
  if (!inRange(value, range)) {
    throw new InvalidInputError(field, `invalid ${field} ${value}: give ${range.what} as ${describeRange(range)}`, index);
  }
  return value;
}
