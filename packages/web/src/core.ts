/** Loads @carbontrail/core (the model and its data tables) in its own chunk, after the page has painted. */
import { useEffect, useState } from 'preact/hooks';

/** The core module: every number on every page comes from it. */
export type Core = typeof import('@carbontrail/core');

let pending: Promise<Core> | undefined;

/** The core module, fetched once. */
export function loadCore(): Promise<Core> {
  pending ??= import('@carbontrail/core');
  return pending;
}

/** The core module once loaded (undefined before), and the load error if the chunk failed. */
export function useCore(): { core?: Core; error?: string } {
  const [state, setState] = useState<{ core?: Core; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadCore().then(
      (core) => live && setState({ core }),
      (err: unknown) => live && setState({ error: `could not load the model and data: ${err instanceof Error ? err.message : String(err)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
