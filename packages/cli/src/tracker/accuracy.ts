/**
 * The relative accuracy assumed for each sensor, used for the low–high range of energy and emissions.
 * - NVML energy counter ±2 %: NVIDIA documents the counter as "total energy consumption" of the board; its
 *   error is the board power sensor's, which NVIDIA's nvidia-smi docs give as ±5 W on a ~300–700 W board.
 * - NVML power integrated over time ±5 %: the same sensor, plus the sampling error of a 1 s average.
 * - RAPL ±5 %: a model-based counter for the package (Khan et al., "RAPL in Action", ACM TOMPECS 2018).
 * - TDP × CPU share −50 %/+30 %: a CPU rarely draws its TDP at partial load; idle and uncore power are
 *   not attributed; turbo can exceed TDP briefly.
 * - RAM model −50 %/+100 %: the W-per-GB figure of Green Algorithms is a coarse average over DIMM generations.
 */
import type { Accuracy } from './sensor.ts';

export type SensorName = 'nvml-counter' | 'nvml-power' | 'rapl' | 'rapl-dram' | 'tdp-cpu-share' | 'rss-model' | 'none';

export const sensorAccuracy: Record<SensorName, Accuracy> = {
  'nvml-counter': { low: -0.02, high: 0.02 },
  'nvml-power': { low: -0.05, high: 0.05 },
  rapl: { low: -0.05, high: 0.05 },
  'rapl-dram': { low: -0.05, high: 0.05 },
  'tdp-cpu-share': { low: -0.5, high: 0.3 },
  'rss-model': { low: -0.5, high: 1 },
  none: { low: 0, high: 0 },
};

/** RAM power per GB of resident memory: 0.3725 W/GB, from Lannelongue, Grealey & Inouye, "Green Algorithms", Advanced Science 2021. */
export const RAM_W_PER_GB = 0.3725;
export const RAM_MODEL_SOURCE =
  'Lannelongue, Grealey & Inouye (2021), "Green Algorithms: Quantifying the Carbon Footprint of Computation", Advanced Science 8(12): 0.3725 W per GB of memory';

/** For a CPU missing from the hardware table: 4 W per logical CPU, CodeCarbon 3.x's stated fallback (mlco2/codecarbon issue #1051, 2026). */
export const DEFAULT_CPU_W_PER_THREAD = 4;
