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
import { findDefault } from '@carbontrail/core';
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

/** RAM power per GB of resident memory, from core's defaults table (with its source). */
export const ramDefault = () => findDefault('ram-power-w-per-gb');
/** CPU power per logical CPU for a CPU model missing from the hardware table, from core's defaults table. */
export const cpuThreadDefault = () => findDefault('cpu-power-w-per-thread');
