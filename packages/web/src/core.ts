/**
 * Loads @carbontrail/core (the model and its data tables) in its own chunk, after the page has painted, and
 * the ~3,000 CPU rows in another, only when a page needs them (a CPU name, a hardware search, the Data page).
 */
import { useEffect, useState } from 'preact/hooks';
import type { HardwareRow, Tables } from '@carbontrail/core';

type CoreModule = typeof import('./model.ts');

/**
 * The core module with its table-taking functions bound to the app's tables (accelerators only until the CPU
 * rows arrive, then all of them): every number on every page comes from it.
 */
export type Core = CoreModule & {
  /** Whether the CPU rows are part of the tables yet. */
  cpusLoaded: boolean;
  /** Starts loading the CPU rows (once); the pages re-render with full tables when they arrive. */
  loadCpus: () => void;
};

let pending: Promise<CoreModule> | undefined;
let cpuRows: HardwareRow[] | undefined;
let cpuPending: Promise<void> | undefined;
const listeners = new Set<() => void>();

function tablesOf(m: CoreModule): Tables {
  const base = {
    providers: m.providers, regions: m.regions, zones: m.zones, energySources: m.energySources,
    equivalents: m.equivalents, embodied: m.embodied, defaults: m.defaults, accelerators: m.accelerators,
  };
  return { ...base, hardware: cpuRows ? [...m.accelerators, ...cpuRows] : m.accelerators };
}

function bind(m: CoreModule): Core {
  const tables = tablesOf(m);
  return {
    ...m,
    builtinTables: tables,
    estimate: (input, t = tables) => m.estimate(input, t),
    findHardware: (name, t = tables) => m.findHardware(name, t),
    searchHardware: (query, limit, t = tables) => m.searchHardware(query, limit, t),
    matchCpuModel: (name, t = tables) => m.matchCpuModel(name, t),
    resolveLocation: (loc, t = tables) => m.resolveLocation(loc, t),
    intensityFor: (loc, year) => m.intensityFor(loc, year),
    pueFor: (loc, pue, t = tables) => m.pueFor(loc, pue, t),
    rankRegions: (kwh, t = tables, provider, year) => m.rankRegions(kwh, t, provider, year),
    cpusLoaded: cpuRows !== undefined,
    loadCpus,
  };
}

/** Loads the CPU rows once; listeners (mounted pages) are told when they are in. */
function loadCpus(): void {
  cpuPending ??= import('@carbontrail/core/data/cpus').then((m) => {
    cpuRows = m.buildCpuRows();
    for (const l of listeners) l();
  });
}

/** The core module, fetched once. */
export function loadCore(): Promise<CoreModule> {
  pending ??= import('./model.ts');
  return pending;
}

/** The bound core once loaded (undefined before), and the load error if the chunk failed. */
export function useCore(options: { cpus?: boolean } = {}): { core?: Core; error?: string } {
  const [state, setState] = useState<{ core?: Core; error?: string }>({});
  useEffect(() => {
    let live = true;
    let module: CoreModule | undefined;
    const refresh = () => live && module && setState({ core: bind(module) });
    listeners.add(refresh);
    loadCore().then(
      (m) => {
        module = m;
        refresh();
        if (options.cpus) loadCpus();
      },
      (err: unknown) => live && setState({ error: `could not load the model and data: ${err instanceof Error ? err.message : String(err)}` }),
    );
    return () => {
      live = false;
      listeners.delete(refresh);
    };
  }, []);
  return state;
}
