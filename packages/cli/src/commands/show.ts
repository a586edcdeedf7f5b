/** `carbontrail show RUN`: one recorded run, as text, JSON or a report (LaTeX, Markdown, model card). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toLatex, toMarkdown, toModelCard } from '@carbontrail/core';
import { reportInputFromRun } from '../tracker/core-run-record.ts';
import type { Command, CommandIo } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { flagValue, oneOf } from './parse-flags.ts';
import { formatRun } from '../tracker/format-run.ts';
import { loadRun, matchRunIds, type RunProblem } from '../tracker/runs-store.ts';

const usage = `Usage: carbontrail show RUN [--dir DIR] [--format text|json|latex|markdown|model-card]

Prints one recorded run. RUN is a run id or a unique prefix of one (see \`carbontrail runs\`).

Options:
  --dir DIR    output folder (default .carbontrail in the working directory)
  --format F   text (default), json (the run record), latex, markdown or model-card
`;

const formats = ['text', 'json', 'latex', 'markdown', 'model-card'] as const;

async function run(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { dir: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const format = flagValue('format', values.format, oneOf(formats), formats.join(', ')) ?? 'text';
  if (positionals.length !== 1) throw new UsageError(`give exactly one run id or id prefix; got ${positionals.length ? positionals.map((p) => `"${p}"`).join(' ') : 'none'}`);
  const wanted = positionals[0]!;
  const dir = resolve(io.cwd, values.dir ?? '.carbontrail');
  const ids = matchRunIds(dir, wanted);
  if (ids.length === 0) throw new UsageError(`no run "${wanted}" in ${dir}; \`carbontrail runs\` lists them`);
  if (ids.length > 1) throw new UsageError(`run prefix "${wanted}" matches ${ids.length} runs (${ids.slice(0, 5).join(', ')}); give more characters`);
  const problems: RunProblem[] = [];
  const record = loadRun(dir, ids[0]!, problems);
  for (const p of problems) io.stderr.write(`carbontrail show: ${p.problem}\n`);
  if (!record) throw new CliError('unreadable-run', `run "${wanted}" in ${dir} has no readable record or journal`);
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      break;
    case 'latex':
      io.stdout.write(ensureNewline(toLatex(reportInputFromRun(record))));
      break;
    case 'markdown':
      io.stdout.write(ensureNewline(toMarkdown(reportInputFromRun(record))));
      break;
    case 'model-card':
      io.stdout.write(ensureNewline(toModelCard(reportInputFromRun(record))));
      break;
    default:
      io.stdout.write(formatRun(record));
  }
  return 0;
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

export const showCommand: Command = {
  name: 'show',
  summary: 'Print one recorded run, as text or as a report (LaTeX, Markdown, model card)',
  usage,
  run,
};
