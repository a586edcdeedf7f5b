/** CPU time and resident memory of a process and all its descendants, from /proc/<pid>/stat. */
import { readText, listDir, underRoot } from './sys-files.ts';

/** Linux reports CPU times in USER_HZ clock ticks, 100 per second on every mainstream architecture. */
const TICKS_PER_S = 100;
/** Page size used to turn /proc/<pid>/stat's rss (pages) into bytes. */
const PAGE_BYTES = 4096;

export interface TreeUsage {
  /** User + system CPU seconds of the live tree, plus the reaped children each live process has waited for. */
  cpuSeconds: number;
  rssBytes: number;
  pids: number[];
}

interface StatFields {
  ppid: number;
  ticks: number;
  rssPages: number;
}

/** Parses /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so split after the last ')'. */
export function parseStat(text: string): StatFields | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const f = text.slice(close + 2).split(' ');
  // f[0] is field 3 (state); field n is f[n - 3].
  const num = (n: number) => Number(f[n - 3] ?? 0);
  return { ppid: num(4), ticks: num(14) + num(15) + num(16) + num(17), rssPages: num(24) };
}

/** The CPU seconds of every child this process has reaped (cutime + cstime of /proc/<pid>/stat). */
export function reapedChildrenSeconds(pid: number, root = '/'): number {
  const text = readText(underRoot(root, `/proc/${pid}/stat`));
  if (!text) return 0;
  const close = text.lastIndexOf(')');
  const f = text.slice(close + 2).split(' ');
  return (Number(f[16 - 3] ?? 0) + Number(f[17 - 3] ?? 0)) / TICKS_PER_S;
}

/**
 * Reads the usage of the tree rooted at `pid`. Children are found through /proc/<pid>/task/<tid>/children
 * (one small read per thread); where the kernel lacks that file, through one scan of /proc.
 */
export function readTree(pid: number, root = '/'): TreeUsage {
  let ticks = 0;
  let rssPages = 0;
  const pids: number[] = [];
  const stack = [pid];
  let scan: Map<number, number[]> | undefined;
  while (stack.length) {
    const p = stack.pop()!;
    let text: string | undefined;
    try {
      text = readText(underRoot(root, `/proc/${p}/stat`));
    } catch {
      text = undefined;
    }
    const st = text ? parseStat(text) : undefined;
    if (!st) continue;
    pids.push(p);
    ticks += st.ticks;
    rssPages += st.rssPages;
    const tasks = listDir(underRoot(root, `/proc/${p}/task`));
    let found = false;
    for (const tid of tasks) {
      const children = readText(underRoot(root, `/proc/${p}/task/${tid}/children`));
      if (children === undefined) continue;
      found = true;
      for (const c of children.split(' ')) if (c.trim()) stack.push(Number(c));
    }
    if (!found && tasks.length) {
      scan ??= scanParents(root);
      for (const c of scan.get(p) ?? []) stack.push(c);
    }
  }
  return { cpuSeconds: ticks / TICKS_PER_S, rssBytes: rssPages * PAGE_BYTES, pids };
}

function scanParents(root: string): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of listDir(underRoot(root, '/proc'))) {
    if (!/^\d+$/.test(name)) continue;
    let text: string | undefined;
    try {
      text = readText(underRoot(root, `/proc/${name}/stat`));
    } catch {
      continue;
    }
    const st = text ? parseStat(text) : undefined;
    if (!st) continue;
    const list = byParent.get(st.ppid);
    if (list) list.push(Number(name));
    else byParent.set(st.ppid, [Number(name)]);
  }
  return byParent;
}
