/** A small SVG badge ("CO2eq | 12 kg") for a README. */
import { formatMass } from './format.ts';
import type { ReportInput } from './report-input.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An SVG badge of the emissions, shields-style, with a title naming the method. */
export function toBadgeSvg(r: ReportInput): string {
  const label = 'CO2eq';
  const value = formatMass(r.emissionsKg, 2);
  const cw = 6.5;
  const lw = Math.round(label.length * cw + 12);
  const vw = Math.round(value.length * cw + 12);
  const w = lw + vw;
  const title = esc(`${label}: ${value} (${r.method}, ${r.location})`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="#2e7d32"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${lw / 2}" y="14">${label}</text><text x="${lw + vw / 2}" y="14">${esc(value)}</text>
</g></svg>
`;
}
