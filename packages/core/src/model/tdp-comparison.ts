/**
 * What the TDP method (the original calculator's: count × TDP × hours, load 1) would have said of a measured run,
 * beside what was measured, per component: the ratio tells a calculator user how far a TDP estimate of such a job is
 * from what the hardware drew. The estimate is core's own estimate() for the run's devices and hours, priced with the
 * run's intensity and PUE, so that only the energy differs.
 */
import type { RunRecord } from '../schemas/run-record.ts';
import { builtinTables, type Tables } from '../tables.ts';
import { estimate } from './estimate.ts';
import { findHardware } from './hardware-lookup.ts';
import { isCoreError } from '../errors.ts';
import { sig } from '../reports/format.ts';
import type { EnergyMethod } from '../vocabulary.ts';

export type ComparedComponent = 'gpu' | 'cpu' | 'ram';

export interface ComponentComparison {
  component: ComparedComponent;
  /** The devices, as the table names them ("2 × NVIDIA A100 SXM4 40 GB"), or what the run detected. */
  devices: string;
  measuredKwh: number;
  /** How the run's figure was obtained (measured by a counter, integrated power, estimated). */
  method: EnergyMethod;
  /** The TDP method's energy (device energy, before PUE); null when it cannot say (reason given). */
  tdpKwh: number | null;
  /** TDP watts used per device, and the table row. */
  tdpW: number | null;
  row: string | null;
  /** measured ÷ TDP estimate; null when not comparable (not measured, no TDP, no time). */
  ratio: number | null;
  /** Why the component is not compared, when it is not. */
  reason?: string;
}

export interface TdpComparison {
  hours: number;
  components: ComponentComparison[];
  /** Over the components compared: measured and TDP energy, and their ratio. */
  measuredKwh: number;
  tdpKwh: number;
  ratio: number | null;
  /** The emissions the TDP method gives for the compared components, with the run's intensity and PUE. */
  tdpEmissionsKg: number;
  measuredEmissionsKg: number;
  /** One sentence for a calculator user. */
  meaning: string;
}

function tdpOf(name: string, hardwareId: string | undefined, tables: Tables, kind: 'gpu' | 'cpu'): { tdpW: number; row: string; name: string } | { reason: string } {
  // a GPU is looked up among the accelerators only, so that the ~3,000 CPU rows are not built for it
  const rows = kind === 'gpu' ? (tables.accelerators ?? tables.hardware) : tables.hardware;
  const byId = hardwareId ? rows.find((h) => h.id === hardwareId) : undefined;
  if (byId) return { tdpW: byId.tdpW, row: byId.id, name: byId.name };
  try {
    const h = findHardware(name, tables);
    return { tdpW: h.tdpW, row: h.id, name: h.name };
  } catch (err) {
    if (isCoreError(err)) return { reason: `"${name}" is not in the hardware table: no TDP to estimate with` };
    throw err;
  }
}

/** The TDP method's energy for `count` devices of `tdpW` over the run, through estimate() (load 1, no embodied). */
function tdpEnergyKwh(name: string, count: number, hours: number, tables: Tables): number {
  const e = estimate({ devices: [{ hardware: name, count, load: 1 }], hours, intensityGPerKwh: 100, pue: 1, embodied: false }, tables);
  return e.devices.reduce((s, d) => s + d.energyKwh, 0);
}

/** Methods whose figure is a measurement (a ratio to the TDP method means something only for these). */
const MEASURED: readonly EnergyMethod[] = ['counter', 'power-integration'];

/** The ratio of a component, or why there is none. */
function ratioOf(measuredKwh: number, tdpKwh: number, method: EnergyMethod): { ratio: number | null; reason?: string } {
  if (!MEASURED.includes(method)) return { ratio: null, reason: method === 'none' ? 'not measured' : 'estimated by the tracker, not measured' };
  if (!(tdpKwh > 0)) return { ratio: null, reason: 'the run lasted no time' };
  return { ratio: measuredKwh / tdpKwh };
}

const times = (r: number) => `×${sig(r >= 1 ? r : 1 / r, 2)}`;

/** The TDP method beside a measured run, component by component. */
export function compareWithTdp(run: RunRecord, tables: Tables = builtinTables): TdpComparison {
  const hours = run.durationS / 3600;
  const components: ComponentComparison[] = [];

  // GPUs: grouped by model, each group priced as the calculator would price "COUNT × MODEL"
  const groups = new Map<string, { name: string; hardwareId?: string; count: number; kwh: number; method: EnergyMethod }>();
  for (const g of run.hardware.gpus) {
    const key = g.hardwareId ?? g.name;
    const group = groups.get(key) ?? { name: g.name, ...(g.hardwareId ? { hardwareId: g.hardwareId } : {}), count: 0, kwh: 0, method: g.method };
    group.count++;
    group.kwh += g.energyKwh;
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const tdp = tdpOf(g.name, g.hardwareId, tables, 'gpu');
    if ('reason' in tdp) {
      components.push({ component: 'gpu', devices: `${g.count} × ${g.name}`, measuredKwh: g.kwh, method: g.method, tdpKwh: null, tdpW: null, row: null, ratio: null, reason: tdp.reason });
      continue;
    }
    const tdpKwh = hours > 0 ? tdpEnergyKwh(tdp.row, g.count, hours, tables) : 0;
    components.push({ component: 'gpu', devices: `${g.count} × ${tdp.name}`, measuredKwh: g.kwh, method: g.method, tdpKwh, tdpW: tdp.tdpW, row: tdp.row, ...ratioOf(g.kwh, tdpKwh, g.method) });
  }

  // CPU: the calculator prices whole sockets at TDP; the tracker counts the command's share (or RAPL's whole package)
  const cpu = run.hardware.cpu;
  // a CPU the tracker estimated has no ratio to give: it is not looked up (the CPU rows cost the tracker memory at its end)
  const cpuTdp = MEASURED.includes(cpu.method) ? tdpOf(cpu.model, cpu.hardwareId, tables, 'cpu') : { reason: ratioOf(0, 0, cpu.method).reason! };
  if ('reason' in cpuTdp) {
    components.push({ component: 'cpu', devices: `${cpu.sockets} × ${cpu.model}`, measuredKwh: cpu.energyKwh, method: cpu.method, tdpKwh: null, tdpW: null, row: null, ratio: null, reason: cpuTdp.reason });
  } else {
    const tdpKwh = hours > 0 ? tdpEnergyKwh(cpuTdp.row, cpu.sockets, hours, tables) : 0;
    components.push({
      component: 'cpu', devices: `${cpu.sockets} × ${cpuTdp.name}`, measuredKwh: cpu.energyKwh, method: cpu.method, tdpKwh, tdpW: cpuTdp.tdpW, row: cpuTdp.row,
      ...ratioOf(cpu.energyKwh, tdpKwh, cpu.method),
    });
  }

  components.push({
    component: 'ram', devices: `${sig(run.hardware.ram.totalGb)} GB`, measuredKwh: run.hardware.ram.energyKwh, method: run.hardware.ram.method,
    tdpKwh: null, tdpW: null, row: null, ratio: null, reason: 'the TDP method counts no memory',
  });

  const compared = components.filter((c) => c.ratio !== null);
  // the TDP method's figure may exist for a component that was not measured: it is shown, but not in the totals
  const measuredKwh = compared.reduce((s, c) => s + c.measuredKwh, 0);
  const tdpKwh = compared.reduce((s, c) => s + (c.tdpKwh ?? 0), 0);
  const ratio = tdpKwh > 0 ? measuredKwh / tdpKwh : null;
  const kgPerKwh = (run.pue.value * run.intensity.gPerKwh) / 1000;
  const parts = compared.map((c) => c.component.toUpperCase()).join(' and ');
  const meaning =
    ratio === null
      ? 'No component of this run was both measured and known to the hardware table: nothing to compare with the TDP method.'
      : Math.abs(ratio - 1) < 0.05
        ? `The TDP method would have been within 5 % of what this run's ${parts} drew.`
        : ratio < 1
          ? `A calculator using TDP would have over-estimated this run's ${parts} energy and emissions ${times(ratio)} (it drew ${sig(ratio * 100, 2)} % of TDP on average).`
          : `A calculator using TDP would have under-estimated this run's ${parts} energy and emissions ${times(ratio)}: it drew more than the TDP.`;
  return { hours, components, measuredKwh, tdpKwh, ratio, tdpEmissionsKg: tdpKwh * kgPerKwh, measuredEmissionsKg: measuredKwh * kgPerKwh, meaning };
}
