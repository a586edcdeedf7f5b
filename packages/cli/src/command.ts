/** The shape of a `carbontrail` sub-command, declared as data: its flags, sections and examples give its usage text. */
import { flagLines, parseArgv, type FlagSpecs, type ParsedArgs } from './flags.ts';

export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A sub-command as main.ts runs it. */
export interface Command {
  name: string;
  /** Full help text for `carbontrail NAME --help`, generated from the declaration. */
  usage: string;
  /** Parses argv and runs; resolves to the process exit code. Throws CliError or CoreError for main to report. */
  run(argv: string[], io: CommandIo): Promise<number>;
}

/** The declaration of a sub-command. */
export interface CommandDef<F extends FlagSpecs> {
  name: string;
  /** What follows `carbontrail NAME` in the usage line. */
  synopsis: string;
  description: string;
  flags: F;
  /** Headed groups of flags, in order; flags in no group are listed under "Options". */
  sections?: readonly { title: string; flags: readonly (keyof F & string)[] }[];
  /** Whether the command takes positional arguments (e.g. a run id). */
  positionals?: boolean;
  /** Whether the command takes a command to run after its options (`run`). */
  command?: boolean;
  examples?: readonly string[];
  /** Lines after the flags (exit statuses, notes). */
  footer?: string;
  run(args: ParsedArgs<F>, io: CommandIo): Promise<number>;
}

/** The usage text of a command declaration. */
export function usageOf<F extends FlagSpecs>(def: CommandDef<F>): string {
  const out = [`Usage: carbontrail ${def.name} ${def.synopsis}`, '', def.description.trim(), ''];
  const listed = new Set<string>();
  for (const s of def.sections ?? []) {
    out.push(`${s.title}:`, ...flagLines(def.flags, s.flags));
    for (const f of s.flags) listed.add(f);
  }
  const rest = Object.keys(def.flags).filter((f) => !listed.has(f));
  if (rest.length) out.push('Options:', ...flagLines(def.flags, rest));
  if (def.footer) out.push('', def.footer.trim());
  if (def.examples?.length) out.push('', 'Examples:', ...def.examples.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

/** Turns a declaration into a runnable command. */
export function defineCommand<F extends FlagSpecs>(def: CommandDef<F>): Command {
  return {
    name: def.name,
    usage: usageOf(def),
    run: (argv, io) => def.run(parseArgv(def.flags, argv, { positionals: def.positionals ?? false, command: def.command ?? false }), io),
  };
}
