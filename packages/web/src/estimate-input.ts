/** Turns the calculator's text inputs into an EstimateInput, with a message per field for anything invalid. */
import type { Estimate, EstimateInput, NumberRange } from '@carbontrail/core';
import type { Core } from './core.ts';
import { isPlainNumber, type CalcState } from './url-state.ts';

/** A problem with one field, and the choices to offer instead (for names). */
export interface FieldError {
  message: string;
  suggestions?: string[];
}

/** Errors by field key: "hours", "pue", …, "hardware.0", "count.1"; "form" for what belongs to no field. */
export type FieldErrors = Record<string, FieldError>;

/** The estimate of the inputs, or the errors that prevent it. */
export type Computed =
  | { ok: true; estimate: Estimate; input: EstimateInput; errors: FieldErrors }
  | { ok: false; errors: FieldErrors; input?: EstimateInput };

/** A number typed in a field, checked against core's range for that input (the same range the CLI checks). */
function parseNumber(core: Core, text: string, label: string, range: NumberRange): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return {};
  const v = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
  const expected = `${label} must be ${core.describeRange(range)}`;
  if (!Number.isFinite(v)) return { error: `"${t}" is not a number: ${expected}.` };
  if (!core.inRange(v, range)) return { error: `${expected}; got ${t}.` };
  return { value: v };
}

/** The form field of a model error, from the field (and device group) the error names; never from its wording. */
function fieldOf(field: string | undefined, index: number | undefined): string {
  switch (field) {
    case 'hardware':
    case 'count':
      return `${field}.${index ?? 0}`;
    case 'duration':
      return 'hours';
    case 'hours': case 'load': case 'energy': case 'power': case 'provider': case 'region': case 'country': case 'zone':
    case 'year': case 'intensity': case 'pue': case 'offset':
      return field === 'power' ? 'form' : field;
    default:
      return 'form';
  }
}

/** Validates the text inputs and runs the model; never returns NaN, always a result or field messages. */
export function computeEstimate(state: CalcState, core: Core): Computed {
  const R = core.inputRanges;
  const errors: FieldErrors = {};
  const devices: EstimateInput['devices'] = [];
  const load = parseNumber(core, state.load, 'Load', R.load);
  if (load.error) errors.load = { message: load.error };
  const energy = parseNumber(core, state.energy, 'Measured energy', R.energy);
  if (energy.error) errors.energy = { message: energy.error };
  if (energy.value !== undefined && state.hardware.length > 1) {
    errors.energy = { message: 'Measured energy applies to a single device group (the devices that used it).' };
  }

  state.hardware.forEach((d, i) => {
    const name = d.name.trim();
    const count = parseNumber(core, d.count === '' ? '1' : d.count, 'Count', R.count);
    if (count.error) errors[`count.${i}`] = { message: count.error };
    if (name === '') {
      errors[`hardware.${i}`] = { message: 'Choose a device, e.g. "A100" or "Tesla V100".' };
      return;
    }
    try {
      core.findHardware(name);
    } catch (err) {
      if (!core.isCoreError(err)) throw err;
      if (!core.cpusLoaded && err.code === 'unknown-hardware') {
        // not a GPU or TPU: look in the CPU table, fetched on first need; the page re-renders when it arrives
        core.loadCpus();
        errors[`hardware.${i}`] = { message: `Looking up "${name}" in the CPU table…` };
        return;
      }
      errors[`hardware.${i}`] = { message: err.message, suggestions: err.suggestions };
      return;
    }
    devices.push({
      hardware: name,
      ...(count.value !== undefined ? { count: count.value } : {}),
      ...(load.value !== undefined ? { load: load.value } : {}),
      ...(energy.value !== undefined ? { measuredKwh: energy.value } : {}),
    });
  });
  if (state.hardware.length === 0) errors['hardware.0'] = { message: 'Add at least one device.' };

  let hours: number | undefined;
  const hoursText = state.hours.trim();
  if (hoursText === '') {
    if (energy.value === undefined) errors.hours = { message: 'Enter how long it ran: hours ("100") or a duration ("3d4h").' };
  } else if (isPlainNumber(hoursText)) {
    const h = parseNumber(core, hoursText, 'Hours', R.hours);
    if (h.error) errors.hours = { message: h.error };
    else hours = h.value;
  } else {
    try {
      hours = core.parseDuration(hoursText);
      if (!(hours > 0)) errors.hours = { message: `The duration "${hoursText}" is zero: hours must be greater than 0.` };
    } catch (err) {
      if (!core.isCoreError(err)) throw err;
      errors.hours = { message: err.message };
    }
  }

  const year = parseNumber(core, state.year, 'Year', R.year);
  if (year.error) errors.year = { message: year.error };
  const intensity = parseNumber(core, state.intensity, 'Carbon intensity', R.intensity);
  if (intensity.error) errors.intensity = { message: intensity.error };
  const pue = parseNumber(core, state.pue, 'PUE', R.pue);
  if (pue.error) errors.pue = { message: pue.error };
  const offset = parseNumber(core, state.offset, 'Offset', R.offset);
  if (offset.error) errors.offset = { message: offset.error };

  const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const input: EstimateInput = {
    devices,
    hours: hours ?? 0,
    ...(opt(state.provider) ? { provider: opt(state.provider) } : {}),
    ...(opt(state.region) ? { region: opt(state.region) } : {}),
    ...(opt(state.country) ? { country: opt(state.country) } : {}),
    ...(opt(state.zone) ? { zone: opt(state.zone) } : {}),
    ...(year.value !== undefined ? { year: year.value } : {}),
    ...(intensity.value !== undefined ? { intensityGPerKwh: intensity.value } : {}),
    ...(pue.value !== undefined ? { pue: pue.value } : {}),
    ...(offset.value !== undefined ? { offsetPercent: offset.value } : {}),
    ...(state.embodied.trim() === '0' || state.embodied.trim() === 'false' ? { embodied: false } : {}),
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors, input };
  try {
    const estimate = core.estimate(input);
    return { ok: true, estimate, input, errors };
  } catch (err) {
    if (!core.isCoreError(err)) throw err;
    return { ok: false, errors: { [fieldOf(err.field, err.index)]: { message: err.message, suggestions: err.suggestions } }, input };
  }
}
