/** The admin token: the one given by the operator, else a new one for a store that has none (its secret shown once). */
import { hashSecret, newSecret } from './auth/tokens.ts';
import { ConflictError, ServerConfigError } from './errors.ts';
import type { Store } from './store/store.ts';

/** Makes sure the store has an admin token; returns the secret when a new one was made (to print once), else undefined. */
export async function ensureAdminToken(store: Store, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    const hash = hashSecret(given);
    if (await store.tokenByHash(hash)) return undefined;
    try {
      await store.createToken({ projectId: null, name: 'admin (CARBONTRAIL_ADMIN_TOKEN)', scope: 'admin', hash });
    } catch (err) {
      // another hub process on the same database made it at the same moment: that one is ours too
      if (!(err instanceof ConflictError)) throw err;
      if (!(await store.tokenByHash(hash))) throw new ServerConfigError('the admin token given (CARBONTRAIL_ADMIN_TOKEN) was revoked in this store');
    }
    return undefined;
  }
  if ((await store.countAdminTokens()) > 0) return undefined;
  const secret = newSecret();
  await store.createToken({ projectId: null, name: 'admin', scope: 'admin', hash: hashSecret(secret) });
  return secret;
}
