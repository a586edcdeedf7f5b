/** `carbontrail detect`: which energy sensors are usable on this machine, and why not. */
import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../command.ts';
import { UsageError } from '../errors.ts';
import { trackerOptionsFromEnv } from '../tracker/env-options.ts';
import { flagValue, oneOf } from './parse-flags.ts';
import { detectSensors } from '../tracker/open-sensors.ts';

const usage = `Usage: carbontrail detect [--format text|json] [--nvml-lib PATH] [--root DIR]

Prints each energy sensor the tracker knows (NVML for NVIDIA GPUs, RAPL package and DRAM counters,
the TDP × CPU share estimate, the RAM model), whether it is usable here, and why not.

Options:
  --format F       text (default) or json
  --nvml-lib PATH  NVML library to try (default $CARBONTRAIL_NVML_LIB or libnvidia-ml.so.1)
  --root DIR       read /proc and /sys under DIR instead of / (for testing)
`;

async function run(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, 'nvml-lib': { type: 'string' }, root: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const format = flagValue('format', values.format, oneOf(['text', 'json']), 'text or json') ?? 'text';
  const env = trackerOptionsFromEnv(io.env);
  const result = detectSensors({ ...env, nvmlLib: values['nvml-lib'] ?? env.nvmlLib, root: values.root ?? '/' });
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const m = result.machine;
  const lines = [
    `machine: ${m.cpuModel}, ${m.sockets} socket(s), ${m.logicalCores} logical CPUs, ${Math.round(m.ramTotalGb * 10) / 10} GB RAM`,
    ...result.sensors.map((s) => `${s.usable ? 'yes' : 'no '}  ${s.component.padEnd(3)}  ${s.name.padEnd(13)}  ${s.reason}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const detectCommand: Command = {
  name: 'detect',
  summary: 'Show which energy sensors are usable on this machine, and why not',
  usage,
  run,
};
