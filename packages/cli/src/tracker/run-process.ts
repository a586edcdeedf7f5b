/** Runs a command under the tracker: stdio passed through, signals forwarded, exit code or 128 + signal returned. */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import type { RunRecord } from '@carbontrail/core/schemas';
import { startWatchdog } from './watchdog.ts';
import { reapedChildrenSeconds } from './proc-tree.ts';
import { formatLive } from './format-run.ts';
import { createTracker, type TrackerOptions } from './tracker.ts';

export interface RunOptions extends TrackerOptions {
  command: string[];
  env?: NodeJS.ProcessEnv;
  /** Where the live status line goes; it is drawn only when this is a terminal and `quiet` is false. */
  statusStream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet?: boolean;
  /**
   * When the tracker shares a terminal with the command, a Ctrl-C reaches both already, so SIGINT is not sent
   * again (a second SIGINT would interrupt the command's own clean-up). Default: whether stdin is a terminal.
   */
  interactive?: boolean;
}

export interface RunResult {
  /** The command's exit code, or 128 + the number of the signal that killed it. */
  exitCode: number;
  record: RunRecord | undefined;
  /** Where the record was written. */
  recordPath?: string;
  /** The run's journal (its samples). */
  journalPath?: string;
  /** Why the command could not start (not found, not executable). */
  spawnError?: string;
}

/**
 * The signals carbontrail passes on to the command. SIGINT is not passed on while the command shares a terminal with
 * carbontrail: Ctrl-C reaches both already, and a second SIGINT would interrupt the command's own clean-up.
 */
export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH', 'SIGALRM', 'SIGTSTP', 'SIGCONT'] as const;

/** Starts the tracker, then the command; resolves when the command has ended and the run is recorded. */
export async function runWithTracking(options: RunOptions): Promise<RunResult> {
  const status = options.statusStream;
  const drawStatus = !options.quiet && status?.isTTY === true;
  let drawn = false;
  let ended = false;
  const warn = (message: string) => {
    if (drawn) status!.write('\r\x1b[K');
    drawn = false;
    (status ?? process.stderr).write(`carbontrail: ${message}\n`);
  };
  const tracker = createTracker({
    ...options,
    warn,
    onSample: drawStatus
      ? (live) => {
          if (ended) return;
          const width = Math.max(20, (status.columns || 80) - 1);
          status.write(`\r\x1b[K${formatLive(live).slice(0, width)}`);
          drawn = true;
        }
      : undefined,
  });
  const [file, ...args] = options.command;
  const interactive = options.interactive ?? process.stdin.isTTY === true;
  // the handlers come first: a signal that arrives while the command and the watchdog are being started (a few ms, more
  // on a loaded machine) must not take the tracker's default action (SIGQUIT and SIGTERM would end it and orphan the
  // command); it is passed on as soon as the command exists
  let child: ChildProcess | undefined;
  const early: NodeJS.Signals[] = [];
  const handlers = FORWARDED_SIGNALS.map((sig) => {
    const h = () => {
      if (sig === 'SIGINT' && interactive) return;
      if (!child) early.push(sig);
      else if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    };
    process.on(sig, h);
    return [sig, h] as const;
  });
  const release = () => {
    for (const [sig, h] of handlers) process.off(sig, h);
  };
  try {
    child = spawn(file!, args, { stdio: 'inherit', env: options.env ?? process.env, cwd: options.cwd });
  } catch (err) {
    release();
    throw err;
  }
  const watchdog = child.pid !== undefined ? startWatchdog(child.pid, tracker.journalPath) : undefined;
  for (const sig of early) if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  if (child.pid !== undefined) tracker.begin(child.pid);
  const started = child;
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((done) => {
    started.once('error', (error) => done({ code: null, signal: null, error }));
    started.once('exit', (code, signal) => done({ code, signal }));
  });
  try {
    ended = true;
    if (drawn) status!.write('\r\x1b[K');
    if (outcome.error && started.pid === undefined) {
      tracker.abandon();
      const code = (outcome.error as NodeJS.ErrnoException).code;
      return { exitCode: code === 'ENOENT' ? 127 : 126, record: undefined, spawnError: `cannot run "${file}": ${code === 'ENOENT' ? 'command not found' : outcome.error.message}` };
    }
    const exitCode = outcome.code ?? 128 + (outcome.signal ? (constants.signals[outcome.signal] ?? 0) : 0);
    const record = tracker.finish({
      exitCode,
      signal: outcome.signal,
      reapedCpuSeconds: reapedChildrenSeconds(process.pid),
    });
    return { exitCode, record, recordPath: tracker.recordPath, journalPath: tracker.journalPath };
  } finally {
    watchdog?.release();
    release();
  }
}
