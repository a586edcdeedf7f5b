/** The hub flags, shared by `run` and `upload`: --hub and --token, else CARBONTRAIL_HUB_URL and CARBONTRAIL_TOKEN. */
import { UsageError } from '../errors.ts';
import type { FlagValues } from '../flags.ts';
import type { HubTarget } from '../upload/client.ts';

export const hubFlags = {
  hub: { type: 'string', value: 'URL', maxLength: 2000, help: 'the hub to upload runs to, e.g. https://hub.example.org (default $CARBONTRAIL_HUB_URL)' },
  // long enough that the parser never quotes a token back in a message: it is checked below, without echoing it
  token: { type: 'string', value: 'TOKEN', maxLength: 100_000, help: 'a write token of the project on the hub (default $CARBONTRAIL_TOKEN); never written to a file' },
} as const;

/** A token as the hub takes it in "Authorization: Bearer …": 8 to 200 visible characters. */
const TOKEN = /^[\x21-\x7e]{8,200}$/;

/**
 * The hub to upload to, from the flags or else the environment (read here, at the command's entry), checked: an
 * http(s) URL without credentials, and a token. Undefined when no hub is named, unless `required`. Messages never quote
 * the token.
 */
export function hubTargetFrom(flags: FlagValues<typeof hubFlags>, env: NodeJS.ProcessEnv, options: { required?: boolean } = {}): HubTarget | undefined {
  const envUrl = env.CARBONTRAIL_HUB_URL?.trim() || undefined;
  const envToken = env.CARBONTRAIL_TOKEN?.trim() || undefined;
  const url = flags.hub ?? envUrl;
  const urlFrom = flags.hub !== undefined ? '--hub' : 'CARBONTRAIL_HUB_URL';
  if (url === undefined) {
    if (flags.token !== undefined) throw new UsageError('--token needs a hub: give --hub URL or set CARBONTRAIL_HUB_URL');
    if (options.required) throw new UsageError('no hub to upload to: give --hub URL or set CARBONTRAIL_HUB_URL');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`invalid ${urlFrom}: expected a URL such as https://hub.example.org or http://127.0.0.1:8787`);
  }
  if (parsed.username || parsed.password) throw new UsageError(`invalid ${urlFrom}: a hub URL carries no user name or password; give the token with --token or CARBONTRAIL_TOKEN`);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`invalid ${urlFrom} "${url.slice(0, 100)}": expected an http:// or https:// URL`);
  if (parsed.search || parsed.hash) throw new UsageError(`invalid ${urlFrom} "${url.slice(0, 100)}": expected the hub's address without a query or fragment`);
  const token = flags.token ?? envToken;
  const tokenFrom = flags.token !== undefined ? '--token' : 'CARBONTRAIL_TOKEN';
  if (token === undefined) throw new UsageError('uploading to a hub needs a write token of the project: give --token TOKEN or set CARBONTRAIL_TOKEN');
  if (!TOKEN.test(token)) throw new UsageError(`invalid ${tokenFrom}: a token is 8 to 200 visible characters without spaces (the hub's tokens start with "ct_")`);
  // the hub's address, not its API's: ".../api" is taken as the hub above it
  parsed.pathname = parsed.pathname.replace(/\/api\/?$/, '/');
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return { url: parsed.href, token };
}
