/** The power timeline of a run: samples merged into time buckets that widen as the run grows, so it stays small. */
import type { TimelinePoint } from './schemas/run-record.ts';

interface Bucket {
  /** Seconds since the start at the end of the bucket. */
  t: number;
  /** Seconds covered. */
  d: number;
  /** Joules by component: gpu, cpu, ram. */
  g: number;
  c: number;
  r: number;
}

/** A timeline builder: add() each sample; points() gives mean power per bucket. Buckets are in seconds, never in samples. */
export interface Timeline {
  add(tS: number, dS: number, joules: readonly [number, number, number]): void;
  points(): TimelinePoint[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * At most `maxPoints` points: samples are merged into buckets of `bucketS` seconds (1 s to start); when the limit is
 * reached, neighbouring points merge in pairs and the bucket width doubles, whatever the sampling interval.
 */
export function createTimeline(options: { maxPoints?: number; bucketS?: number } = {}): Timeline {
  const maxPoints = options.maxPoints ?? 720;
  let bucketS = options.bucketS ?? 1;
  let points: Bucket[] = [];
  let pending: Bucket | undefined;
  return {
    add(tS, dS, [g, c, r]) {
      if (!pending) pending = { t: tS, d: dS, g, c, r };
      else {
        pending.t = tS;
        pending.d += dS;
        pending.g += g;
        pending.c += c;
        pending.r += r;
      }
      if (pending.d + 1e-9 < bucketS) return;
      points.push(pending);
      pending = undefined;
      if (points.length >= maxPoints) {
        const merged: Bucket[] = [];
        for (let i = 0; i < points.length; i += 2) {
          const a = points[i]!;
          const b = points[i + 1];
          merged.push(b ? { t: b.t, d: a.d + b.d, g: a.g + b.g, c: a.c + b.c, r: a.r + b.r } : a);
        }
        points = merged;
        bucketS *= 2;
      }
    },
    points() {
      return [...points, ...(pending ? [pending] : [])].map((p) => ({
        t: round3(p.t),
        gpuW: p.d > 0 ? round3(p.g / p.d) : 0,
        cpuW: p.d > 0 ? round3(p.c / p.d) : 0,
        ramW: p.d > 0 ? round3(p.r / p.d) : 0,
      }));
    },
  };
}
