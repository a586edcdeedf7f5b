/** A multi-node job's totals: the runs that share a job id, summed per node without counting a node's time twice. */
import type { RunRecord } from '../schemas/run-record.ts';

export interface NodeTotals {
  node: string;
  runs: number;
  energyKwh: number;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
}

export interface JobTotals {
  nodes: NodeTotals[];
  /** The run ids counted, and those left out because they cover a node's time already counted. */
  counted: string[];
  skipped: string[];
  energyKwh: number;
  emissionsKg: number;
  emissionsLowKg: number;
  emissionsHighKg: number;
  embodiedKg: number;
  notes: string[];
}

const span = (r: RunRecord): [number, number] => {
  const start = Date.parse(r.startedAt);
  return [start, r.endedAt ? Date.parse(r.endedAt) : start + r.durationS * 1000];
};

/**
 * Sums a job's runs. Each node counts once for any stretch of time: a run of a node that overlaps a run of the same node
 * already counted (the same measurement twice, e.g. an interrupted record and its rebuilt copy) is left out, keeping the
 * one with more energy. Bounds add, as parts of one job (ADR 0004).
 */
export function sumJob(records: readonly RunRecord[]): JobTotals {
  const byNode = new Map<string, RunRecord[]>();
  for (const r of records) byNode.set(r.node, [...(byNode.get(r.node) ?? []), r]);
  const counted: RunRecord[] = [];
  const skipped: string[] = [];
  for (const runs of byNode.values()) {
    const kept: RunRecord[] = [];
    for (const r of [...runs].sort((a, b) => b.energy.totalKwh - a.energy.totalKwh)) {
      const [s, e] = span(r);
      if (kept.some((k) => { const [ks, ke] = span(k); return s < ke && ks < e; })) skipped.push(r.id);
      else kept.push(r);
    }
    counted.push(...kept);
  }
  const nodes = [...byNode.keys()].sort().map((node) => {
    const rs = counted.filter((r) => r.node === node);
    return {
      node, runs: rs.length,
      energyKwh: rs.reduce((x, r) => x + r.energy.totalKwh, 0),
      emissionsKg: rs.reduce((x, r) => x + r.emissionsKg, 0),
      emissionsLowKg: rs.reduce((x, r) => x + r.emissionsLowKg, 0),
      emissionsHighKg: rs.reduce((x, r) => x + r.emissionsHighKg, 0),
    };
  });
  const sum = (f: (n: NodeTotals) => number) => nodes.reduce((x, n) => x + f(n), 0);
  return {
    nodes,
    counted: counted.map((r) => r.id),
    skipped,
    energyKwh: sum((n) => n.energyKwh),
    emissionsKg: sum((n) => n.emissionsKg),
    emissionsLowKg: sum((n) => n.emissionsLowKg),
    emissionsHighKg: sum((n) => n.emissionsHighKg),
    embodiedKg: counted.reduce((x, r) => x + r.embodiedKg, 0),
    notes: skipped.length ? [`${skipped.length} run(s) left out: they cover time of a node already counted`] : [],
  };
}
