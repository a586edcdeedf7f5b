/** The run journal's lines (append-only JSON lines: start, samples, GPU processes, end), and the parser of a journal's text. */
import * as z from 'zod';
import { cpuSensing, energyMethod, ramSensing, runHost, runLocation } from './run-record.ts';

/** The version of the journal format, in every start line. */
export const JOURNAL_VERSION = 1;

export const journalStart = z.object({
  t: z.literal('start'),
  v: z.literal(JOURNAL_VERSION),
  id: z.string(),
  startedAt: z.string(),
  /** Epoch milliseconds of the first reading. */
  at: z.number(),
  command: z.array(z.string()).min(1),
  cwd: z.string(),
  host: runHost,
  node: z.string(),
  jobId: z.string().nullable(),
  project: z.string().nullable(),
  intervalS: z.number().positive(),
  trackerPid: z.number().int(),
  location: runLocation.omit({ label: true, providerName: true }),
  pue: z.number().optional(),
  gpus: z.array(z.object({ index: z.number().int(), name: z.string(), uuid: z.string(), method: energyMethod })),
  cpu: cpuSensing,
  ram: ramSensing,
  notes: z.array(z.string()),
});
export type JournalStart = z.infer<typeof journalStart>;

/** Joules of one sample: non-negative and finite (a sensor reading beyond 1e12 J in one interval is not believed). */
const joules = z.number().min(0).max(1e12);

/** One sample: energy since the previous one, by component and per GPU. */
export const journalSample = z.object({
  t: z.literal('s'),
  /** Epoch milliseconds of the reading. */
  at: z.number().min(0),
  /** Seconds since the previous reading (monotonic clock). */
  d: z.number().min(0).max(86_400),
  /** Joules since the previous reading: [gpu, cpu, ram]. */
  e: z.tuple([joules, joules, joules]),
  /** Per tracked GPU, in the start line's order: [joules, watts, utilisation % or null, raw counter mJ or null]. */
  g: z.array(z.tuple([z.number(), z.number(), z.number().nullable(), z.number().nullable()])).optional(),
  /** CPU seconds of the process tree so far. */
  cs: z.number().optional(),
  /** Resident memory of the process tree, bytes. */
  rss: z.number().optional(),
});
export type JournalSample = z.infer<typeof journalSample>;

/** A compute process seen on a GPU. */
export const journalProcess = z.object({
  t: z.literal('p'),
  i: z.number().int(),
  pid: z.number().int(),
  mem: z.number().nullable(),
});
export type JournalProcess = z.infer<typeof journalProcess>;

export const journalEnd = z.object({
  t: z.literal('end'),
  at: z.number(),
  exitCode: z.number().int().nullable(),
  signal: z.string().nullable(),
});
export type JournalEnd = z.infer<typeof journalEnd>;

/** Written by the tracker's watchdog when the tracker died (SIGKILL) while its command was still running. */
export const journalOrphan = z.object({
  t: z.literal('orphan'),
  at: z.number(),
  /** The command's process id. */
  pid: z.number().int(),
});
export type JournalOrphan = z.infer<typeof journalOrphan>;

/** Written by the watchdog when the orphaned command has ended (its exit status cannot be known). */
export const journalGone = z.object({ t: z.literal('gone'), at: z.number() });
export type JournalGone = z.infer<typeof journalGone>;

export const journalLine = z.discriminatedUnion('t', [journalStart, journalSample, journalProcess, journalEnd, journalOrphan, journalGone]);
export type JournalLine = z.infer<typeof journalLine>;

/** A journal's lines, and the lines that were not kept with the reason (1-based line numbers). */
export interface ParsedJournal {
  lines: JournalLine[];
  skipped: { line: number; why: string }[];
}

/**
 * Parses a journal's text, keeping every valid line. A torn last line (the tracker died mid-write) is dropped
 * silently; any other line that is not valid JSON or not a journal line (negative or absurd energy) is reported.
 */
export function parseJournalText(text: string): ParsedJournal {
  const lines: JournalLine[] = [];
  const skipped: ParsedJournal['skipped'] = [];
  const raws = text.split('\n');
  raws.forEach((raw, i) => {
    if (!raw) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      if (i < raws.length - 1 && raws.slice(i + 1).some(Boolean)) skipped.push({ line: i + 1, why: 'not JSON' });
      return;
    }
    const parsed = journalLine.safeParse(value);
    if (parsed.success) lines.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      skipped.push({ line: i + 1, why: issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'not a journal line' });
    }
  });
  return { lines, skipped };
}

/** Parses a journal's text; lines that are not journal lines are skipped (parseJournalText says which and why). */
export function parseJournal(text: string): JournalLine[] {
  return parseJournalText(text).lines;
}
