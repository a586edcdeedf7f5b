/** Resolving the hardware names users and operating systems write to rows of the hardware table. */
import type { HardwareRow } from '../data/schema.ts';
import { unresolvableHardware } from '../data/hardware-unresolvable.ts';
import { CoreError, UnknownNameError } from '../errors.ts';
import { builtinTables, cached, type Tables } from '../tables.ts';
import { createMatcher } from './names.ts';

type Part = 'accelerators' | 'cpus';
const isCpu = (r: HardwareRow) => r.type === 'cpu';

/** One matcher per part of the table, built on first use: most lookups never touch the ~3,000 CPU rows. */
function matcher(tables: Tables, part: Part) {
  return cached(tables, `hardware-matcher-${part}`, () =>
    createMatcher(
      (part === 'accelerators' ? (tables.accelerators ?? tables.hardware.filter((r) => !isCpu(r))) : tables.hardware.filter(isCpu))
        .map((r) => ({ item: r, label: r.name, names: [r.name, r.id, ...r.aliases] })),
    ),
  );
}

/** The hardware row a name means ("v100", "RTX2080Ti", "TPUv3"); throws UnknownNameError with closest matches. */
export function findHardware(name: string, tables: Tables = builtinTables): HardwareRow {
  const refused = Object.entries(unresolvableHardware).find(([n]) => n.toLowerCase() === name.trim().toLowerCase());
  if (refused) throw new CoreError('no-device', `hardware "${name}" ${refused[1]}`, { field: 'hardware' });
  for (const part of ['accelerators', 'cpus'] as const) {
    const r = matcher(tables, part).match(name);
    if (r.kind === 'one') return r.item;
    if (r.kind === 'many') throw new UnknownNameError('hardware', name, r.items.slice(0, 8).map((x) => x.name), { ambiguous: true });
  }
  const suggestions = [...matcher(tables, 'accelerators').suggest(name, 3), ...matcher(tables, 'cpus').suggest(name, 2)];
  throw new UnknownNameError('hardware', name, suggestions);
}

/** Hardware rows whose names start with the query's words, best first (for search boxes). */
export function searchHardware(query: string, limit = 20, tables: Tables = builtinTables): HardwareRow[] {
  return [...matcher(tables, 'accelerators').search(query, limit), ...matcher(tables, 'cpus').search(query, limit)].slice(0, limit);
}

/** The CPU row of a /proc/cpuinfo "model name" ("Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz"), or undefined. */
export function matchCpuModel(modelName: string, tables: Tables = builtinTables): HardwareRow | undefined {
  const r = matcher(tables, 'cpus').match(modelName);
  if (r.kind === 'one') return r.item;
  const soc = matcher(tables, 'accelerators').match(modelName);
  return soc.kind === 'one' && soc.item.type === 'soc' ? soc.item : undefined;
}
