/** The calculator's inputs as Preact state, kept in step with the URL query in both directions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { replaceQuery, useLocation } from './router.ts';
import { parseQuery, toQuery, type CalcState } from './url-state.ts';

let lastQuery = '';

/** The calculator query last seen or written, so that navigating away and back keeps the inputs. */
export function rememberedQuery(): string {
  return lastQuery;
}

/** Current inputs and a setter that also writes them to the URL (replacing the history entry). */
export function useCalcState(): [CalcState, (next: CalcState) => void] {
  const { search } = useLocation();
  const [state, setState] = useState<CalcState>(() => parseQuery(search));
  const written = useRef<string>(search.replace(/^\?/, ''));
  lastQuery = written.current;

  // Back/forward or a link to another shared result: take the inputs from the new URL.
  useEffect(() => {
    const q = search.replace(/^\?/, '');
    if (q !== written.current) {
      written.current = q;
      setState(parseQuery(search));
    }
  }, [search]);

  const update = (next: CalcState) => {
    setState(next);
    const q = toQuery(next);
    written.current = q;
    replaceQuery(q);
  };
  return [state, update];
}
