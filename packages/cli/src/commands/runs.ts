/** `carbontrail runs`: the runs recorded in an output folder, newest first. */
import { resolve } from 'node:path';
import { defineCommand } from '../command.ts';
import { formatRunsTable } from '../tracker/format-run.ts';
import { listRuns, type RunProblem } from '../tracker/runs-store.ts';
import { outFlag } from './out-flag.ts';

export const runsCommand = defineCommand({
  name: 'runs',
  synopsis: '[--out DIR] [--format text|json]',
  description: `Lists the runs recorded by \`carbontrail run\`, newest first: finished ones, running ones, and
interrupted ones (the tracker was killed) with the energy measured until its last journal flush.`,
  flags: {
    ...outFlag,
    dir: { type: 'string', value: 'DIR', maxLength: 4096, help: 'the former name of --out' },
    format: { type: 'choice', short: 'f', choices: ['text', 'json'] as const, default: 'text', help: 'output format (json: an array of run records)' },
  },
  async run({ flags }, io) {
    const problems: RunProblem[] = [];
    const runs = listRuns(resolve(io.cwd, flags.out ?? flags.dir ?? '.carbontrail'), problems);
    for (const p of problems) io.stderr.write(`carbontrail runs: ${p.problem}\n`);
    io.stdout.write(flags.format === 'json' ? `${JSON.stringify(runs, null, 2)}\n` : formatRunsTable(runs));
    return 0;
  },
});
