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

/** One sample: energy since the previous one, by component and per GPU. */
export const journalSample = z.object({
  t: z.literal('s'),
  /** Epoch milliseconds of the reading. */
  at: z.number(),
  /** Seconds since the previous reading (monotonic clock). */
  d: z.number().min(0),
  /** Joules since the previous reading: [gpu, cpu, ram]. */
  e: z.tuple([z.number(), z.number(), z.number()]),
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

export const journalLine = z.discriminatedUnion('t', [journalStart, journalSample, journalProcess, journalEnd]);
export type JournalLine = z.infer<typeof journalLine>;

/** Parses a journal's text; a torn last line (the tracker died mid-write) and lines that are not journal lines are skipped. */
export function parseJournal(text: string): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue;
    }
    const parsed = journalLine.safeParse(value);
    if (parsed.success) lines.push(parsed.data);
  }
  return lines;
}
