/** Resolving the hardware names users and operating systems write to rows of the hardware table. */
import type { HardwareRow } from '../data/schema.ts';
import { UnknownNameError } from '../errors.ts';
import { builtinTables, cached, type Tables } from '../tables.ts';
import { createMatcher } from './names.ts';

function matcher(tables: Tables, filter?: (r: HardwareRow) => boolean) {
  const key = filter ? 'hardware-matcher-cpu' : 'hardware-matcher';
  return cached(tables, key, () =>
    createMatcher(
      tables.hardware
        .filter((r) => (filter ? filter(r) : true))
        .map((r) => ({ item: r, label: r.name, names: [r.name, r.id, ...r.aliases] })),
    ),
  );
}

/** The hardware row a name means ("v100", "RTX2080Ti", "TPUv3"); throws UnknownNameError with closest matches. */
export function findHardware(name: string, tables: Tables = builtinTables): HardwareRow {
  const m = matcher(tables);
  const r = m.match(name);
  if (r.kind === 'one') return r.item;
  if (r.kind === 'many') throw new UnknownNameError('hardware', name, r.items.slice(0, 8).map((x) => x.name), true);
  throw new UnknownNameError('hardware', name, m.suggest(name));
}

/** Hardware rows whose names start with the query's words, best first (for search boxes). */
export function searchHardware(query: string, limit = 20, tables: Tables = builtinTables): HardwareRow[] {
  return matcher(tables).search(query, limit);
}

/** The CPU row of a /proc/cpuinfo "model name" ("Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz"), or undefined. */
export function matchCpuModel(modelName: string, tables: Tables = builtinTables): HardwareRow | undefined {
  const r = matcher(tables, (row) => row.type === 'cpu' || row.type === 'soc').match(modelName);
  return r.kind === 'one' ? r.item : undefined;
}
