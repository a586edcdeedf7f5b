/** The `carbontrail` binary: dispatches to sub-commands and maps errors to output and exit codes. */
import type { Command, CommandIo } from './command.ts';
import { CliError } from './errors.ts';
import { isCoreError } from '@carbontrail/core/errors';

/** Sub-commands, loaded on demand so that start-up stays fast. */
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
    summary: 'Print one recorded run, as text or as a report (LaTeX, Markdown, model card)',
    load: async () => (await import('./commands/show.ts')).showCommand,
  },
  serve: {
    summary: 'Serve the web app (calculator, data, learn, act) and the hub API',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
};

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
  ].join('\n');
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write('carbontrail 0.1.0\n');
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`carbontrail: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    const dash = rest.indexOf('--');
    const helpAt = Math.max(rest.indexOf('--help'), rest.indexOf('-h'));
    if (dash === -1 || helpAt < dash) {
      io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
      return 0;
    }
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`carbontrail ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (isCoreError(err)) {
      io.stderr.write(`carbontrail ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

const isEntry = typeof process !== 'undefined' && process.argv[1] !== undefined && !process.env.CARBONTRAIL_NO_MAIN;
if (isEntry) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`carbontrail: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
