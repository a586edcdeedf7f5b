/** The run journal: append-only JSON lines (start, samples, GPU processes, end), written as the run goes. */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { JournalLine } from './journal-schema.ts';

export type { JournalLine, JournalStart, JournalSample } from './journal-schema.ts';

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

