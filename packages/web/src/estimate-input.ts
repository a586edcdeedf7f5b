/** Turns the calculator's text inputs into an EstimateInput, with a message per field for anything invalid. */
import type { Estimate, EstimateInput } from '@carbontrail/core';
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

interface NumberRule {
  label: string;
  min?: number;
  max?: number;
  /** Whether the minimum itself is allowed. */
  minInclusive?: boolean;
  integer?: boolean;
}

function parseNumber(text: string, rule: NumberRule): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return {};
  const v = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
  const range =
    rule.min !== undefined && rule.max !== undefined
      ? `from ${rule.min} to ${rule.max}`
      : rule.min !== undefined
        ? rule.minInclusive === false
          ? `greater than ${rule.min}`
          : `of at least ${rule.min}`
        : '';
  const expected = `${rule.label} must be ${rule.integer ? 'a whole number' : 'a number'}${range ? ` ${range}` : ''}`;
  if (!Number.isFinite(v)) return { error: `"${t}" is not a number: ${expected}.` };
  if (rule.integer && !Number.isInteger(v)) return { error: `${expected}; got ${t}.` };
  if (rule.min !== undefined && (rule.minInclusive === false ? v <= rule.min : v < rule.min)) return { error: `${expected}; got ${t}.` };
  if (rule.max !== undefined && v > rule.max) return { error: `${expected}; got ${t}.` };
  return { value: v };
}

/** Which field a model error message is about, from the names the model uses in its messages. */
function fieldOfMessage(code: string, message: string): string {
  const kind = /^(unknown|ambiguous)-(.+)$/.exec(code)?.[2];
  if (kind) {
    if (kind.includes('hardware')) return 'hardware.0';
    if (kind.includes('provider')) return 'provider';
    if (kind.includes('region')) return 'region';
    if (kind.includes('country')) return 'country';
    if (kind.includes('zone')) return 'zone';
    if (kind.includes('year')) return 'year';
  }
  const m = message.toLowerCase();
  for (const [word, field] of [
    ['duration', 'hours'], ['hours', 'hours'], ['pue', 'pue'], ['intensity', 'intensity'], ['offset', 'offset'],
    ['load', 'load'], ['count', 'count.0'], ['year', 'year'], ['region', 'region'], ['provider', 'provider'],
    ['zone', 'zone'], ['country', 'country'],
  ] as const) {
    if (m.includes(word)) return field;
  }
  return 'form';
}

/** Validates the text inputs and runs the model; never returns NaN, always a result or field messages. */
export function computeEstimate(state: CalcState, core: Core): Computed {
  const errors: FieldErrors = {};
  const devices: EstimateInput['devices'] = [];
  const load = parseNumber(state.load, { label: 'Load', min: 0, max: 1, minInclusive: false });
  if (load.error) errors.load = { message: load.error };

  state.hardware.forEach((d, i) => {
    const name = d.name.trim();
    const count = parseNumber(d.count === '' ? '1' : d.count, { label: 'Count', min: 1, integer: true });
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
    });
  });
  if (state.hardware.length === 0) errors['hardware.0'] = { message: 'Add at least one device.' };

  let hours: number | undefined;
  const hoursText = state.hours.trim();
  if (hoursText === '') errors.hours = { message: 'Enter how long it ran: hours ("100") or a duration ("3d4h").' };
  else if (isPlainNumber(hoursText)) {
    const h = parseNumber(hoursText, { label: 'Hours', min: 0, minInclusive: false });
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

  const year = parseNumber(state.year, { label: 'Year', min: 1990, max: 2100, integer: true });
  if (year.error) errors.year = { message: year.error };
  const intensity = parseNumber(state.intensity, { label: 'Carbon intensity', min: 0 });
  if (intensity.error) errors.intensity = { message: intensity.error };
  const pue = parseNumber(state.pue, { label: 'PUE', min: 1 });
  if (pue.error) errors.pue = { message: pue.error };
  const offset = parseNumber(state.offset, { label: 'Offset', min: 0, max: 100 });
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
    const field = fieldOfMessage(err.code, err.message);
    return { ok: false, errors: { [field]: { message: err.message, suggestions: err.suggestions } }, input };
  }
}
