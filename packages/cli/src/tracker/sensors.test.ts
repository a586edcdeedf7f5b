// Sensors against fixture trees: RAPL wrap-around and unreadable counters, the /proc process tree, the machine info.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterDelta, createRaplMeter, probeRapl } from './rapl.ts';
import { readTree } from './proc-tree.ts';
import { readMachineInfo } from './machine-info.ts';
import { readText } from './sys-files.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

function raplTree(): { root: string; pkg: string; dram: string } {
  const root = mkdtempSync(join(tmpdir(), 'ct-rapl-'));
  const pkg = join(root, 'sys/class/powercap/intel-rapl:0');
  const dram = join(pkg, 'intel-rapl:0:0');
  mkdirSync(dram, { recursive: true });
  writeFileSync(join(pkg, 'name'), 'package-0\n');
  writeFileSync(join(pkg, 'max_energy_range_uj'), '262143328850\n');
  writeFileSync(join(pkg, 'energy_uj'), '262143000000\n');
  writeFileSync(join(dram, 'name'), 'dram\n');
  writeFileSync(join(dram, 'max_energy_range_uj'), '65712999613\n');
  writeFileSync(join(dram, 'energy_uj'), '1000000\n');
  return { root, pkg, dram };
}

test('RAPL: package and DRAM domains are found, and a counter that wraps past max_energy_range_uj is unwrapped', () => {
  const { root, pkg, dram } = raplTree();
  const probe = probeRapl(root);
  assert.equal(probe.package.usable, true, probe.package.reason);
  assert.equal(probe.dram.usable, true, probe.dram.reason);
  const pkgMeter = createRaplMeter(probe.domains.filter((d) => d.kind === 'package'));
  const dramMeter = createRaplMeter(probe.domains.filter((d) => d.kind === 'dram'));
  // The package counter goes from 262143000000 past its maximum 262143328850 to 671150 µJ: 1 J in all.
  writeFileSync(join(pkg, 'energy_uj'), '671150\n');
  writeFileSync(join(dram, 'energy_uj'), '3500000\n');
  assert.equal(pkgMeter.read(), 1);
  assert.equal(dramMeter.read(), 2.5);
  writeFileSync(join(pkg, 'energy_uj'), '2671150\n');
  assert.equal(pkgMeter.read(), 2);
  assert.equal(counterDelta(10, 4, 20), 14);
});

test('RAPL: no powercap folder, and an unreadable energy_uj, are reported with the reason', () => {
  const empty = mkdtempSync(join(tmpdir(), 'ct-norapl-'));
  const none = probeRapl(empty);
  assert.equal(none.package.usable, false);
  assert.match(none.package.reason, /no \/sys\/class\/powercap/);
  const { root, pkg } = raplTree();
  chmodSync(join(pkg, 'energy_uj'), 0o000);
  const probe = probeRapl(root);
  if (process.getuid?.() === 0) {
    // root reads mode-000 files, so the kernel's root-only case cannot be reproduced here; the probe still passes.
    assert.equal(probe.package.usable, true);
  } else {
    assert.equal(probe.package.usable, false);
    assert.match(probe.package.reason, /EACCES.*root/);
  }
});

test('process tree: CPU ticks (with reaped children) and RSS of every descendant, found through task/*/children', () => {
  const root = join(fixtures, 'proc-tree');
  const u = readTree(100, root);
  assert.deepEqual(u.pids.sort(), [100, 101, 103]);
  // 100: 250 + 50 + 30 + 20 ticks; 101 (command name with ") "): 100; 103: 40 + 10 → 500 ticks = 5 s.
  assert.equal(u.cpuSeconds, 5);
  assert.equal(u.rssBytes, (2560 + 512 + 1024) * 4096);
});

test('machine info: model, sockets, logical CPUs and memory from /proc', () => {
  const m = readMachineInfo(join(fixtures, 'proc-tree'));
  assert.deepEqual(m, { cpuModel: 'Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz', sockets: 2, logicalCores: 2, ramTotalGb: 16384000 / 1024 ** 2 });
});

test('/proc files are read whole, past the page-sized short reads the kernel answers with', (t) => {
  // /proc/cpuinfo of a machine with many CPUs is larger than one read; /proc/kallsyms is always (megabytes)
  const path = existsSync('/proc/kallsyms') ? '/proc/kallsyms' : '/proc/self/smaps';
  if (!existsSync(path)) {
    if (process.env.CI === 'true') assert.fail(`no ${path} to read`);
    return t.skip(`no ${path} here`);
  }
  const whole = readFileSync(path, 'latin1');
  assert.ok(whole.length > 8192, `${path} is only ${whole.length} bytes`);
  assert.equal(readText(path)?.length, whole.length);
  const info = readMachineInfo('/');
  assert.equal(info.logicalCores, readFileSync('/proc/cpuinfo', 'latin1').split('\n').filter((l) => /^processor\s*:/.test(l)).length);
});
