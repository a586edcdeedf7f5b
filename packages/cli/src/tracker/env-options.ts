/** The tracker options that come from the environment: GPU visibility, NVML path, job id and node name. */
import type { TrackerOptions } from './tracker.ts';

/** Reads the environment once: CUDA_VISIBLE_DEVICES, CARBONTRAIL_NVML_LIB, LD_LIBRARY_PATH, SLURM_JOB_ID / TORCHELASTIC_RUN_ID, SLURMD_NODENAME. */
export function trackerOptionsFromEnv(env: NodeJS.ProcessEnv): Partial<TrackerOptions> {
  const o: Partial<TrackerOptions> = {};
  if (env.CUDA_VISIBLE_DEVICES !== undefined) o.cudaVisibleDevices = env.CUDA_VISIBLE_DEVICES;
  if (env.CARBONTRAIL_NVML_LIB) o.nvmlLib = env.CARBONTRAIL_NVML_LIB;
  if (env.LD_LIBRARY_PATH) o.ldLibraryPath = env.LD_LIBRARY_PATH;
  const job = env.SLURM_JOB_ID || env.TORCHELASTIC_RUN_ID;
  if (job) o.jobId = job;
  if (env.SLURMD_NODENAME) o.node = env.SLURMD_NODENAME;
  return o;
}
