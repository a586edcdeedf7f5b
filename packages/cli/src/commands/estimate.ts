/** `carbontrail estimate`: energy and emissions of a job from hardware, time and place. */
import {
  estimate, estimateToJson, reportInputFromEstimate, toBadgeSvg, toBibtex, toLatex, toMarkdown, toModelCard, toText,
} from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { jobFlags, jobInput, jobSections } from './job-flags.ts';

const FORMATS = ['text', 'json', 'latex', 'markdown', 'model-card', 'bibtex', 'badge'] as const;

export const estimateCommand = defineCommand({
  name: 'estimate',
  synopsis: '--hardware NAME[:COUNT] (--hours H | --duration D | --energy KWH) [place] [--format F]',
  description: `Estimates a job's energy (device TDP × load × time, or the energy you measured) × PUE and its emissions
(× grid carbon intensity), with a low–high range, the embodied share of the hardware, offsets, greener
alternatives and equivalents.`,
  flags: {
    ...jobFlags,
    format: { type: 'choice', short: 'f', choices: FORMATS, default: 'text', help: 'output format' },
    'training-type': { type: 'string', value: 'T', help: 'for --format model-card (default pre-training)' },
  },
  sections: [...jobSections, { title: 'Output', flags: ['format', 'training-type'] }],
  examples: [
    'carbontrail estimate --hardware "Tesla V100" --hours 100 --intensity 500 --pue 1',
    'carbontrail estimate -g A100:8 --duration 3d4h --provider gcp --region europe-west4 --format json',
    'carbontrail estimate -g H100 -n 64 --hours 720 --country FR --year 2023 --format latex',
  ],
  async run({ flags }, io) {
    const e = estimate(jobInput(flags));
    const r = reportInputFromEstimate(e);
    if (flags['training-type']) r.trainingType = flags['training-type'];
    const f = flags.format;
    const out =
      f === 'json' ? `${JSON.stringify(estimateToJson(e), null, 2)}\n`
      : f === 'latex' ? `${toLatex(r)}\n`
      : f === 'markdown' ? toMarkdown(r)
      : f === 'model-card' ? toModelCard(r)
      : f === 'bibtex' ? toBibtex()
      : f === 'badge' ? toBadgeSvg(r)
      : toText(e);
    io.stdout.write(out);
    return 0;
  },
});
