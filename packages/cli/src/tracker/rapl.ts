/** CPU package and DRAM energy from RAPL counters in /sys/class/powercap, with counter wrap-around. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Probe } from './sensor.ts';
import { errorCode, listDir, readSmall, readText, underRoot } from './sys-files.ts';

export interface RaplDomain {
  /** "package-0", "dram". */
  name: string;
  kind: 'package' | 'dram';
  energyPath: string;
  maxRangeUj: number;
}

export interface RaplProbe {
  package: Probe;
  dram: Probe;
  domains: RaplDomain[];
}

const POWERCAP = '/sys/class/powercap';

/** Finds the package domains (intel-rapl:N) and their DRAM subdomains, and checks that energy_uj can be read. */
export function probeRapl(root = '/'): RaplProbe {
  const base = underRoot(root, POWERCAP);
  const entries = listDir(base);
  if (entries.length === 0) {
    const why = `no ${POWERCAP} (no RAPL on this machine or kernel, or not exposed in this container)`;
    return { package: { usable: false, reason: why }, dram: { usable: false, reason: why }, domains: [] };
  }
  const domains: RaplDomain[] = [];
  for (const top of entries.filter((e) => /^intel-rapl:\d+$/.test(e)).sort()) {
    const dir = join(base, top);
    const name = (readText(join(dir, 'name')) ?? top).trim();
    if (name.startsWith('package')) domains.push(domain(dir, name, 'package'));
    for (const sub of listDir(dir).filter((e) => e.startsWith(`${top}:`)).sort()) {
      const subName = (readText(join(dir, sub, 'name')) ?? '').trim();
      if (subName === 'dram') domains.push(domain(join(dir, sub), subName, 'dram'));
    }
  }
  const packages = domains.filter((d) => d.kind === 'package');
  const drams = domains.filter((d) => d.kind === 'dram');
  const check = (list: RaplDomain[], what: string): Probe => {
    if (list.length === 0) return { usable: false, reason: `no RAPL ${what} domain under ${POWERCAP}` };
    for (const d of list) {
      try {
        readFileSync(d.energyPath, 'latin1');
      } catch (err) {
        const code = errorCode(err);
        const hint = code === 'EACCES' ? ' (readable by root only on this kernel; run as root or `chmod a+r` it)' : '';
        return { usable: false, reason: `cannot read ${d.energyPath}: ${code}${hint}` };
      }
      if (!(d.maxRangeUj > 0)) return { usable: false, reason: `no max_energy_range_uj beside ${d.energyPath}` };
    }
    return { usable: true, reason: `${list.length} ${what} domain${list.length > 1 ? 's' : ''} (${list.map((d) => d.name).join(', ')})` };
  };
  const pkg = check(packages, 'package');
  const dram = check(drams, 'DRAM');
  return { package: pkg, dram, domains: domains.filter((d) => (d.kind === 'package' ? pkg.usable : dram.usable)) };
}

function domain(dir: string, name: string, kind: RaplDomain['kind']): RaplDomain {
  let maxRangeUj = 0;
  try {
    maxRangeUj = Number((readText(join(dir, 'max_energy_range_uj')) ?? '0').trim());
  } catch {
    maxRangeUj = 0;
  }
  return { name, kind, energyPath: join(dir, 'energy_uj'), maxRangeUj };
}

/** Energy between two readings of a counter that wraps to 0 after `maxRangeUj`, in µJ. */
export function counterDelta(previous: number, current: number, maxRangeUj: number): number {
  return current >= previous ? current - previous : current + maxRangeUj - previous;
}

/** A meter over RAPL domains of one kind: each read() returns the joules since the previous read. */
export function createRaplMeter(domains: RaplDomain[]) {
  const last = domains.map((d) => readUj(d));
  return {
    read(): number {
      let uj = 0;
      domains.forEach((d, i) => {
        const now = readUj(d);
        uj += counterDelta(last[i]!, now, d.maxRangeUj);
        last[i] = now;
      });
      return uj / 1e6;
    },
  };
}

function readUj(d: RaplDomain): number {
  return Number(readSmall(d.energyPath).trim());
}
