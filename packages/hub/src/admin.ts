/** The admin token: the one given by the operator, else a new one for a store that has none (its secret shown once). */
import { hashSecret, newSecret } from './auth/tokens.ts';
import type { Store } from './store/store.ts';

/** Makes sure the store has an admin token; returns the secret when a new one was made (to print once), else undefined. */
export async function ensureAdminToken(store: Store, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    const hash = hashSecret(given);
    if (!(await store.tokenByHash(hash))) await store.createToken({ projectId: null, name: 'admin (CARBONTRAIL_ADMIN_TOKEN)', scope: 'admin', hash });
    return undefined;
  }
  if ((await store.countAdminTokens()) > 0) return undefined;
  const secret = newSecret();
  await store.createToken({ projectId: null, name: 'admin', scope: 'admin', hash: hashSecret(secret) });
  return secret;
}
