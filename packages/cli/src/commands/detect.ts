/** `carbontrail detect`: which energy sensors are usable on this machine, and why not. */
import { defineCommand } from '../command.ts';
import { trackerOptionsFromEnv } from '../tracker/env-options.ts';
import { detectSensors } from '../tracker/open-sensors.ts';

export const detectCommand = defineCommand({
  name: 'detect',
  synopsis: '[--format text|json] [--nvml-lib PATH] [--root DIR]',
  description: `Prints each energy sensor the tracker knows (NVML for NVIDIA GPUs, RAPL package and DRAM counters,
the TDP × CPU share estimate, the RAM model), whether it is usable here, and why not.`,
  flags: {
    format: { type: 'choice', short: 'f', choices: ['text', 'json'] as const, default: 'text', help: 'output format' },
    'nvml-lib': { type: 'string', value: 'PATH', maxLength: 4096, help: 'NVML library to try (default $CARBONTRAIL_NVML_LIB or libnvidia-ml.so.1)' },
    root: { type: 'string', value: 'DIR', maxLength: 4096, help: 'read /proc and /sys under DIR instead of / (for testing)' },
  },
  async run({ flags }, io) {
    const env = trackerOptionsFromEnv(io.env);
    const result = detectSensors({ ...env, nvmlLib: flags['nvml-lib'] ?? env.nvmlLib, root: flags.root ?? '/' });
    if (flags.format === 'json') {
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
  },
});
