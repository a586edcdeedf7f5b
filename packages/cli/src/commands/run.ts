/** `carbontrail run [options] -- COMMAND…`: runs a command and measures its energy and emissions. */
import { inputRanges } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { trackerOptionsFromEnv } from '../tracker/env-options.ts';
import { formatRun } from '../tracker/format-run.ts';
import { runWithTracking } from '../tracker/run-process.ts';
import { locationFromFlags, placeFlags, placeTitle } from './location-flags.ts';
import { outFlag } from './out-flag.ts';

export const runCommand = defineCommand({
  name: 'run',
  synopsis: '[options] -- COMMAND [ARGS...]',
  description: `Runs COMMAND, measures the energy of its GPUs, CPU and RAM while it runs, and records the run
(journal and record in OUT/runs/, a CodeCarbon-compatible row in OUT/emissions.csv). The command's
input and output pass through; carbontrail exits with its exit code (128 + N if it died of signal N).`,
  flags: {
    interval: { type: 'number', range: inputRanges.interval, value: 'SECONDS', help: 'seconds between samples (default 1)' },
    ...placeFlags,
    ...outFlag,
    project: { type: 'string', value: 'NAME', help: 'project name for the record and the CSV' },
    'job-id': { type: 'string', value: 'ID', help: 'id shared by the runs of one multi-node job (default $SLURM_JOB_ID or $TORCHELASTIC_RUN_ID)' },
    node: { type: 'string', value: 'NAME', help: 'node name (default $SLURMD_NODENAME or the host name)' },
    'gpu-method': { type: 'choice', choices: ['auto', 'counter', 'power'] as const, default: 'auto', help: 'auto (energy counter where supported), counter, or power (integrate power readings)' },
    'nvml-lib': { type: 'string', value: 'PATH', maxLength: 4096, help: 'NVML library to load (default $CARBONTRAIL_NVML_LIB or libnvidia-ml.so.1)' },
    'cpu-tdp': { type: 'number', range: inputRanges['cpu-tdp'], value: 'WATTS', help: 'CPU TDP per socket, overriding the hardware table (for the TDP × CPU share estimate)' },
    quiet: { type: 'boolean', short: 'q', help: 'no live status line (the final summary still goes to stderr)' },
  },
  sections: [
    { title: 'Measuring', flags: ['interval', 'gpu-method', 'nvml-lib', 'cpu-tdp', 'quiet'] },
    { title: placeTitle, flags: ['provider', 'region', 'country', 'zone', 'intensity', 'pue'] },
    { title: 'Recording', flags: ['out', 'project', 'job-id', 'node'] },
  ],
  command: true,
  examples: ['carbontrail run -- python train.py', 'carbontrail run --provider gcp --region europe-west4 --project llm -- torchrun train.py'],
  async run({ flags, command }, io) {
    if (command.length === 0) throw new UsageError('no command to run; usage: carbontrail run [options] -- COMMAND [ARGS...]');
    const env = trackerOptionsFromEnv(io.env);
    const result = await runWithTracking({
      ...env,
      command,
      cwd: io.cwd,
      env: io.env,
      intervalS: flags.interval,
      location: locationFromFlags(flags),
      pue: flags.pue,
      out: flags.out,
      project: flags.project,
      jobId: flags['job-id'] ?? env.jobId,
      node: flags.node ?? env.node,
      gpuMethod: flags['gpu-method'],
      nvmlLib: flags['nvml-lib'] ?? env.nvmlLib,
      cpuTdpW: flags['cpu-tdp'],
      quiet: flags.quiet,
      statusStream: io.stderr,
    });
    if (result.spawnError) {
      io.stderr.write(`carbontrail run: ${result.spawnError}\n`);
      return result.exitCode;
    }
    if (result.record) {
      const text = formatRun(result.record, { recordPath: result.recordPath, notes: false }).trimEnd();
      io.stderr.write(`${text.replace(/^/gm, '[carbontrail] ')}\n`);
    }
    return result.exitCode;
  },
});
