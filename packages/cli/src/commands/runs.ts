/** `carbontrail runs`: the runs recorded in an output folder, newest first. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../command.ts';
import { UsageError } from '../errors.ts';
import { flagValue, oneOf } from './parse-flags.ts';
import { formatRunsTable } from '../tracker/format-run.ts';
import { listRuns, type RunProblem } from '../tracker/runs-store.ts';

const usage = `Usage: carbontrail runs [--dir DIR] [--format text|json]

Lists the runs recorded by \`carbontrail run\`, newest first: finished ones, running ones, and
interrupted ones (the tracker was killed) with the energy measured until its last journal flush.

Options:
  --dir DIR    output folder (default .carbontrail in the working directory)
  --format F   text (default) or json (an array of run records)
`;

async function run(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { dir: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const format = flagValue('format', values.format, oneOf(['text', 'json']), 'text or json') ?? 'text';
  const problems: RunProblem[] = [];
  const runs = listRuns(resolve(io.cwd, values.dir ?? '.carbontrail'), problems);
  for (const p of problems) io.stderr.write(`carbontrail runs: ${p.problem}\n`);
  io.stdout.write(format === 'json' ? `${JSON.stringify(runs, null, 2)}\n` : formatRunsTable(runs));
  return 0;
}

export const runsCommand: Command = {
  name: 'runs',
  summary: 'List the runs recorded by the tracker',
  usage,
  run,
};
