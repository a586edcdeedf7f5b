/** Flag parsing shared by the sub-commands: node's parseArgs with its errors turned into usage errors, and value checks. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv against the options; unknown flags and missing values become UsageError (exit 2). */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  // a negative number after a flag that takes a value is that value ("--hours -3"), so the value's own check reports it
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    const opt = a.startsWith('--') ? options[a.slice(2)] : undefined;
    if (opt?.type === 'string' && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  try {
    return parseArgs({ args, options, allowPositionals, strict: true, allowNegative: true } as const satisfies ParseArgsConfig & { options: O });
  } catch (err) {
    const e = err as { code?: string; message: string };
    if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
      const allowed = Object.entries(options).map(([k, o]) => (o.type === 'boolean' && o.default === true ? `--no-${k}` : `--${k}`)).join(', ');
      throw new UsageError(`${e.message.replace(/\. To specify a positional argument.*$/s, '')} (options: ${allowed})`);
    }
    throw err;
  }
}

/** Parses a number flag; the error names the flag, the value and what is allowed. */
export function numberFlag(name: string, raw: string | undefined, rule: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean } = {}): number | undefined {
  if (raw === undefined) return undefined;
  const v = Number(raw.trim());
  const { min, max, integer, exclusiveMin } = rule;
  const bad =
    raw.trim() === '' || !Number.isFinite(v) || (integer && !Number.isInteger(v)) ||
    (min !== undefined && (exclusiveMin ? v <= min : v < min)) || (max !== undefined && v > max);
  if (bad) {
    const parts: string[] = [];
    if (integer) parts.push('a whole number');
    else parts.push('a number');
    if (min !== undefined) parts.push(exclusiveMin ? `greater than ${min}` : `at least ${min}`);
    if (max !== undefined) parts.push(`at most ${max}`);
    throw new UsageError(`invalid --${name} "${raw}": expected ${parts.join(', ')}`);
  }
  return v;
}

/** Checks an enumerated flag value. */
export function choiceFlag<T extends string>(name: string, raw: string | undefined, choices: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`invalid --${name} "${raw}": expected one of ${choices.join(', ')}`);
  }
  return raw as T;
}

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
