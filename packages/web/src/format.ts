/** Number formatting for the pages: three significant digits, grouped thousands, never NaN. */

const sig3 = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** "15", "0.123", "1,230": three significant digits below 1000, whole numbers above. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1000) return int.format(value);
  if (value === 0) return '0';
  return sig3.format(value);
}

/** A mass in kg CO2eq, switching to tonnes from 1,000 kg and to grams below 1 kg. */
export function mass(kg: number): string {
  if (!Number.isFinite(kg)) return '—';
  if (Math.abs(kg) >= 1000) return `${num(kg / 1000)} t`;
  if (kg !== 0 && Math.abs(kg) < 1) return `${num(kg * 1000)} g`;
  return `${num(kg)} kg`;
}

/** Energy in kWh, or MWh from 1,000 kWh. */
export function energy(kwh: number): string {
  if (!Number.isFinite(kwh)) return '—';
  if (Math.abs(kwh) >= 1000) return `${num(kwh / 1000)} MWh`;
  return `${num(kwh)} kWh`;
}

/** A percentage with up to three significant digits. */
export function percent(value: number): string {
  return `${num(value)} %`;
}
