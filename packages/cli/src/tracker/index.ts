/** Public library API of the tracker (`@carbontrail/cli/tracker`): measure a JavaScript process, run commands, read runs. */
import type { RunRecord } from '@carbontrail/core/schemas';
import { trackerOptionsFromEnv } from './env-options.ts';
import { createTracker, type LiveStatus, type TrackerOptions } from './tracker.ts';

export interface StartTrackingOptions extends Omit<TrackerOptions, 'onSample'> {
  /** Environment to read CUDA_VISIBLE_DEVICES, CARBONTRAIL_NVML_LIB, SLURM_JOB_ID… from; default process.env. Explicit options win. */
  env?: NodeJS.ProcessEnv;
  onSample?: (live: LiveStatus) => void;
}

export interface Tracking {
  id: string;
  journalPath: string;
  recordPath: string;
  /** Running totals so far. */
  live(): LiveStatus;
  /** Stops measuring; writes the run record (and the emissions.csv row) and resolves to it. Idempotent. */
  stop(): Promise<RunRecord>;
}

/**
 * Starts measuring this process (and its children) until stop(): GPUs through NVML, CPU through RAPL or
 * TDP × CPU share, RAM through DRAM RAPL or a model. The sampling timer does not keep the process alive.
 */
export function startTracking(options: StartTrackingOptions = {}): Tracking {
  const { env, ...rest } = options;
  const tracker = createTracker({
    ...trackerOptionsFromEnv(env ?? process.env),
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    pid: options.pid ?? process.pid,
  });
  tracker.begin();
  let result: RunRecord | undefined;
  return {
    id: tracker.id,
    journalPath: tracker.journalPath,
    recordPath: tracker.recordPath,
    live: () => tracker.live(),
    stop: async () => (result ??= tracker.finish({ exitCode: 0, signal: null })),
  };
}

export type { TrackerOptions, LiveStatus, RunLocationInput } from './tracker.ts';
export { runWithTracking, type RunOptions, type RunResult } from './run-process.ts';
export { detectSensors, type SensorOptions, type GpuMethodOption } from './open-sensors.ts';
export { listRuns, loadRun, type RunProblem } from './runs-store.ts';
export type { Probe, SensorReport } from './sensor.ts';
export type { RunRecord } from '@carbontrail/core/schemas';
