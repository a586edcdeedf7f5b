/** The `co2_eq_emissions` block of a Hugging Face model card's YAML metadata. */
import type { ReportInput } from './report-input.ts';

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** YAML for a model card: emissions in grams, source, training type, location and hardware. */
export function toModelCard(r: ReportInput): string {
  const grams = Math.round(r.emissionsKg * 1000 * 100) / 100;
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
