/** The shared shapes of the tracker's sensors: a probe that says whether a sensor is usable here, and why. */
import type { EnergyMethod } from '@carbontrail/core';

/** Whether a sensor can be used on this machine, and a sentence saying why (or why not). */
export interface Probe {
  usable: boolean;
  reason: string;
}

/** What `carbontrail detect` prints for one sensor. */
export interface SensorReport {
  /** Stable name: nvml, rapl, rapl-dram, tdp-cpu-share, rss-model. */
  name: string;
  component: 'gpu' | 'cpu' | 'ram';
  usable: boolean;
  reason: string;
  /** The method this sensor gives when used. */
  method: EnergyMethod;
}
