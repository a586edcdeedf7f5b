/** The schema of the run journal's lines, and the reader that parses a journal file with it. */
import { readFileSync } from 'node:fs';
import * as z from 'zod';

const energyMethod = z.enum(['counter', 'power-integration', 'estimate', 'none']);

export const journalStart = z.object({
  t: z.literal('start'),
  v: z.literal(1),
  id: z.string(),
  startedAt: z.string(),
  /** Epoch milliseconds of the first reading. */
  at: z.number(),
  command: z.array(z.string()).min(1),
  cwd: z.string(),
  host: z.object({ hostname: z.string(), os: z.string(), platform: z.string(), arch: z.string(), runtime: z.string() }),
  node: z.string(),
  jobId: z.string().nullable(),
  project: z.string().nullable(),
  intervalS: z.number().positive(),
  trackerPid: z.number().int(),
  location: z.object({
    provider: z.string().optional(),
    region: z.string().optional(),
    country: z.string().optional(),
    zone: z.string().optional(),
    intensityGPerKwh: z.number().optional(),
  }),
  pue: z.number().optional(),
  gpus: z.array(z.object({ index: z.number().int(), name: z.string(), uuid: z.string(), method: energyMethod })),
  cpu: z.object({
    model: z.string(),
    sockets: z.number().int().positive(),
    logicalCores: z.number().int().positive(),
    sensor: z.enum(['rapl', 'tdp-cpu-share', 'none']),
    method: energyMethod,
    tdpW: z.number().positive().nullable(),
    tdpSource: z.string().nullable(),
  }),
  ram: z.object({
    totalGb: z.number().min(0),
    sensor: z.enum(['rapl-dram', 'rss-model', 'none']),
    method: energyMethod,
    wPerGb: z.number().positive().optional(),
    source: z.string(),
  }),
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

export const journalEnd = z.object({
  t: z.literal('end'),
  at: z.number(),
  exitCode: z.number().int().nullable(),
  signal: z.string().nullable(),
});

export const journalLine = z.discriminatedUnion('t', [journalStart, journalSample, journalProcess, journalEnd]);
export type JournalLine = z.infer<typeof journalLine>;

/** Reads a journal; a torn last line (the tracker died mid-write) and unknown lines are skipped. */
export function readJournal(path: string): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const text of readFileSync(path, 'utf8').split('\n')) {
    if (!text) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = journalLine.safeParse(value);
    if (parsed.success) lines.push(parsed.data);
  }
  return lines;
}
