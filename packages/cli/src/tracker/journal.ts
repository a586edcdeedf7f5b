/** The run journal on disk: append-only JSON lines (start, samples, GPU processes, end), written as the run goes. */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { JournalLine } from '@carbontrail/core/schemas';

export interface Journal {
  path: string;
  append(line: JournalLine): void;
  close(): void;
}

/** Opens a journal for appending; each line goes to the file with one write(2), so a killed tracker loses nothing written. */
export function openJournal(path: string): Journal {
  const fd = openSync(path, 'a', 0o644);
  let open = true;
  return {
    path,
    append(line) {
      if (open) writeSync(fd, `${JSON.stringify(line)}\n`);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
