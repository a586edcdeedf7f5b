/** Parsing durations such as "3d4h", "90m", "1.5h" or "2w" into hours. */
import { InvalidInputError } from '../errors.ts';

const UNIT_HOURS: Record<string, number> = { w: 168, d: 24, h: 1, m: 1 / 60, s: 1 / 3600 };

/** Hours in a duration written as a number of hours or as parts with units w, d, h, m, s ("3d4h30m"). */
export function parseDuration(text: string): number {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const re = /(\d+(?:\.\d+)?)\s*([wdhms])/gy;
  let hours = 0;
  let consumed = 0;
  let parts = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    hours += Number(m[1]) * UNIT_HOURS[m[2]!]!;
    consumed = re.lastIndex;
    parts++;
  }
  if (parts === 0 || consumed !== t.length) {
    throw new InvalidInputError(
      'duration',
      `invalid duration "${text}": write hours ("12.5") or parts with units w, d, h, m, s ("3d4h", "90m")`,
    );
  }
  return hours;
}
