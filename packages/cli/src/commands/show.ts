/** `carbontrail show RUN`: one recorded run, as text, JSON or a report (LaTeX, Markdown, model card, BibTeX). */
import { resolve } from 'node:path';
import { reportInputFromRun, toBibtex, toLatex, toMarkdown, toModelCard } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { formatRun } from '../tracker/format-run.ts';
import { loadRun, matchRunIds, type RunProblem } from '../tracker/runs-store.ts';
import { outFlag } from './out-flag.ts';

const FORMATS = ['text', 'json', 'latex', 'markdown', 'model-card', 'bibtex'] as const;

export const showCommand = defineCommand({
  name: 'show',
  synopsis: 'RUN [--out DIR] [--format F]',
  description: 'Prints one recorded run. RUN is a run id or a unique prefix of one (see `carbontrail runs`).',
  flags: {
    ...outFlag,
    dir: { type: 'string', value: 'DIR', maxLength: 4096, help: 'the former name of --out' },
    format: { type: 'choice', short: 'f', choices: FORMATS, default: 'text', help: 'output format (json: the run record)' },
  },
  positionals: true,
  async run({ flags, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(`give exactly one run id or id prefix; got ${positionals.length ? positionals.map((p) => `"${p}"`).join(' ') : 'none'}`);
    const wanted = positionals[0]!;
    const dir = resolve(io.cwd, flags.out ?? flags.dir ?? '.carbontrail');
    const ids = matchRunIds(dir, wanted);
    if (ids.length === 0) throw new UsageError(`no run "${wanted}" in ${dir}; \`carbontrail runs\` lists them`);
    if (ids.length > 1) throw new UsageError(`run prefix "${wanted}" matches ${ids.length} runs (${ids.slice(0, 5).join(', ')}); give more characters`);
    const problems: RunProblem[] = [];
    const record = loadRun(dir, ids[0]!, problems);
    for (const p of problems) io.stderr.write(`carbontrail show: ${p.problem}\n`);
    if (!record) throw new CliError('unreadable-run', `run "${wanted}" in ${dir} has no readable record or journal`);
    const nl = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);
    const f = flags.format;
    io.stdout.write(
      f === 'json' ? `${JSON.stringify(record, null, 2)}\n`
      : f === 'latex' ? nl(toLatex(reportInputFromRun(record)))
      : f === 'markdown' ? nl(toMarkdown(reportInputFromRun(record)))
      : f === 'model-card' ? nl(toModelCard(reportInputFromRun(record)))
      : f === 'bibtex' ? toBibtex()
      : formatRun(record),
    );
    return 0;
  },
});
