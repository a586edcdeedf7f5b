/** The flags that describe a job (hardware, time, energy, place), shared by `estimate` and `where`. */
import { inputRanges, parseDeviceSpec, parseDuration, type DeviceGroupInput, type EstimateInput } from '@carbontrail/core';
import { UsageError } from '../errors.ts';
import type { FlagValues } from '../flags.ts';
import { locationFromFlags, placeFlags, placeTitle, yearFlag } from './location-flags.ts';

export const jobFlags = {
  hardware: { type: 'strings', short: 'g', value: 'NAME[:COUNT]', help: 'device model, repeatable for several groups ("A100 SXM4 80 GB:8", "v100", "TPUv3")' },
  count: { type: 'number', short: 'n', range: inputRanges.count, value: 'N', help: 'devices, when --hardware has no :COUNT (default 1)' },
  hours: { type: 'number', range: inputRanges.hours, value: 'H', help: 'wall-clock hours' },
  duration: { type: 'string', short: 'd', value: 'D', help: 'wall-clock time as a duration ("3d4h", "90m"), instead of --hours' },
  load: { type: 'number', range: inputRanges.load, value: 'F', help: 'average fraction of TDP drawn (default 1: the TDP method)' },
  energy: { type: 'number', range: inputRanges.energy, value: 'KWH', help: 'measured device energy of the job in kWh, instead of TDP × hours × load' },
  ...placeFlags,
  ...yearFlag,
  offset: { type: 'number', range: inputRanges.offset, value: 'PCT', help: 'your own offsets, % of emissions (reported beside, never subtracted)' },
  embodied: { type: 'boolean', negatable: true, help: 'leave out the manufacturing share of the hardware' },
} as const;

export const jobSections = [
  { title: 'Job', flags: ['hardware', 'count', 'hours', 'duration', 'load', 'energy'] },
  { title: placeTitle, flags: ['provider', 'region', 'country', 'zone', 'year', 'intensity', 'pue', 'offset', 'embodied'] },
] as const;

/** Turns parsed job flags into the model's input; names are resolved, and contradictions found, by the model. */
export function jobInput(v: FlagValues<typeof jobFlags>): EstimateInput {
  if (v.hardware.length === 0) throw new UsageError('missing --hardware NAME (e.g. --hardware "Tesla V100" or --hardware A100:8)');
  if (v.hours !== undefined && v.duration !== undefined) throw new UsageError('give either --hours or --duration, not both');
  let hours = v.hours;
  if (v.duration !== undefined) {
    hours = parseDuration(v.duration);
    if (!(hours > 0)) throw new UsageError(`invalid --duration "${v.duration}": must be longer than zero`);
  }
  if (v.count !== undefined && v.hardware.length > 1) throw new UsageError('--count applies to a single --hardware; with several, write NAME:COUNT for each');
  if (v.energy !== undefined && v.hardware.length > 1) throw new UsageError('--energy applies to a single --hardware group (the devices that used it)');
  if (hours === undefined && v.energy === undefined) throw new UsageError('missing --hours H or --duration D (e.g. --hours 100 or --duration 3d4h)');
  const devices: DeviceGroupInput[] = v.hardware.map((spec, i) => {
    const d = parseDeviceSpec(spec, i);
    return {
      hardware: d.hardware,
      count: d.count ?? v.count ?? 1,
      ...(v.load !== undefined ? { load: v.load } : {}),
      ...(v.energy !== undefined ? { measuredKwh: v.energy } : {}),
    };
  });
  return {
    devices,
    hours: hours ?? 0,
    embodied: v.embodied,
    ...locationFromFlags(v),
    ...(v.pue !== undefined ? { pue: v.pue } : {}),
    ...(v.offset !== undefined ? { offsetPercent: v.offset } : {}),
  };
}
