/**
 * The files of a run, written so that a write failure never stops the run: the journal buffers what it cannot write
 * (a full disk, a read-only or missing folder) and writes it when it can; the record and the CSV row that cannot be
 * written at the end are printed on stderr as JSON instead. Each failure is reported once.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CODECARBON_CSV_HEADER, codeCarbonCsvLine } from '@carbontrail/core';
import type { JournalLine, RunRecord } from '@carbontrail/core/schemas';

/** Where a run's files go. */
export interface RunPaths {
  out: string;
  runsDir: string;
  journalPath: string;
  recordPath: string;
  csvPath: string;
}

/** The paths of run `id` under the output folder `out`. */
export function runPaths(out: string, id: string): RunPaths {
  const runsDir = join(out, 'runs');
  return { out, runsDir, journalPath: join(runsDir, `${id}.jsonl`), recordPath: join(runsDir, `${id}.json`), csvPath: join(out, 'emissions.csv') };
}

/** A short description of a file-system error: "ENOSPC (no space left on device)". */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EROFS: 'read-only file system', EACCES: 'permission denied',
    EPERM: 'operation not permitted', ENOTDIR: 'a path component is not a folder', EISDIR: 'is a folder', ENAMETOOLONG: 'name too long',
    ENOENT: 'no such file or folder', EIO: 'input/output error', EEXIST: 'already exists',
  };
  return e?.code ? `${e.code} (${why[e.code] ?? e.message})` : String(err);
}

/** The journal of a run as the tracker writes it: append() never throws. */
export interface JournalWriter {
  append(line: JournalLine): void;
  /** Tries once more to write what is buffered; true when nothing is left unwritten. */
  flush(): boolean;
  /** Lines not written yet (kept in memory). */
  readonly pending: number;
  close(): void;
}

/**
 * A journal that writes each line with one write(2) (a killed tracker loses nothing written) and, when the file cannot be
 * created or written, keeps the lines in memory, says so once through `warn`, and writes them when it can.
 */
export function openJournalWriter(paths: RunPaths, warn: (message: string) => void): JournalWriter {
  let fd: number | undefined;
  let buffer: string[] = [];
  let warned = false;
  let closed = false;
  const fail = (err: unknown) => {
    if (warned) return;
    warned = true;
    warn(`cannot write the journal ${paths.journalPath}: ${describeFsError(err)}; measuring on in memory, the lines are written when the disk accepts them`);
  };
  const tryOpen = () => {
    if (fd !== undefined) return true;
    try {
      mkdirSync(paths.runsDir, { recursive: true });
      fd = openSync(paths.journalPath, 'a', 0o644);
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  const drain = (): boolean => {
    if (!buffer.length) return true;
    if (!tryOpen()) return false;
    const text = buffer.join('');
    try {
      const bytes = Buffer.from(text);
      let done = 0;
      while (done < bytes.length) done += writeSync(fd!, bytes, done);
      buffer = [];
      if (warned) {
        warn(`the journal ${paths.journalPath} is written again`);
        warned = false;
      }
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  tryOpen();
  return {
    append(line) {
      if (closed) return;
      buffer.push(`${JSON.stringify(line)}\n`);
      drain();
    },
    flush: drain,
    get pending() {
      return buffer.length;
    },
    close() {
      closed = true;
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {
          // nothing more to write
        }
      }
      fd = undefined;
    },
  };
}

/** Removes a temporary file if it is there; a path that cannot even be looked at is left alone. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

/** Writes the record atomically (a temporary file renamed over it); false when it cannot be written. */
export function writeRecord(paths: RunPaths, record: RunRecord, warn: (message: string) => void): boolean {
  const tmp = `${paths.recordPath}.tmp`;
  try {
    mkdirSync(paths.runsDir, { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(tmp, paths.recordPath);
    return true;
  } catch (err) {
    removeQuietly(tmp);
    warn(`cannot write the run record ${paths.recordPath}: ${describeFsError(err)}`);
    return false;
  }
}

/** `path`, or `path.1`, `path.2`, … : the first name not taken, so that no earlier backup is overwritten. */
function freeName(path: string): string {
  if (!existsSync(path)) return path;
  for (let i = 1; ; i++) if (!existsSync(`${path}.${i}`)) return `${path}.${i}`;
}

/**
 * Appends the run's row to `emissions.csv` in CodeCarbon's layout. A new file is created whole (header and row written to
 * a temporary file, then linked into place), so a parallel run never sees it empty; a file with another header (an older
 * CodeCarbon layout) is moved aside to emissions.csv.bak (or .bak.1, …) first. False when the row cannot be written.
 */
export function appendCsvRow(paths: RunPaths, record: RunRecord, warn: (message: string) => void): boolean {
  const line = `${codeCarbonCsvLine(record)}\n`;
  try {
    mkdirSync(paths.out, { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      if (existsSync(paths.csvPath)) {
        const head = readFileSync(paths.csvPath, 'utf8').split('\n', 1)[0];
        if (head === CODECARBON_CSV_HEADER) {
          const fd = openSync(paths.csvPath, 'a');
          try {
            writeSync(fd, line);
          } finally {
            closeSync(fd);
          }
          return true;
        }
        renameSync(paths.csvPath, freeName(`${paths.csvPath}.bak`));
      }
      const tmp = `${paths.csvPath}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, `${CODECARBON_CSV_HEADER}\n${line}`);
      try {
        linkSync(tmp, paths.csvPath);
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      } finally {
        removeQuietly(tmp);
      }
    }
    throw new Error('emissions.csv kept changing under this run');
  } catch (err) {
    warn(`cannot add the run to ${paths.csvPath}: ${describeFsError(err)}`);
    return false;
  }
}
