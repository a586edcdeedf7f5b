/** A tiny history-API router: the current path and query as Preact state, and in-app navigation without reloads. */
import { useEffect, useState } from 'preact/hooks';

/** The pages of the app, by path. */
export const routes = [
  { path: '/', label: 'Calculator' },
  { path: '/publish', label: 'Publish' },
  { path: '/learn', label: 'Learn' },
  { path: '/act', label: 'Act' },
  { path: '/data', label: 'Data' },
  { path: '/dashboard', label: 'Dashboard' },
  { path: '/survey', label: 'Survey' },
  { path: '/methodology', label: 'Methodology' },
] as const;

export type RoutePath = (typeof routes)[number]['path'];

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

/** Goes to an in-app URL ("/publish?hours=3"), adding a history entry. */
export function navigate(url: string): void {
  if (url === location.pathname + location.search) return;
  history.pushState(null, '', url);
  notify();
  window.scrollTo(0, 0);
}

/** Replaces the query of the current entry (inputs typed into the calculator), without a new history entry. */
export function replaceQuery(query: string): void {
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url === location.pathname + location.search + location.hash) return;
  history.replaceState(null, '', url);
  notify();
}

/** The current location as state; re-renders on navigation and on back/forward. */
export function useLocation(): { path: string; search: string } {
  const read = () => ({ path: location.pathname.replace(/\/+$/, '') || '/', search: location.search });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** Click handler for in-app links: plain left clicks navigate in place; modified clicks open as the browser would. */
export function onLinkClick(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.currentTarget ?? e.target) as HTMLAnchorElement;
  if (a.target || a.origin !== location.origin) return;
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
}
