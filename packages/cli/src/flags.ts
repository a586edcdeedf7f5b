/**
 * One flag parser for every command: flags are declared once (type, range or choices, help), parsed strictly, and
 * the usage text is generated from the same declarations. Bad flags and values are UsageErrors (exit 2).
 */
import { describeRange, inRange, nameKey, type NumberRange } from '@carbontrail/core';
import { UsageError } from './errors.ts';

interface FlagBase {
  help: string;
  short?: string;
  /** Placeholder of the value in the usage text ("NAME", "G"). */
  value?: string;
}
/** A text value: trimmed, not empty, at most `maxLength` characters (200 unless given). */
export interface StringFlag extends FlagBase { type: 'string'; maxLength?: number }
/** A repeatable text value. */
export interface StringsFlag extends FlagBase { type: 'strings'; maxLength?: number }
/** A number within a declared range (core's inputRanges). */
export interface NumberFlag extends FlagBase { type: 'number'; range: NumberRange }
/** One of a list of words. */
export interface ChoiceFlag<C extends string = string> extends FlagBase { type: 'choice'; choices: readonly C[]; default?: C }
/** A switch; `negatable` adds --no-NAME (and the default is then true). */
export interface BooleanFlag extends Omit<FlagBase, 'value'> { type: 'boolean'; negatable?: boolean }

export type FlagSpec = StringFlag | StringsFlag | NumberFlag | ChoiceFlag | BooleanFlag;
export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<F extends FlagSpec> = F extends StringFlag
  ? string | undefined
  : F extends StringsFlag
    ? string[]
    : F extends NumberFlag
      ? number | undefined
      : F extends { type: 'choice'; choices: readonly (infer C extends string)[] }
        ? F extends { default: string } ? C : C | undefined
        : boolean;

/** The parsed values of a set of flags, typed from their declarations. */
export type FlagValues<F extends FlagSpecs> = { -readonly [K in keyof F]: ValueOf<F[K]> };

export interface ParsedArgs<F extends FlagSpecs> {
  flags: FlagValues<F>;
  positionals: string[];
  /** The command to run, for commands that take one after their options. */
  command: string[];
  /** The flags the user wrote (not defaulted). */
  given: Set<keyof F & string>;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** How a flag's value is allowed to look, for messages and usage: "a number from 0 to 2000", "one of text, json". */
export function allowedText(spec: FlagSpec): string {
  switch (spec.type) {
    case 'number':
      return describeRange(spec.range);
    case 'choice':
      return `one of ${spec.choices.join(', ')}`;
    case 'boolean':
      return 'no value';
    default:
      return `a non-empty text of at most ${spec.maxLength ?? 200} characters`;
  }
}

function convert(name: string, spec: Exclude<FlagSpec, BooleanFlag>, raw: string): string | number {
  const bad = () => new UsageError(`invalid --${name} "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}": expected ${allowedText(spec)}`);
  switch (spec.type) {
    case 'number': {
      const t = raw.trim();
      const v = NUMBER.test(t) ? Number(t) : Number.NaN;
      if (!inRange(v, spec.range)) throw bad();
      return v;
    }
    case 'choice':
      if (!spec.choices.includes(raw.trim())) throw bad();
      return raw.trim();
    default: {
      const t = raw.trim();
      if (t === '' || t.length > (spec.maxLength ?? 200)) throw bad();
      return t;
    }
  }
}

/** The closest flag names to an unknown one, for the error message. */
function closest(name: string, specs: FlagSpecs): string[] {
  const key = nameKey(name);
  return Object.keys(specs).filter((k) => k.startsWith(name.slice(0, 3)) || nameKey(k).includes(key) || key.includes(nameKey(k))).slice(0, 3);
}

/**
 * Parses argv against declared flags. `--name value`, `--name=value`, `-s value`, `--no-name` (negatable switches);
 * a value may start with "-" ("--intensity -1" is a value, and its check names it). With `command`, the words after
 * `--`, or from the first word that is not an option, are the command to run.
 */
export function parseArgv<F extends FlagSpecs>(specs: F, argv: readonly string[], options: { positionals?: boolean; command?: boolean } = {}): ParsedArgs<F> {
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([k, s]) => [`-${s.short}`, k]));
  const isFlag = (word: string | undefined) =>
    word !== undefined && (byShort.has(word) || (word.startsWith('--') && word.slice(2).split('=')[0]! in specs) ||
      (word.startsWith('--no-') && specs[word.slice(5)]?.type === 'boolean'));
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  const positionals: string[] = [];
  let command: string[] = [];
  const listOf = () => Object.entries(specs).map(([k, s]) => (s.type === 'boolean' && s.negatable ? `--no-${k}` : `--${k}`)).join(', ');
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      if (options.command) command = argv.slice(i + 1);
      else positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      inline = eq < 0 ? undefined : word.slice(eq + 1);
      if (!(name in specs) && name.startsWith('no-') && specs[name.slice(3)]?.type === 'boolean' && (specs[name.slice(3)] as BooleanFlag).negatable) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
        values[name.slice(3)] = false;
        given.add(name.slice(3));
        continue;
      }
      if (!(name in specs)) {
        const near = closest(name, specs);
        throw new UsageError(`unknown option --${name}${near.length ? `; did you mean ${near.map((n) => `--${n}`).join(' or ')}?` : ''} (options: ${listOf()})`);
      }
    } else if (word.startsWith('-') && word.length > 1 && !NUMBER.test(word)) {
      name = byShort.get(word.slice(0, 2));
      if (!name) throw new UsageError(`unknown option ${word} (options: ${listOf()})`);
      if (word.length > 2) inline = word.slice(2);
    } else {
      if (options.command) {
        command = argv.slice(i);
        break;
      }
      if (!options.positionals) throw new UsageError(`unexpected argument "${word}" (options: ${listOf()})`);
      positionals.push(word);
      continue;
    }
    const spec = specs[name]!;
    given.add(name);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      values[name] = true;
      continue;
    }
    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next === '--' || isFlag(next)) throw new UsageError(`--${name} needs a value: ${allowedText(spec)}`);
      raw = next;
      i++;
    }
    const v = convert(name, spec, raw);
    if (spec.type === 'strings') values[name] = [...((values[name] as string[] | undefined) ?? []), v];
    else values[name] = v;
  }
  for (const [k, s] of Object.entries(specs)) {
    if (values[k] !== undefined) continue;
    if (s.type === 'strings') values[k] = [];
    else if (s.type === 'boolean') values[k] = s.negatable === true;
    else if (s.type === 'choice' && s.default !== undefined) values[k] = s.default;
  }
  return { flags: values as FlagValues<F>, positionals, command, given: given as Set<keyof F & string> };
}

/** The value a number flag's range reads as in the usage: "0–2000", ">0–100000". */
function rangeHint(range: NumberRange): string {
  return `${range.exclusiveMin ? '>' : ''}${range.min}–${range.max}${range.integer ? ', whole' : ''}`;
}

/** Usage lines of a group of flags, aligned: "  --pue X   facility PUE … [1–3]". */
export function flagLines(specs: FlagSpecs, names: readonly string[]): string[] {
  const left = names.map((n) => {
    const s = specs[n]!;
    const flag = s.type === 'boolean' && s.negatable ? `--no-${n}` : `--${n}`;
    const value = s.type === 'boolean' ? '' : ` ${s.value ?? (s.type === 'choice' ? s.choices.join('|') : 'VALUE')}`;
    return `${flag}${s.short ? `, -${s.short}` : ''}${value}`;
  });
  const width = Math.min(30, Math.max(...left.map((l) => l.length)));
  return names.map((n, i) => {
    const s = specs[n]!;
    const extra = s.type === 'number' ? ` [${rangeHint(s.range)}]` : s.type === 'choice' && s.default !== undefined ? ` (default ${s.default})` : '';
    const l = left[i]!;
    return l.length > width ? `  ${l}\n  ${' '.repeat(width)}  ${s.help}${extra}` : `  ${l.padEnd(width)}  ${s.help}${extra}`;
  });
}
