/** `carbontrail estimate`: energy and emissions of a job from hardware, time and place. */
import {
  estimate, estimateToJson, reportInputFromEstimate, toBadgeSvg, toBibtex, toLatex, toMarkdown, toModelCard, toText,
} from '@carbontrail/core';
import type { Command } from '../command.ts';
import { jobInput, jobOptions, jobUsage } from './job-flags.ts';
import { choiceFlag, parseFlags } from './parse-flags.ts';

const FORMATS = ['text', 'json', 'latex', 'markdown', 'model-card', 'bibtex', 'badge'] as const;

export const estimateCommand: Command = {
  name: 'estimate',
  summary: 'Estimate energy and emissions of a job from hardware, hours and location',
  usage: `Usage: carbontrail estimate --hardware NAME[:COUNT] (--hours H | --duration D) [place] [--format F]

Estimates a job's energy (device TDP × load × time × PUE) and its emissions (× grid carbon intensity),
with a low–high range, the embodied share of the hardware, offsets, greener alternatives and equivalents.

${jobUsage}
Output:
  --format F   ${FORMATS.join(' | ')} (default text)
  --training-type T   for --format model-card (default pre-training)

Examples:
  carbontrail estimate --hardware "Tesla V100" --hours 100 --intensity 500 --pue 1
  carbontrail estimate -g A100:8 --duration 3d4h --provider gcp --region europe-west4 --format json
  carbontrail estimate -g H100 -n 64 --hours 720 --country FR --year 2023 --format latex
`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { ...jobOptions, format: { type: 'string', short: 'f' }, 'training-type': { type: 'string' } });
    const format = choiceFlag('format', values.format, FORMATS, 'text');
    const e = estimate(jobInput(values));
    const r = reportInputFromEstimate(e);
    if (values['training-type']) r.trainingType = values['training-type'];
    const out =
      format === 'json' ? `${JSON.stringify(estimateToJson(e), null, 2)}\n`
      : format === 'latex' ? `${toLatex(r)}\n`
      : format === 'markdown' ? toMarkdown(r)
      : format === 'model-card' ? toModelCard(r)
      : format === 'bibtex' ? toBibtex()
      : format === 'badge' ? toBadgeSvg(r)
      : toText(e);
    io.stdout.write(out);
    return 0;
  },
};
