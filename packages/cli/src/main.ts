/** The `carbontrail` binary: dispatches to sub-commands, and is the one place that turns errors into messages and exit codes. */
// the errors and the version are small entries of core: `carbontrail --help` does not load the model or its tables
import { isCoreError } from '@carbontrail/core/errors';
import { VERSION } from '@carbontrail/core/version';
import type { Command, CommandIo } from './command.ts';
import { CliError } from './errors.ts';

/** Sub-commands with their one-line purpose, loaded on demand so that start-up stays fast. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  estimate: {
    summary: 'Estimate energy and emissions of a job from hardware, hours and location',
    load: async () => (await import('./commands/estimate.ts')).estimateCommand,
  },
  where: {
    summary: 'Rank cloud regions by the emissions a job would have there',
    load: async () => (await import('./commands/where.ts')).whereCommand,
  },
  data: {
    summary: 'List and search the data tables (hardware, regions, zones, sources, equivalents)',
    load: async () => (await import('./commands/data.ts')).dataCommand,
  },
  run: {
    summary: 'Run a command and measure its GPU, CPU and RAM energy and emissions',
    load: async () => (await import('./commands/run.ts')).runCommand,
  },
  detect: {
    summary: 'Show which energy sensors are usable on this machine, and why not',
    load: async () => (await import('./commands/detect.ts')).detectCommand,
  },
  runs: {
    summary: 'List the runs recorded by the tracker',
    load: async () => (await import('./commands/runs.ts')).runsCommand,
  },
  show: {
    summary: 'Print one recorded run, as text or as a report (LaTeX, Markdown, model card, BibTeX)',
    load: async () => (await import('./commands/show.ts')).showCommand,
  },
  upload: {
    summary: 'Send runs to a hub: the outbox, named runs, or all of them',
    load: async () => (await import('./commands/upload.ts')).uploadCommand,
  },
  serve: {
    summary: 'Serve the web app and the hub API (projects, tokens, runs, imports, exports, stats)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
};

/** What each exit status means, in `--help` and in the README. */
export const EXIT_STATUSES = `Exit status:
  0    success
  1    the command could not do its work (no matching rows, a run that cannot be read, a port in use, runs not uploaded)
  2    bad usage: an unknown option, a bad value, an unknown name (the message names it and what is allowed)
  70   an internal error of carbontrail (please report it)
  carbontrail run exits with the measured command's own status (128 + N when it died of signal N).`;

function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'carbontrail: estimate, measure and report the carbon emissions of machine learning',
    '',
    'Usage: carbontrail <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `carbontrail <command> --help` for the options of a command.',
    '',
    EXIT_STATUSES,
    '',
  ].join('\n');
}

/** The message and exit status of an error thrown by a command; undefined for an error nobody meant (a bug). */
function describe(err: unknown): { message: string; exitCode: number } | undefined {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (isCoreError(err)) return { message: err.message, exitCode: err.code === 'data-error' ? 70 : 2 };
  // the hub's errors (loaded only by `serve`): a server that cannot start
  if (err instanceof Error && err.name.endsWith('Error') && typeof (err as { code?: unknown }).code === 'string' && typeof (err as { status?: unknown }).status === 'number') {
    return { message: err.message, exitCode: 1 };
  }
  return undefined;
}

/** Whether the arguments ask for JSON output (`--format json`, `-f json`, `--format=json`). */
function asksJson(args: readonly string[]): boolean {
  return args.some((a, i) => a === '--format=json' || ((a === '--format' || a === '-f') && args[i + 1] === 'json'));
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // no command: usage on stderr, exit 2; asked for help with --format json: stdout carries JSON or nothing
    (name === undefined || asksJson(rest) ? io.stderr : io.stdout).write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`carbontrail ${VERSION}\n`);
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`carbontrail: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n`);
    return 2;
  }
  const command = await entry.load();
  const dash = rest.indexOf('--');
  const own = dash === -1 ? rest : rest.slice(0, dash);
  if (own.includes('--help') || own.includes('-h')) {
    // with --format json, stdout carries JSON or nothing: the help goes to stderr
    (asksJson(own) ? io.stderr : io.stdout).write(`${command.usage.trimEnd()}\n\n${EXIT_STATUSES}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const d = describe(err);
    if (!d) throw err;
    io.stderr.write(`carbontrail ${name}: ${d.message}\n`);
    return d.exitCode;
  }
}

/**
 * The process entry (bin/carbontrail.mjs): no debugger on SIGUSR1, quiet on a closed pipe, the exit status of main, and
 * 70 with the stack for an error nobody meant.
 */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  // Node opens an unauthenticated debugger on SIGUSR1 unless the signal has a listener: carbontrail never wants that
  // (`run` passes the signal on to its command).
  process.on('SIGUSR1', () => undefined);
  // A reader that stops early (`carbontrail data … | head`) closes the pipe: the rest of the output is dropped quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
  try {
    process.exitCode = await main(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  } catch (err) {
    process.stderr.write(`carbontrail: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  }
}
