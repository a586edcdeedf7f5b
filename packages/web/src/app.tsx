/** The app shell: header with navigation, the current page (loaded on demand, except the calculator), footer. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CalculatorPage } from './pages/calculator.tsx';
import { onLinkClick, routes, useLocation } from './router.ts';
import { rememberedQuery } from './use-calc-state.ts';

type Loader = () => Promise<ComponentType>;

const lazyPages: Record<string, Loader> = {
  '/publish': async () => (await import('./pages/publish.tsx')).PublishPage,
  '/learn': async () => (await import('./pages/learn.tsx')).LearnPage,
  '/act': async () => (await import('./pages/act.tsx')).ActPage,
  '/data': async () => (await import('./pages/data.tsx')).DataPage,
  '/methodology': async () => (await import('./pages/methodology.tsx')).MethodologyPage,
  '/dashboard': async () => (await import('./pages/dashboard.tsx')).DashboardPage,
  '/survey': async () => (await import('./pages/survey.tsx')).SurveyPage,
};

const titles: Record<string, string> = Object.fromEntries(routes.map((r) => [r.path, r.label]));

function Lazy({ load, path }: { load: Loader; path: string }) {
  const [page, setPage] = useState<{ path: string; Component: ComponentType } | { path: string; error: string }>();
  useEffect(() => {
    let live = true;
    load().then(
      (Component) => live && setPage({ path, Component }),
      (err: unknown) => live && setPage({ path, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [load, path]);
  if (!page || page.path !== path) return <p class="loading">Loading…</p>;
  if ('error' in page) return <p class="error" role="alert">Could not load this page: {page.error}</p>;
  const { Component } = page;
  return <Component />;
}

function NotFound({ path }: { path: string }) {
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>.{' '}
        <a href="/" onClick={onLinkClick}>
          Go to the calculator
        </a>
        .
      </p>
    </div>
  );
}

export function App() {
  const { path, search } = useLocation();
  useEffect(() => {
    document.title = `${titles[path] ?? 'Not found'} · carbontrail`;
  }, [path]);
  const load = lazyPages[path];
  // The calculator and Publish share the inputs: their links carry the current (or last used) query.
  const keepQuery = (to: string) => {
    if (to !== '/' && to !== '/publish') return to;
    const q = path === '/' || path === '/publish' ? search.replace(/^\?/, '') : rememberedQuery();
    return q ? `${to}?${q}` : to;
  };
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site">
        <a class="brand" href={keepQuery('/')} onClick={onLinkClick}>
          carbon<span>trail</span>
        </a>
        <nav aria-label="Main">
          <ul>
            {routes.map((r) => (
              <li key={r.path}>
                <a href={keepQuery(r.path)} onClick={onLinkClick} aria-current={r.path === path ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {path === '/' ? <CalculatorPage /> : load ? <Lazy load={load} path={path} /> : <NotFound path={path} />}
      </main>
      <footer class="site">
        <p>
          {path === '/dashboard' || path === '/survey' ? (
            <>
              This page reads the runs stored by this hub (its API, on this server); a read token you enter stays in this browser.
              Each figure says how it was obtained.
            </>
          ) : (
            <>
              The calculator runs entirely in your browser: what you type leaves this machine only in links you share. Figures are
              estimates; each names its source. Same numbers from the command line: <code>carbontrail estimate</code>.
            </>
          )}
        </p>
      </footer>
    </>
  );
}
