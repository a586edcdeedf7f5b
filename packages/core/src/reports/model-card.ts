/** The `co2_eq_emissions` block of a Hugging Face model card's YAML metadata. */
import type { ReportInput } from './report-input.ts';

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** YAML for a model card: emissions in grams, source, training type, location and hardware. */
export function toModelCard(r: ReportInput): string {
  // grams to 0.01 g, and below 1 g with 3 significant digits, so that a small run keeps its figure (1.97 mg is 0.00197, never 0)
  const g = r.emissionsKg * 1000;
  const grams = g >= 1 ? Math.round(g * 100) / 100 : Number(g.toPrecision(3));
  const hw = r.devices.map((d) => `${d.count} x ${d.name}`).join(', ');
  return [
    'co2_eq_emissions:',
    `  emissions: ${grams}`,
    `  source: ${yamlString(r.tool)}`,
    `  training_type: ${yamlString(r.trainingType ?? 'pre-training')}`,
    `  geographical_location: ${yamlString(r.location)}`,
    `  hardware_used: ${yamlString(hw)}`,
    '',
  ].join('\n');
}
