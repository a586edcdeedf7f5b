/** The sampler: reads the sensors at a fixed interval, journals every sample, and builds the run record at the end. */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { arch, hostname, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { checkInput, priceEnergy, pueFor, resolveLocation, spreads, type LocationInput } from '@carbontrail/core';
import type { JournalSample, JournalStart, RunRecord } from '@carbontrail/core/schemas';
import { openSensors, type SensorOptions } from './open-sensors.ts';
import { readTree } from './proc-tree.ts';
import { createRecordBuilder, type PriceContext } from './record-builder.ts';
import { appendCsvRow, openJournalWriter, runPaths, writeRecord } from './run-files.ts';
import { codeCarbonRow } from '@carbontrail/core';

/** Seconds between polls of the compute processes on the tracked GPUs. */
export const GPU_PROCESS_POLL_S = 10;

/** Where a job ran, as `estimate` takes it (without a year: a run is priced with the year of each sample). */
export type RunLocationInput = Omit<LocationInput, 'year'>;

export interface TrackerOptions extends SensorOptions {
  /** Output folder: journals and records go to `<out>/runs/`, the CSV to `<out>/emissions.csv`. Default `.carbontrail`. */
  out?: string;
  /** Seconds between samples (core's inputRanges.interval; the journal is flushed at every sample). Default 1. */
  intervalS?: number;
  /** What is being measured, for the record: the command line, or a name for library use. */
  command?: string[];
  cwd?: string;
  location?: RunLocationInput;
  pue?: number;
  project?: string;
  jobId?: string;
  /** Node name for multi-node jobs; default the host name. */
  node?: string;
  /** Root of the process tree whose CPU time and memory are measured; default this process. */
  pid?: number;
  /** Called after every sample with the running totals. */
  onSample?: (live: LiveStatus) => void;
  /** Write the emissions.csv row (default true). */
  csv?: boolean;
  /**
   * Where the tracker says what it could not do (a file it cannot write, once per problem); default: stderr. What it
   * could not write at the end (the record, the CSV row) follows as JSON.
   */
  warn?: (message: string) => void;
}

/** Running totals, for the live status line. */
export interface LiveStatus {
  elapsedS: number;
  gpuW: number;
  cpuW: number;
  ramW: number;
  energyKwh: number;
  emissionsKg: number;
}

export interface EndInfo {
  exitCode: number | null;
  signal: string | null;
  /** CPU seconds of every reaped child of the tracker (exact total of the command's tree once it has exited). */
  reapedCpuSeconds?: number;
}

export interface Tracker {
  id: string;
  journalPath: string;
  recordPath: string;
  /**
   * Writes the journal's start line and starts sampling, measuring the process tree of `pid` (the command, once
   * spawned; default options.pid or this process). The counters' first readings were taken by createTracker.
   */
  begin(pid?: number): void;
  live(): LiveStatus;
  /** Takes a last sample, closes the journal, writes the record and the CSV row (never throws for a file it cannot write). */
  finish(end: EndInfo): RunRecord;
  /** Stops without recording (the command never started): closes and removes the journal. */
  abandon(): void;
}

/** The sensor options of a tracker's options: the sensors receive nothing else. */
function sensorOptions(o: TrackerOptions): SensorOptions {
  const { root, nvmlLib, ldLibraryPath, cudaVisibleDevices, gpuMethod, cpuTdpW, counterCheckpointS } = o;
  return { root, nvmlLib, ldLibraryPath, cudaVisibleDevices, gpuMethod, cpuTdpW, counterCheckpointS };
}

/** Prepares a tracker: resolves the place once, opens the sensors and takes their first readings; begin() starts sampling. */
export function createTracker(options: TrackerOptions = {}): Tracker {
  const intervalS = checkInput('interval', options.intervalS ?? 1);
  // Resolved once, before anything starts, so that a bad name fails fast; the live status and the record use it.
  const location = resolveLocation(options.location ?? {});
  const context: PriceContext = { location, pue: pueFor(location, options.pue) };
  const out = resolve(options.cwd ?? process.cwd(), options.out ?? '.carbontrail');
  const id = randomUUID();
  const paths = runPaths(out, id);
  const { journalPath, recordPath } = paths;
  const warn = options.warn ?? ((m: string) => process.stderr.write(`carbontrail: ${m}\n`));
  const root = options.root ?? '/';
  let pid = options.pid ?? process.pid;
  let treeActive = true;

  const sensors = openSensors(sensorOptions(options));
  const journal = openJournalWriter(paths, warn);
  const builder = createRecordBuilder();
  const host = hostname();
  const startMs = Date.now();
  let lastMono = performance.now();
  let treeCpu = 0;
  let countedCpu = 0;
  let lastRss = 0;
  let lastProcessPoll = -Infinity;
  const seenProcs = new Set<string>();
  let last: JournalSample | undefined;

  function sample(reapedCpuSeconds?: number, final = false) {
    const mono = performance.now();
    const d = (mono - lastMono) / 1000;
    lastMono = mono;
    let rss = lastRss;
    let cpuDelta = 0;
    if (treeActive) {
      const u = readTree(pid, root);
      rss = u.rssBytes;
      if (u.cpuSeconds >= treeCpu) cpuDelta = u.cpuSeconds - treeCpu;
      treeCpu = u.cpuSeconds; // a drop means a descendant left the tree unreaped (re-parented): rebase
    }
    if (reapedCpuSeconds !== undefined) cpuDelta += Math.max(0, reapedCpuSeconds - (countedCpu + cpuDelta));
    countedCpu += cpuDelta;
    const gpu = sensors.readGpus(d, final);
    let gJ = 0;
    for (const g of gpu) gJ += g[0];
    const cJ = sensors.readCpu(cpuDelta);
    const rJ = sensors.readRam((rss + lastRss) / 2, d);
    lastRss = rss;
    const line: JournalSample = { t: 's', at: Date.now(), d, e: [gJ, cJ, rJ], cs: Math.round(countedCpu * 1e6) / 1e6, rss };
    if (gpu.length) line.g = gpu;
    journal.append(line);
    builder.add(line);
    last = line;
    if (gpu.length && mono - lastProcessPoll >= GPU_PROCESS_POLL_S * 1000) {
      lastProcessPoll = mono;
      for (const p of sensors.gpuProcesses()) {
        const key = `${p.i}:${p.pid}`;
        if (seenProcs.has(key)) continue;
        seenProcs.add(key);
        const pl = { t: 'p' as const, ...p };
        journal.append(pl);
        builder.add(pl);
      }
    }
    options.onSample?.(live());
  }

  function live(): LiveStatus {
    const [g, c, r] = builder.joules;
    const kwh = (g + c + r) / 3.6e6;
    const d = last?.d ?? 0;
    const priced = priceEnergy([{ kwh, spread: spreads.exact, year: new Date().getUTCFullYear() }], context.location, context.pue);
    return {
      elapsedS: (Date.now() - startMs) / 1000,
      gpuW: last?.g ? last.g.reduce((sum, [, w]) => sum + w, 0) : d > 0 ? last!.e[0] / d : 0,
      cpuW: d > 0 ? last!.e[1] / d : 0,
      ramW: d > 0 ? last!.e[2] / d : 0,
      energyKwh: kwh,
      emissionsKg: priced.emissionsKg,
    };
  }

  let timer: ReturnType<typeof setInterval> | undefined;
  let finished: RunRecord | undefined;

  function begin(p?: number) {
    if (timer) return;
    if (p !== undefined) pid = p;
    const start: JournalStart = {
      t: 'start',
      v: 1,
      id,
      startedAt: new Date(startMs).toISOString(),
      at: startMs,
      command: options.command?.length ? options.command : [`node ${process.argv[1] ?? ''}`.trim()],
      cwd: options.cwd ?? process.cwd(),
      host: { hostname: host, os: `${platform() === 'linux' ? 'Linux' : platform()}-${release()}-${arch()}`, platform: platform(), arch: arch(), runtime: `node ${process.versions.node}` },
      node: options.node ?? host,
      jobId: options.jobId ?? null,
      project: options.project ?? null,
      intervalS,
      trackerPid: process.pid,
      location: (({ year: _y, ...rest }) => rest)(location.input),
      ...(options.pue !== undefined ? { pue: options.pue } : {}),
      gpus: sensors.gpus,
      cpu: sensors.cpu,
      ram: sensors.ram,
      notes: sensors.notes,
    };
    journal.append(start);
    builder.add(start);
    let sampleFailed = false;
    timer = setInterval(() => {
      // a sensor that fails once must not stop the sampler, nor leave the command unmeasured and alone
      try {
        sample();
      } catch (err) {
        if (!sampleFailed) warn(`a sample failed (${err instanceof Error ? err.message : String(err)}); sampling goes on`);
        sampleFailed = true;
      }
    }, Math.round(intervalS * 1000));
    timer.unref();
  }

  return {
    id,
    journalPath,
    recordPath,
    begin,
    live,
    finish(end) {
      if (finished) return finished;
      begin();
      clearInterval(timer);
      if (end.reapedCpuSeconds !== undefined) treeActive = false;
      sample(end.reapedCpuSeconds, true);
      const endLine = { t: 'end' as const, at: Date.now(), exitCode: end.exitCode, signal: end.signal };
      journal.append(endLine);
      builder.add(endLine);
      const journalWhole = journal.flush();
      journal.close();
      sensors.close();
      finished = builder.build(context);
      if (!journalWhole) finished.notes.push(`the journal ${journalPath} lacks the last ${journal.pending} line(s): the disk refused them`);
      const recordWritten = writeRecord(paths, finished, warn);
      const csvWritten = options.csv === false || appendCsvRow(paths, finished, warn);
      if (!recordWritten) warn(`the run record follows as JSON:\n${JSON.stringify(finished)}`);
      else if (!csvWritten) warn(`its emissions.csv row follows as JSON:\n${JSON.stringify(codeCarbonRow(finished))}`);
      return finished;
    },
    abandon() {
      clearInterval(timer);
      journal.close();
      sensors.close();
      try {
        rmSync(journalPath, { force: true });
      } catch {
        // nothing was written there
      }
    },
  };
}
