/** The calculator's inputs as they live in the URL query: parsing and writing, exactly as typed (validation is separate). */
import { splitDeviceSpec } from '@carbontrail/core/device-spec';

/** One device group as typed: a hardware name and a count. */
export interface DeviceEntry {
  name: string;
  count: string;
}

/** Every calculator input, as text. The query parameter names are public: shared links depend on them. */
export interface CalcState {
  hardware: DeviceEntry[];
  /** Hours as a number ("100") or a duration ("3d4h"). */
  hours: string;
  provider: string;
  region: string;
  country: string;
  zone: string;
  year: string;
  /** Custom carbon intensity, gCO2eq/kWh. */
  intensity: string;
  pue: string;
  /** The user's own offsets, %. */
  offset: string;
  /** Average fraction of TDP drawn, 0–1. */
  load: string;
  /** "0" leaves embodied emissions out. */
  embodied: string;
  /** Measured device energy of the job, kWh (replaces TDP × hours × load). */
  energy: string;
}

/** What the calculator shows on a first visit with no query. */
export const defaultState: CalcState = {
  hardware: [{ name: 'Tesla V100', count: '1' }],
  hours: '100',
  provider: '',
  region: '',
  country: '',
  zone: '',
  year: '',
  intensity: '',
  pue: '',
  offset: '',
  load: '',
  embodied: '',
  energy: '',
};

const scalarKeys = ['provider', 'region', 'country', 'zone', 'year', 'intensity', 'pue', 'offset', 'load', 'embodied', 'energy'] as const;

/** Splits "NAME:COUNT" at its last colon, as the CLI's --hardware does (core's splitDeviceSpec); no count means 1. */
export function parseHardwareParam(value: string): DeviceEntry {
  const { name, count } = splitDeviceSpec(value);
  return { name, count: count ?? '1' };
}

/** The calculator state written in a query string (with or without "?"); missing parameters take the defaults. */
export function parseQuery(search: string): CalcState {
  const q = new URLSearchParams(search);
  const has = [...q.keys()].some((k) => k === 'hardware' || k === 'hours' || k === 'duration' || (scalarKeys as readonly string[]).includes(k));
  if (!has) return { ...defaultState, hardware: defaultState.hardware.map((d) => ({ ...d })) };
  const hardware = q.getAll('hardware').filter((v) => v.trim() !== '').map(parseHardwareParam);
  const state: CalcState = {
    ...defaultState,
    hardware: hardware.length ? hardware : [{ name: '', count: '1' }],
    hours: q.get('hours') ?? q.get('duration') ?? '',
  };
  for (const k of scalarKeys) state[k] = q.get(k) ?? '';
  return state;
}

/** True when the text is a plain number of hours rather than a duration with units. */
export function isPlainNumber(text: string): boolean {
  return /^\s*\d+(\.\d+)?\s*$/.test(text);
}

/** The query string (without "?") for a state; empty values are left out so links stay short. */
export function toQuery(state: CalcState): string {
  const q = new URLSearchParams();
  for (const d of state.hardware) {
    const name = d.name.trim();
    if (name === '') continue;
    const count = d.count.trim();
    q.append('hardware', count === '' || count === '1' ? name : `${name}:${count}`);
  }
  const hours = state.hours.trim();
  if (hours !== '') q.set(isPlainNumber(hours) ? 'hours' : 'duration', hours);
  for (const k of scalarKeys) {
    const v = state[k].trim();
    if (v !== '') q.set(k, v);
  }
  // Spaces as %20 and the NAME:COUNT colon kept literal, so shared links read as they are documented.
  return q.toString().replace(/\+/g, '%20').replace(/%3A/gi, ':');
}
