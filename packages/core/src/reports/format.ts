/** Number formatting shared by the reports, the CLI and the web app: significant digits, grouped thousands, one unit per range. */

/** A number with `digits` significant digits, grouped thousands, no exponent or trailing zeros ("15", "0.0123", "1,230"); "—" when not finite. */
export function sig(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  const p = Number(n.toPrecision(digits));
  const abs = Math.abs(p);
  const decimals = abs >= 10 ** (digits - 1) ? 0 : Math.min(12, digits - 1 - Math.floor(Math.log10(abs)));
  let text = p.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (abs >= 1000) {
    const [int, frac] = text.split('.');
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return text;
}

/** A unit of mass and how many kg one of it is. */
interface MassUnit {
  unit: 'mg' | 'g' | 'kg' | 't';
  kg: number;
}

/** The unit a mass of CO2eq reads best in: mg below 1 g, g below 1 kg, t from 10,000 kg. */
export function massUnit(kg: number): MassUnit {
  const abs = Math.abs(kg);
  if (abs > 0 && abs < 1e-3) return { unit: 'mg', kg: 1e-6 };
  if (abs > 0 && abs < 1) return { unit: 'g', kg: 1e-3 };
  if (abs >= 10000) return { unit: 't', kg: 1000 };
  return { unit: 'kg', kg: 1 };
}

/** A mass of CO2eq given in kg, in the unit that reads best (or the unit of `unitOf`, so that related figures share one). */
export function formatMass(kg: number, digits = 3, unitOf = kg): string {
  if (!Number.isFinite(kg)) return '—';
  const u = massUnit(unitOf);
  return `${sig(kg / u.kg, digits)} ${u.unit}`;
}

/** A range of masses in one unit, the unit of `ref` (the headline value): "767 – 1,760 kg". */
export function formatMassRange(lowKg: number, highKg: number, ref: number): string {
  const u = massUnit(ref);
  return `${sig(lowKg / u.kg)} – ${sig(highKg / u.kg)} ${u.unit}`;
}

/** Energy given in kWh, as J, Wh, kWh or MWh (or in the unit of `unitOf`). */
export function formatEnergy(kwh: number, digits = 3, unitOf = kwh): string {
  if (!Number.isFinite(kwh)) return '—';
  const abs = Math.abs(unitOf);
  if (abs > 0 && abs < 1e-3) return `${sig(kwh * 3.6e6, digits)} J`;
  if (abs > 0 && abs < 1) return `${sig(kwh * 1000, digits)} Wh`;
  if (abs >= 10000) return `${sig(kwh / 1000, digits)} MWh`;
  return `${sig(kwh, digits)} kWh`;
}

/** A percentage: "12.5 %". */
export function formatPercent(value: number, digits = 3): string {
  return `${sig(value, digits)} %`;
}

/** Hours as "100 h", or minutes or seconds for short durations. */
export function formatHours(h: number): string {
  if (h < 1 / 60) return `${sig(h * 3600)} s`;
  if (h < 1) return `${sig(h * 60)} min`;
  return `${sig(h, 4)} h`;
}

/** How each provenance method reads to a person, in every report and on the web. */
export const PROVENANCE_LABELS = {
  datasheet: 'datasheet',
  published: 'published data',
  measured: 'measured',
  estimated: 'estimated by carbontrail',
  given: 'given by you',
  default: 'stated default',
} as const;

/** How each energy method of a run reads to a person (the tracker's summary, `show`, the Dashboard). */
export const ENERGY_METHOD_LABELS: Record<string, string> = {
  counter: 'measured, energy counter',
  'power-integration': 'measured, power integrated',
  estimate: 'estimated',
  none: 'not measured',
};

/**
 * A CSV cell. With `spreadsheetSafe`, text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or a carriage return: a project, model or command name from anyone who can upload) is written with a leading
 * apostrophe, as OWASP's CSV-injection guidance advises; numbers are written as they are.
 */
export function csvCell(v: string | number, spreadsheetSafe = false): string {
  let s = String(v);
  if (spreadsheetSafe && typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The readable label of a provenance method ("given by you", "datasheet"). */
export function provenanceLabel(method: keyof typeof PROVENANCE_LABELS): string {
  return PROVENANCE_LABELS[method];
}
