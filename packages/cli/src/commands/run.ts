/** `carbontrail run [options] -- COMMAND…`: runs a command and measures its energy and emissions. */
import { resolve } from 'node:path';
import { inputRanges } from '@carbontrail/core';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { trackerOptionsFromEnv } from '../tracker/env-options.ts';
import { formatRun } from '../tracker/format-run.ts';
import { runWithTracking } from '../tracker/run-process.ts';
import { displayUrl } from '../upload/client.ts';
import { describeRunUpload } from '../upload/format-delivery.ts';
import { RUN_UPLOAD_BUDGET_MS, startRunUpload, type RunUploadReport } from '../upload/run-upload.ts';
import { hubFlags, hubTargetFrom } from './hub-flags.ts';
import { locationFromFlags, placeFlags, placeTitle } from './location-flags.ts';
import { outFlag } from './out-flag.ts';

export const runCommand = defineCommand({
  name: 'run',
  synopsis: '[options] -- COMMAND [ARGS...]',
  description: `Runs COMMAND, measures the energy of its GPUs, CPU and RAM while it runs, and records the run
(journal and record in OUT/runs/, a CodeCarbon-compatible row in OUT/emissions.csv). The command's
input and output pass through; carbontrail exits with its exit code (128 + N if it died of signal N).
With a hub (--hub and --token, or CARBONTRAIL_HUB_URL and CARBONTRAIL_TOKEN), the run and its samples are uploaded
when it ends; a run the hub cannot take now waits in OUT/outbox/ and is sent by the next run or \`carbontrail upload\`.
Uploading adds at most ${RUN_UPLOAD_BUDGET_MS / 1000} s after the command's end and never changes the exit code.`,
  flags: {
    interval: { type: 'number', range: inputRanges.interval, value: 'SECONDS', help: 'seconds between samples (default 1)' },
    ...placeFlags,
    ...outFlag,
    project: { type: 'string', value: 'NAME', help: 'project name for the record, the CSV and the hub (default: the project of the token)' },
    'job-id': { type: 'string', value: 'ID', help: 'id shared by the runs of one multi-node job (default $SLURM_JOB_ID or $TORCHELASTIC_RUN_ID)' },
    node: { type: 'string', value: 'NAME', help: 'node name (default $SLURMD_NODENAME or the host name)' },
    'gpu-method': { type: 'choice', choices: ['auto', 'counter', 'power'] as const, default: 'auto', help: 'auto (energy counter where supported), counter, or power (integrate power readings)' },
    'nvml-lib': { type: 'string', value: 'PATH', maxLength: 4096, help: 'NVML library to load (default $CARBONTRAIL_NVML_LIB or libnvidia-ml.so.1)' },
    'cpu-tdp': { type: 'number', range: inputRanges['cpu-tdp'], value: 'WATTS', help: 'CPU TDP per socket, overriding the hardware table (for the TDP × CPU share estimate)' },
    quiet: { type: 'boolean', short: 'q', help: 'no live status line (the final summary still goes to stderr)' },
    ...hubFlags,
  },
  sections: [
    { title: 'Measuring', flags: ['interval', 'gpu-method', 'nvml-lib', 'cpu-tdp', 'quiet'] },
    { title: placeTitle, flags: ['provider', 'region', 'country', 'zone', 'intensity', 'pue'] },
    { title: 'Recording', flags: ['out', 'project', 'job-id', 'node'] },
    { title: 'Uploading', flags: ['hub', 'token'] },
  ],
  command: true,
  examples: [
    'carbontrail run -- python train.py',
    'carbontrail run --provider gcp --region europe-west4 --project llm -- torchrun train.py',
    'CARBONTRAIL_HUB_URL=https://hub.example.org CARBONTRAIL_TOKEN=ct_… carbontrail run -- python train.py',
  ],
  async run({ flags, command }, io) {
    if (command.length === 0) throw new UsageError('no command to run; usage: carbontrail run [options] -- COMMAND [ARGS...]');
    const target = hubTargetFrom(flags, io.env);
    const env = trackerOptionsFromEnv(io.env);
    const out = resolve(io.cwd, flags.out ?? '.carbontrail');
    const running = runWithTracking({
      ...env,
      command,
      cwd: io.cwd,
      env: io.env,
      intervalS: flags.interval,
      location: locationFromFlags(flags),
      pue: flags.pue,
      out,
      project: flags.project,
      jobId: flags['job-id'] ?? env.jobId,
      node: flags.node ?? env.node,
      gpuMethod: flags['gpu-method'],
      nvmlLib: flags['nvml-lib'] ?? env.nvmlLib,
      cpuTdpW: flags['cpu-tdp'],
      quiet: flags.quiet,
      statusStream: io.stderr,
    });
    // runWithTracking has spawned the command before its first await: the outbox is sent while the command runs
    const upload = target ? startRunUpload({ out, target }) : undefined;
    let result: Awaited<typeof running>;
    try {
      result = await running;
    } catch (err) {
      await upload?.finish(undefined);
      throw err;
    }
    if (result.spawnError) {
      await upload?.finish(undefined);
      io.stderr.write(`carbontrail run: ${result.spawnError}\n`);
      return result.exitCode;
    }
    if (result.record) {
      const text = formatRun(result.record, { recordPath: result.recordPath, notes: false }).trimEnd();
      io.stderr.write(`${text.replace(/^/gm, '[carbontrail] ')}\n`);
    }
    if (upload && target) {
      let report: RunUploadReport | undefined;
      // a signal while uploading stops the upload (the run waits in the outbox), not carbontrail: the exit code stays the command's
      const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      const cancel = () => upload.cancel();
      for (const sig of stopSignals) process.on(sig, cancel);
      try {
        report = await upload.finish(result.record, result.journalPath);
      } catch (err) {
        // uploading never changes the command's exit code, not even through a bug of carbontrail
        io.stderr.write(`[carbontrail] uploading failed: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      } finally {
        for (const sig of stopSignals) process.off(sig, cancel);
      }
      if (report) for (const line of describeRunUpload(report, displayUrl(target.url))) io.stderr.write(`[carbontrail] ${line}\n`);
    }
    return result.exitCode;
  },
});
