/** The flags that describe a job (hardware, time, place), shared by `estimate` and `where`. */
import { parseDuration, type EstimateInput, type DeviceGroupInput } from '@carbontrail/core';
import { UsageError } from '../errors.ts';
import { numberFlag } from './parse-flags.ts';

export const jobOptions = {
  hardware: { type: 'string', multiple: true, short: 'g' },
  count: { type: 'string', short: 'n' },
  hours: { type: 'string' },
  duration: { type: 'string', short: 'd' },
  load: { type: 'string' },
  provider: { type: 'string', short: 'p' },
  region: { type: 'string', short: 'r' },
  country: { type: 'string', short: 'c' },
  zone: { type: 'string', short: 'z' },
  year: { type: 'string' },
  intensity: { type: 'string' },
  pue: { type: 'string' },
  offset: { type: 'string' },
  embodied: { type: 'boolean', default: true },
} as const;

export const jobUsage = `Job:
  --hardware, -g NAME[:COUNT]  device model, repeatable for several groups ("A100 SXM4 80 GB:8", "v100", "TPUv3")
  --count, -n N                devices when --hardware has no :COUNT (default 1)
  --hours H | --duration D     wall-clock time: hours ("12.5") or a duration ("3d4h", "90m")
  --load F                     average fraction of TDP drawn, 0–1 (default 1: the TDP method)
Place (intensity resolved in this order: --intensity, provider+region, zone, country, world average):
  --provider, -p ID            cloud provider: aws, gcp, azure, … (see \`carbontrail data regions\`)
  --region, -r ID              the provider's region id, e.g. us-east-1, europe-west4
  --country, -c CODE|NAME      country (ISO code or name) for on-premise work
  --zone, -z KEY               grid zone, e.g. US-CAL-CISO, CA-QC, AUS-NSW (see \`carbontrail data zones\`)
  --year YEAR                  the year the job ran (grid data of that year; default: latest)
  --intensity G                explicit grid intensity in gCO2eq/kWh
  --pue X                      facility PUE (default: provider's published value, else an industry average)
  --offset PCT                 your own offsets, % of emissions (reported beside, never subtracted)
  --no-embodied                leave out the manufacturing share of the hardware`;

type JobValues = { [K in keyof typeof jobOptions]?: (typeof jobOptions)[K] extends { multiple: true } ? string[] : (typeof jobOptions)[K]['type'] extends 'boolean' ? boolean : string };

function device(spec: string, count: number | undefined, load: number | undefined): DeviceGroupInput {
  const m = /^(.*?):(\S+)$/.exec(spec);
  let name = spec;
  let n = count;
  if (m && m[1]!.trim() !== '') {
    const c = Number(m[2]);
    if (!Number.isInteger(c) || c < 1) throw new UsageError(`invalid count in --hardware "${spec}": write NAME:COUNT with a whole number ≥ 1`);
    name = m[1]!;
    n = c;
  }
  if (name.trim() === '') throw new UsageError('empty --hardware name');
  return { hardware: name.trim(), count: n ?? 1, ...(load !== undefined ? { load } : {}) };
}

/** Turns parsed job flags into the model's input; names are resolved later by the model. */
export function jobInput(v: JobValues): EstimateInput {
  if (!v.hardware || v.hardware.length === 0) throw new UsageError('missing --hardware NAME (e.g. --hardware "Tesla V100" or --hardware A100:8)');
  if (v.hours !== undefined && v.duration !== undefined) throw new UsageError('give either --hours or --duration, not both');
  let hours: number | undefined;
  if (v.hours !== undefined) hours = numberFlag('hours', v.hours, { min: 0, exclusiveMin: true });
  else if (v.duration !== undefined) {
    try {
      hours = parseDuration(v.duration);
    } catch (e) {
      throw new UsageError(`invalid --duration "${v.duration}": write hours ("12.5") or parts with units w, d, h, m, s ("3d4h")`);
    }
    if (!(hours > 0)) throw new UsageError(`invalid --duration "${v.duration}": must be longer than zero`);
  }
  if (hours === undefined) throw new UsageError('missing --hours H or --duration D (e.g. --hours 100 or --duration 3d4h)');
  const count = numberFlag('count', v.count, { min: 1, integer: true });
  const load = numberFlag('load', v.load, { min: 0, max: 1, exclusiveMin: true });
  if (count !== undefined && v.hardware.length > 1) throw new UsageError('--count applies to a single --hardware; with several, write NAME:COUNT for each');
  const input: EstimateInput = {
    devices: v.hardware.map((h) => device(h, count, load)),
    hours,
    embodied: v.embodied !== false,
  };
  if (v.provider !== undefined) input.provider = v.provider;
  if (v.region !== undefined) input.region = v.region;
  if (v.country !== undefined) input.country = v.country;
  if (v.zone !== undefined) input.zone = v.zone;
  const year = numberFlag('year', v.year, { min: 1990, max: 2100, integer: true });
  if (year !== undefined) input.year = year;
  const intensity = numberFlag('intensity', v.intensity, { min: 0, max: 2000 });
  if (intensity !== undefined) input.intensityGPerKwh = intensity;
  const pue = numberFlag('pue', v.pue, { min: 1, max: 3 });
  if (pue !== undefined) input.pue = pue;
  const offset = numberFlag('offset', v.offset, { min: 0, max: 100 });
  if (offset !== undefined) input.offsetPercent = offset;
  if (input.region !== undefined && input.zone !== undefined) throw new UsageError('give either --region or --zone, not both');
  return input;
}
