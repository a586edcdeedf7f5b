/** A run as it is uploaded: its record and the samples of its journal (time, interval and joules by component). */
import { readFileSync } from 'node:fs';
import type { RunRecord } from '@carbontrail/core/schemas';
import type { UploadRun, UploadSample } from './client.ts';

const joules = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1e12;

/**
 * The samples of a journal's text, as the hub takes them. Read without a schema library (this is on the path of
 * `carbontrail run`): lines that are not samples, or whose figures the hub would refuse, are left out.
 */
export function journalSamples(text: string): UploadSample[] {
  const out: UploadSample[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{"t":"s"')) continue;
    let v: { at?: unknown; d?: unknown; e?: unknown };
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    const { at, d, e } = v;
    if (typeof at !== 'number' || !(at >= 0) || typeof d !== 'number' || !(d >= 0 && d <= 86_400)) continue;
    if (!Array.isArray(e) || e.length !== 3) continue;
    const [g, c, r] = e as unknown[];
    if (!joules(g) || !joules(c) || !joules(r)) continue;
    out.push({ at, d, e: [g, c, r] });
  }
  return out;
}

/** The run to upload: the record with its journal's samples; without them when the journal cannot be read. */
export function uploadRunOf(record: RunRecord, journalPath: string): UploadRun {
  let text: string;
  try {
    text = readFileSync(journalPath, 'utf8');
  } catch {
    return record;
  }
  return { ...record, samples: journalSamples(text) };
}
