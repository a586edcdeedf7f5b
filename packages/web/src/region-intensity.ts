/** A cloud region's grid carbon intensity as the model prices it (a region draws from its grid zone), for lists and charts. */
import type { RegionRow } from '@carbontrail/core';
import type { Core } from './core.ts';

export function regionGPerKwh(core: Core, r: RegionRow): number {
  return core.intensityFor(core.resolveLocation({ provider: r.provider, region: r.region })).gPerKwh;
}
