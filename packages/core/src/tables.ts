/** The set of data tables the model reads; the built-in one by default, another one in tests or by choice. */
import type {
  DefaultRow, EmbodiedRow, EnergySourceRow, EquivalentRow, HardwareRow, ProviderRow, RegionRow, ZoneRow,
} from './data/schema.ts';
import { accelerators, allHardware } from './data/hardware.ts';
import { providers } from './data/providers.ts';
import { regions } from './data/regions.ts';
import { zones } from './data/zones.ts';
import { energySources } from './data/energy-sources.ts';
import { equivalents } from './data/equivalents.ts';
import { embodied } from './data/embodied.ts';
import { defaults } from './data/defaults.ts';
import { DataError } from './errors.ts';

export interface Tables {
  hardware: readonly HardwareRow[];
  /** The non-CPU rows of `hardware`, when the set can give them without building the CPU rows. */
  accelerators?: readonly HardwareRow[];
  providers: readonly ProviderRow[];
  regions: readonly RegionRow[];
  zones: readonly ZoneRow[];
  energySources: readonly EnergySourceRow[];
  equivalents: readonly EquivalentRow[];
  embodied: readonly EmbodiedRow[];
  defaults: readonly DefaultRow[];
}

/** carbontrail's own tables (packages/core/src/data). */
export const builtinTables: Tables = {
  /** Built on first access: the ~3,000 CPU rows cost time and memory that most commands never need. */
  get hardware() {
    return allHardware();
  },
  accelerators,
  providers, regions, zones, energySources, equivalents, embodied, defaults,
};

const caches = new WeakMap<Tables, Map<string, unknown>>();

/** Memoises an index built from a table set, so lookups stay cheap and imports stay free of work. */
export function cached<T>(tables: Tables, key: string, build: () => T): T {
  let m = caches.get(tables);
  if (!m) {
    m = new Map();
    caches.set(tables, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

/** A stated default value by id (e.g. 'pue-default', 'ram-power-w-per-gb'), with its source; throws when missing. */
export function findDefault(id: string, tables: Tables = builtinTables): DefaultRow {
  const row = tables.defaults.find((d) => d.id === id);
  if (!row) throw new DataError(`data: the defaults table has no row "${id}"`);
  return row;
}
