/** Reading the hub's API from the web app (same origin): JSON answers, `{error: {code, message, field}}` errors, a hook. */
import { useEffect, useState } from 'preact/hooks';

/** An error answer of the hub (or the network), with the status and the hub's code. */
export interface HubError {
  status: number;
  code: string;
  message: string;
  field?: string;
}

export class HubRequestError extends Error {
  constructor(readonly detail: HubError) {
    super(detail.message);
  }
}

/** GET a hub path ("/api/survey/by-source?project=x") as JSON; a read token, when given, goes in Authorization. */
export async function hubGet<T>(path: string, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (err) {
    throw new HubRequestError({ status: 0, code: 'NETWORK', message: `the hub did not answer (${err instanceof Error ? err.message : String(err)})` });
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const e = (body as { error?: Partial<HubError> } | undefined)?.error;
    throw new HubRequestError({
      status: res.status,
      code: e?.code ?? `HTTP_${res.status}`,
      message: e?.message ?? `the hub answered ${res.status} ${res.statusText} to ${path.split('?')[0]}`,
      ...(e?.field ? { field: e.field } : {}),
    });
  }
  if (body === undefined) throw new HubRequestError({ status: res.status, code: 'BAD_ANSWER', message: `the hub's answer to ${path.split('?')[0]} is not JSON` });
  return body as T;
}

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: HubError };

/** The answer to a GET, re-read when the path or token changes; `undefined` path reads nothing. */
export function useHub<T>(path: string | undefined, token?: string): Loaded<T> {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> }>({ key: '', loaded: { state: 'loading' } });
  const key = `${path ?? ''} ${token ?? ''}`;
  useEffect(() => {
    if (path === undefined) return;
    let live = true;
    setResult({ key, loaded: { state: 'loading' } });
    hubGet<T>(path, token).then(
      (data) => live && setResult({ key, loaded: { state: 'ready', data } }),
      (err: unknown) =>
        live && setResult({ key, loaded: { state: 'error', error: err instanceof HubRequestError ? err.detail : { status: 0, code: 'CLIENT', message: String(err) } } }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return result.key === key ? result.loaded : { state: 'loading' };
}
