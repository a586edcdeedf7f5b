/** `carbontrail run [options] -- COMMAND…`: runs a command and measures its energy and emissions. */
import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../command.ts';
import { UsageError } from '../errors.ts';
import { flagValue, nameOf, numberIn, oneOf } from './parse-flags.ts';
import { formatRun } from '../tracker/format-run.ts';
import { trackerOptionsFromEnv } from '../tracker/env-options.ts';
import { SensorChoiceError } from '../tracker/open-sensors.ts';
import { runWithTracking } from '../tracker/run-process.ts';

const usage = `Usage: carbontrail run [options] -- COMMAND [ARGS...]

Runs COMMAND, measures the energy of its GPUs, CPU and RAM while it runs, and records the run
(journal and record in OUT/runs/, a CodeCarbon-compatible row in OUT/emissions.csv). The command's
input and output pass through; carbontrail exits with its exit code (128 + N if it died of signal N).

Options:
  --interval SECONDS   seconds between samples, 0.1 to 5 (default 1)
  --provider P --region R    cloud provider and region (e.g. --provider gcp --region europe-west4)
  --country C [--zone Z]     country (ISO code or name) and sub-national grid zone
  --intensity G        grid carbon intensity in gCO2eq/kWh (overrides the location's)
  --pue X              power usage effectiveness, 1 to 3 (default: the provider's, or a stated default)
  --out DIR            output folder (default .carbontrail in the working directory)
  --project NAME       project name for the record and the CSV
  --job-id ID          id shared by the runs of one multi-node job (default $SLURM_JOB_ID or $TORCHELASTIC_RUN_ID)
  --node NAME          node name (default $SLURMD_NODENAME or the host name)
  --gpu-method M       auto (energy counter where supported), counter, or power (integrate power readings)
  --nvml-lib PATH      NVML library to load (default $CARBONTRAIL_NVML_LIB or libnvidia-ml.so.1)
  --cpu-tdp WATTS      CPU TDP per socket, overriding the hardware table (for the TDP × CPU share estimate)
  -q, --quiet          no live status line (the final summary still goes to stderr)
`;

const valueFlags = ['interval', 'provider', 'region', 'country', 'zone', 'intensity', 'pue', 'out', 'project', 'job-id', 'node', 'gpu-method', 'nvml-lib', 'cpu-tdp'] as const;

/** Splits `[options] [--] COMMAND…`: at `--`, else at the first word that is neither an option nor an option's value. */
function split(argv: string[]): { own: string[]; command: string[] } {
  const dash = argv.indexOf('--');
  if (dash >= 0) return { own: argv.slice(0, dash), command: argv.slice(dash + 1) };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    if (!a.startsWith('-')) break;
    const name = a.replace(/^--?/, '').split('=')[0]!;
    i += (valueFlags as readonly string[]).includes(name) && !a.includes('=') ? 2 : 1;
  }
  return { own: argv.slice(0, i), command: argv.slice(i) };
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { own, command } = split(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: own,
      options: {
        ...Object.fromEntries(valueFlags.map((f) => [f, { type: 'string' as const }])),
        quiet: { type: 'boolean', short: 'q' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${usage.split('\n')[0]}`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const s = (k: string) => v[k] as string | undefined;
  if (command.length === 0) throw new UsageError('no command to run; usage: carbontrail run [options] -- COMMAND [ARGS...]');
  const name = nameOf(200);
  const intervalS = flagValue('interval', s('interval'), numberIn(0.1, 5), 'a number of seconds from 0.1 to 5');
  const intensity = flagValue('intensity', s('intensity'), numberIn(0, 2000), 'a carbon intensity in gCO2eq/kWh from 0 to 2000');
  const pue = flagValue('pue', s('pue'), numberIn(1, 3), 'a PUE from 1 to 3');
  const cpuTdpW = flagValue('cpu-tdp', s('cpu-tdp'), numberIn(1, 1000), 'a CPU TDP in watts from 1 to 1000');
  const gpuMethod = flagValue('gpu-method', s('gpu-method'), oneOf(['auto', 'counter', 'power']), 'one of auto, counter, power') ?? 'auto';
  for (const f of ['provider', 'region', 'country', 'zone', 'project', 'job-id', 'node', 'out', 'nvml-lib']) {
    flagValue(f, s(f), name, 'a non-empty name');
  }
  if (s('region') && !s('provider')) throw new UsageError(`--region "${s('region')}" needs --provider (e.g. --provider aws --region us-east-1)`);
  const env = trackerOptionsFromEnv(io.env);
  let result;
  try {
    result = await runWithTracking({
      ...env,
      command,
      cwd: io.cwd,
      env: io.env,
      intervalS,
      location: { provider: s('provider'), region: s('region'), country: s('country'), zone: s('zone'), intensityGPerKwh: intensity },
      pue,
      out: s('out'),
      project: s('project'),
      jobId: s('job-id') ?? env.jobId,
      node: s('node') ?? env.node,
      gpuMethod,
      nvmlLib: s('nvml-lib') ?? env.nvmlLib,
      cpuTdpW,
      quiet: v.quiet === true,
      statusStream: io.stderr,
    });
  } catch (err) {
    if (err instanceof SensorChoiceError) throw new UsageError(err.message);
    throw err;
  }
  if (result.spawnError) {
    io.stderr.write(`carbontrail run: ${result.spawnError}\n`);
    return result.exitCode;
  }
  if (result.record) {
    const text = formatRun(result.record, { recordPath: result.recordPath, notes: false }).trimEnd();
    io.stderr.write(`${text.replace(/^/gm, '[carbontrail] ')}\n`);
  }
  return result.exitCode;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'Run a command and measure its GPU, CPU and RAM energy and emissions',
  usage,
  run,
};
