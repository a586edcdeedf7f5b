/** The "NAME:COUNT" grammar of a device group, shared by the CLI's --hardware, the web's URL and the hub. */
import { InvalidInputError } from '../errors.ts';
import { describeRange, inRange, inputRanges } from './input-ranges.ts';

/** A device group as written: the name, and the count when one was written. */
export interface DeviceSpec {
  hardware: string;
  count?: number;
}

/** The parts of "NAME:COUNT" as written, split at the last colon, without checks (what a form keeps as text). */
export function splitDeviceSpec(spec: string): { name: string; count?: string } {
  const colon = spec.lastIndexOf(':');
  return colon < 0 ? { name: spec.trim() } : { name: spec.slice(0, colon).trim(), count: spec.slice(colon + 1).trim() };
}

/**
 * Splits "A100 SXM4 80 GB:8" at its last colon: what follows must be a whole number of devices ("A100:x" is refused,
 * never read as a name). A spec without a colon is a name alone. Throws InvalidInputError (field hardware or count).
 */
export function parseDeviceSpec(spec: string, index?: number): DeviceSpec {
  const { name, count: countText } = splitDeviceSpec(spec);
  if (name === '') throw new InvalidInputError('hardware', `no device name in "${spec}": write NAME or NAME:COUNT, e.g. "A100:8"`, index);
  if (countText === undefined) return { hardware: name };
  if (!/^\d+$/.test(countText)) {
    throw new InvalidInputError('count', `invalid count "${countText}" in "${spec}": write NAME:COUNT with a whole number of devices, e.g. "A100:8"`, index);
  }
  const count = Number(countText);
  if (!inRange(count, inputRanges.count)) {
    throw new InvalidInputError('count', `invalid count ${countText} in "${spec}": give ${describeRange(inputRanges.count)}`, index);
  }
  return { hardware: name, count };
}

/** "NAME" for one device, "NAME:COUNT" for more: the inverse of parseDeviceSpec. */
export function formatDeviceSpec(spec: DeviceSpec): string {
  return spec.count === undefined || spec.count === 1 ? spec.hardware : `${spec.hardware}:${spec.count}`;
}
