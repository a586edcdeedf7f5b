/** Text views of runs: the live status line, the end-of-run summary, `runs` and `show`. */
import { compareWithTdp, ENERGY_METHOD_LABELS, formatEnergy, formatMass, formatMassRange, sig } from '@carbontrail/core';
import type { RunRecord } from '@carbontrail/core/schemas';
import type { LiveStatus } from './tracker.ts';

function clock(s: number): string {
  const t = Math.floor(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return `${h ? `${h}:` : ''}${String(m).padStart(h ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
}

/** "carbontrail 0:42 | GPU 312 W CPU 21 W RAM 3 W | 4.1 Wh | 1.9 g CO2eq" */
export function formatLive(l: LiveStatus): string {
  return `carbontrail ${clock(l.elapsedS)} | GPU ${sig(l.gpuW)} W CPU ${sig(l.cpuW)} W RAM ${sig(l.ramW)} W | ${formatEnergy(l.energyKwh)} | ${formatMass(l.emissionsKg)} CO2eq`;
}

function component(name: string, kwh: number, method: string, detail: string): string {
  const value = method === 'none' ? '—' : formatEnergy(kwh);
  return `  ${name.padEnd(4)} ${value.padStart(10)}  ${ENERGY_METHOD_LABELS[method] ?? method}${detail ? ` (${detail})` : ''}`;
}

/** A command line on one line: arguments with spaces quoted, line breaks and other control characters escaped. */
export function commandLine(command: readonly string[]): string {
  return command
    .map((a) => (/[\s"']/.test(a) || a === '' ? JSON.stringify(a) : a))
    .join(' ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** The multi-line description of a run (end-of-run summary and `show`). */
export function formatRun(r: RunRecord, options: { recordPath?: string; notes?: boolean } = {}): string {
  const exit = r.status === 'finished' ? `, exit ${r.exitCode}${r.signal ? ` (${r.signal})` : ''}` : '';
  const lines = [
    `run ${r.id} ${r.status} after ${sig(r.durationS)} s${exit}`,
    `  command: ${commandLine(r.command)}`,
    `  host ${r.host.hostname}${r.node !== r.host.hostname ? `, node ${r.node}` : ''}${r.jobId ? `, job ${r.jobId}` : ''}${r.project ? `, project ${r.project}` : ''}; started ${r.startedAt}`,
    'energy:',
    component('GPU', r.energy.gpuKwh, r.energy.methods.gpu, r.hardware.gpus.map((g) => `${g.index}: ${g.name}, mean ${sig(g.avgPowerW)} W`).join('; ') || 'no NVIDIA GPU tracked'),
    component('CPU', r.energy.cpuKwh, r.energy.methods.cpu, r.hardware.cpu.sensor === 'rapl' ? 'RAPL, whole machine' : `TDP ${sig(r.hardware.cpu.tdpW ?? 0)} W × CPU share; ${r.hardware.cpu.tdpSource ?? ''}`),
    component('RAM', r.energy.ramKwh, r.energy.methods.ram, r.hardware.ram.sensor === 'rapl-dram' ? 'RAPL DRAM, whole machine' : `${r.hardware.ram.wPerGb} W/GB of resident memory`),
    `  total ${formatEnergy(r.energy.totalKwh)} × PUE ${sig(r.pue.value)} (${r.pue.source}) = ${formatEnergy(r.energy.facilityKwh)}`,
    `emissions: ${formatMass(r.emissionsKg)} CO2eq (range ${formatMassRange(r.emissionsLowKg, r.emissionsHighKg, r.emissionsKg)})`,
    `  intensity ${sig(r.intensity.gPerKwh)} gCO2eq/kWh${r.intensity.basis ? ` ${r.intensity.basis}` : ''} (${r.intensity.rule}; ${r.intensity.source}${r.intensity.year ? `, ${r.intensity.year}` : ''})`,
    ...(r.intensity.note ? [`    ${r.intensity.note}`] : []),
    ...(r.intensity.providerFigure ? [`    beside it, ${r.intensity.providerFigure.providerName}'s own figure: ${sig(r.intensity.providerFigure.gPerKwh)} gCO2eq/kWh (${r.intensity.providerFigure.year}, ${r.intensity.providerFigure.basis} basis; not priced with)`] : []),
    `  embodied ${formatMass(r.embodiedKg)} CO2eq (${r.embodiedSources.length ? 'manufacturing, amortised over the run' : 'no embodied data for this hardware'})`,
  ];
  lines.push(...tdpLines(r));
  if (options.notes !== false && r.notes.length) lines.push('notes:', ...r.notes.map((n) => `  - ${n}`));
  if (options.recordPath) lines.push(`record: ${options.recordPath}`);
  return `${lines.join('\n')}\n`;
}

/** What the TDP method (a calculator's count × TDP × hours) says of the run, beside what was measured, per component. */
function tdpLines(r: RunRecord): string[] {
  const c = compareWithTdp(r);
  const rows = c.components
    .filter((x) => x.component !== 'ram' && !(x.component === 'gpu' && x.measuredKwh === 0 && x.method === 'none'))
    .map((x) => {
      const tdp = x.tdpKwh === null ? 'no TDP method figure' : `TDP method ${formatEnergy(x.tdpKwh)}`;
      const ratio = x.ratio === null ? `not compared: ${x.reason}` : `measured ÷ TDP ${sig(x.ratio, 2)}`;
      return `  ${x.component.toUpperCase().padEnd(4)} ${x.devices}: ${tdp}; ${ratio}`;
    });
  return ['the TDP method beside it (what a calculator would say, load 1):', ...rows, `  ${c.meaning}`];
}

/** The table of `carbontrail runs`, newest first. */
export function formatRunsTable(runs: RunRecord[]): string {
  if (runs.length === 0) return 'no runs recorded yet\n';
  const rows = runs.map((r) => [
    r.id.slice(0, 8),
    r.status,
    r.startedAt.slice(0, 19).replace('T', ' '),
    `${sig(r.durationS)} s`,
    formatEnergy(r.energy.totalKwh),
    formatMass(r.emissionsKg),
    r.exitCode === null ? '-' : String(r.exitCode),
    commandLine(r.command),
  ]);
  const head = ['ID', 'STATUS', 'STARTED (UTC)', 'DURATION', 'ENERGY', 'CO2EQ', 'EXIT', 'COMMAND'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return `${[fmt(head), ...rows.map(fmt)].join('\n')}\n`;
}
