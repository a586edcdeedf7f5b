/** Number formatting shared by the reports, the CLI and the web app. */

/** A number with `digits` significant digits, without exponent notation or trailing zeros ("15", "0.0123", "1,234"). */
export function sig(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const p = Number(n.toPrecision(digits));
  const abs = Math.abs(p);
  const decimals = abs >= 10 ** (digits - 1) ? 0 : Math.min(12, digits - 1 - Math.floor(Math.log10(abs)));
  let text = p.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (abs >= 10000) {
    const [int, frac] = text.split('.');
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return text;
}

/** A mass of CO2eq given in kg, in the unit that reads best: g, kg or t. */
export function formatMass(kg: number, digits = 3): string {
  const abs = Math.abs(kg);
  if (abs > 0 && abs < 1e-3) return `${sig(kg * 1e6, digits)} mg`;
  if (abs > 0 && abs < 1) return `${sig(kg * 1000, digits)} g`;
  if (abs >= 10000) return `${sig(kg / 1000, digits)} t`;
  return `${sig(kg, digits)} kg`;
}

/** Energy given in kWh, as Wh, kWh or MWh. */
export function formatEnergy(kwh: number, digits = 3): string {
  const abs = Math.abs(kwh);
  if (abs > 0 && abs < 1e-3) return `${sig(kwh * 3.6e6, digits)} J`;
  if (abs > 0 && abs < 1) return `${sig(kwh * 1000, digits)} Wh`;
  if (abs >= 10000) return `${sig(kwh / 1000, digits)} MWh`;
  return `${sig(kwh, digits)} kWh`;
}

/** Hours as "100 h", "3 d 4 h" for long durations, or minutes/seconds for short ones. */
export function formatHours(h: number): string {
  if (h < 1 / 60) return `${sig(h * 3600)} s`;
  if (h < 1) return `${sig(h * 60)} min`;
  return `${sig(h, 4)} h`;
}
