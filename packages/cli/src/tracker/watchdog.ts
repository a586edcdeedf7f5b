/**
 * The watchdog of a tracked command: a small shell that outlives the tracker only to note, in the journal, that the
 * tracker died (killed with SIGKILL) while its command went on, and when that command ended. The tracker tells it
 * "done" when it finishes normally; a closed pipe without it means the tracker is gone (ADR 0006).
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** POSIX sh: wait for "done" on stdin; on end of input, journal an orphan line, wait for the command to end, journal it. */
const SCRIPT = [
  'IFS= read -r line',
  '[ "$line" = done ] && exit 0',
  'now() { echo $(( $(date +%s) * 1000 )); }',
  'printf \'{"t":"orphan","at":%s,"pid":%s}\\n\' "$(now)" "$1" >> "$2"',
  'while kill -0 "$1" 2>/dev/null; do sleep 1; done',
  'printf \'{"t":"gone","at":%s}\\n\' "$(now)" >> "$2"',
].join('\n');

export interface Watchdog {
  /** The tracker has finished normally: the watchdog exits without a word. */
  release(): void;
}

/** Starts the watchdog of `pid`, journaling to `journalPath`; it is detached, so it survives the tracker's death. */
export function startWatchdog(pid: number, journalPath: string): Watchdog {
  let dog: ChildProcess | undefined;
  try {
    dog = spawn('/bin/sh', ['-c', SCRIPT, 'carbontrail-watchdog', String(pid), journalPath], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    dog.on('error', () => undefined);
    dog.stdin?.on('error', () => undefined);
    dog.unref();
    (dog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  } catch {
    dog = undefined;
  }
  return {
    release() {
      if (!dog?.stdin || dog.stdin.destroyed) return;
      dog.stdin.end('done\n');
    },
  };
}
