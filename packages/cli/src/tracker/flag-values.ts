/** Turning the tracker commands' flag strings into checked values; a bad value is a UsageError naming it. */
import { UsageError } from '../errors.ts';

/** Parses one flag's text; undefined means "not allowed". */
export type FlagParser<T> = (raw: string) => T | undefined;

/** Parses `raw` with `parse`; on failure throws a UsageError "--flag must be <what is allowed>; got "<raw>"". */
export function flagValue<T>(flag: string, raw: string | undefined, parse: FlagParser<T>, allowed: string): T | undefined {
  if (raw === undefined) return undefined;
  const v = parse(raw);
  if (v === undefined) throw new UsageError(`--${flag} must be ${allowed}; got "${raw}"`);
  return v;
}

/** A decimal number between min and max. */
export function numberIn(min: number, max: number): FlagParser<number> {
  return (raw) => {
    const t = raw.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
    const n = Number(t);
    return n >= min && n <= max ? n : undefined;
  };
}

/** One of a list of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): FlagParser<T[number]> {
  return (raw) => ((values as readonly string[]).includes(raw) ? (raw as T[number]) : undefined);
}

/** A non-empty name of at most `max` characters, trimmed. */
export function nameOf(max = 200): FlagParser<string> {
  return (raw) => {
    const t = raw.trim();
    return t.length > 0 && t.length <= max ? t : undefined;
  };
}
