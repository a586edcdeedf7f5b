/** The calculator's result: emissions with range (announced to screen readers), formula, sources, offsets, embodied, alternatives, equivalents. */
import type { Alternative, Estimate } from '@carbontrail/core';
import { formatEnergy, formatMass, formatMassRange, formatPercent, massUnit, provenanceLabel, sig } from '@carbontrail/core/format';
import { Source } from './source.tsx';

const ruleText: Record<string, string> = {
  explicit: 'the value you entered',
  'cloud-region': 'the cloud region',
  zone: 'the grid zone',
  country: 'the country',
  world: 'the world average (no location given)',
};

function RangeBar({ low, value, high }: { low: number; value: number; high: number }) {
  const max = high > 0 ? high * 1.1 : 1;
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100)).toFixed(2)}%`;
  return (
    <div class="range" aria-hidden="true">
      <div class="range-band" style={{ left: pct(low), width: `calc(${pct(high)} - ${pct(low)})` }} />
      <div class="range-mark" style={{ left: pct(value) }} />
    </div>
  );
}

/** The value of a device row in the sources table: its power (TDP, average or estimate) or the energy given. */
function deviceValue(d: Estimate['devices'][number]): string {
  if (d.provenance.method === 'measured' && d.row.powerBasis !== 'measured-average') return `${sig(d.energyKwh, 4)} kWh`;
  if (d.provenance.method === 'given') return `${sig(d.powerW)} W`;
  if (d.row.powerBasis === 'measured-average') return `${sig(d.tdpW)} W average`;
  if (d.row.powerBasis === 'estimate') return `${sig(d.tdpW)} W (estimate)`;
  return `${sig(d.tdpW)} W TDP`;
}

function altLabel(a: Alternative): string {
  const kind = a.kind === 'same-provider' ? 'Same provider' : a.kind === 'any-provider' ? 'Any provider' : 'Same country';
  const where = [a.providerName ?? a.provider, a.region ?? a.zone ?? a.country].filter(Boolean).join(' ');
  return `${kind}: ${where}`;
}

export interface ResultPanelProps {
  estimate: Estimate;
  /** Applies an alternative location to the inputs. */
  onUseAlternative?: (a: Alternative) => void;
}

/** The live headline; kept short because it is read out on every change. */
export function ResultHeadline({ estimate: e }: { estimate: Estimate }) {
  const u = massUnit(e.emissionsKg);
  return (
    <div class="headline" role="status" aria-live="polite" aria-atomic="true">
      <p class="big">
        <strong data-testid="emissions" data-kg={String(e.emissionsKg)}>
          {sig(e.emissionsKg / u.kg)}
        </strong>{' '}
        {u.unit} CO<sub>2</sub>eq
      </p>
      <p class="range-text" data-testid="emissions-range" data-low-kg={String(e.emissionsLowKg)} data-high-kg={String(e.emissionsHighKg)}>
        likely between {formatMassRange(e.emissionsLowKg, e.emissionsHighKg, e.emissionsKg).replace(' – ', ' and ')}, from{' '}
        <span data-testid="energy" data-kwh={String(e.facilityEnergyKwh)}>
          {formatEnergy(e.facilityEnergyKwh)}
        </span>{' '}
        of electricity at {sig(e.intensity.gPerKwh)} g CO<sub>2</sub>eq/kWh
      </p>
    </div>
  );
}

export function ResultDetails({ estimate: e, onUseAlternative }: ResultPanelProps) {
  const totalKg = e.totalKg;
  return (
    <div class="details">
      <RangeBar low={e.emissionsLowKg} value={e.emissionsKg} high={e.emissionsHighKg} />

      <h3>How it is computed</h3>
      <ol class="formula" data-testid="formula">
        {e.devices.map((d) => (
          <li key={d.id}>
            {d.provenance.method === 'measured' ? (
              <>
                {d.count} × {d.name}: measured <strong>{sig(d.energyKwh, 4)} kWh</strong>
              </>
            ) : (
              <>
                {d.name}: {d.count} × {sig(d.powerW)} W{d.load !== 1 ? ` (TDP ${sig(d.tdpW)} W × load ${sig(d.load)})` : ' (TDP)'} ×{' '}
                {sig(e.hours, 4)} h ÷ 1000 = <strong>{sig(d.energyKwh, 4)} kWh</strong>
              </>
            )}
          </li>
        ))}
        <li>
          {sig(e.energyKwh, 4)} kWh × PUE {sig(e.pue.value)} = <strong>{sig(e.facilityEnergyKwh, 4)} kWh</strong>
        </li>
        <li>
          {sig(e.facilityEnergyKwh, 4)} kWh × {sig(e.intensity.gPerKwh)} g CO<sub>2</sub>eq/kWh ÷ 1000 ={' '}
          <strong>{sig(e.emissionsKg, 4)} kg CO<sub>2</sub>eq</strong>
        </li>
      </ol>

      <h3>Where each input comes from</h3>
      <div class="table-wrap">
        <table class="sources" data-testid="provenance">
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Value</th>
              <th scope="col">How</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {e.devices.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.provenance.method === 'measured' && d.row.powerBasis !== 'measured-average' ? `Energy of ${d.name}` : `Power of ${d.name}`}</th>
                <td>{deviceValue(d)}</td>
                <td>
                  {provenanceLabel(d.provenance.method)}
                  {d.provenance.note ? <span class="muted">: {d.provenance.note}</span> : null}
                </td>
                <td>
                  <Source source={d.source} year={d.year} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">Carbon intensity</th>
              <td>
                {sig(e.intensity.gPerKwh)} g/kWh
                {e.intensity.high > e.intensity.low ? ` (range ${sig(e.intensity.low)}–${sig(e.intensity.high)})` : ''}
                {e.intensity.basis ? <span class="muted"> {e.intensity.basis}</span> : null}
              </td>
              <td data-testid="intensity-how">
                {provenanceLabel(e.intensity.provenance.method)}
                {e.intensity.rule !== 'explicit' ? `, for ${ruleText[e.intensity.rule] ?? e.intensity.rule}` : ''}
                {e.intensity.note && e.intensity.rule !== 'explicit' ? `; ${e.intensity.note}` : ''}
              </td>
              <td>
                <Source source={e.intensity.source} year={e.intensity.year} />
              </td>
            </tr>
            {e.intensity.providerFigure ? (
              <tr data-testid="provider-figure">
                <th scope="row">{e.intensity.providerFigure.providerName}'s own figure (beside, not used)</th>
                <td>
                  {sig(e.intensity.providerFigure.gPerKwh)} g/kWh ({e.intensity.providerFigure.year})
                </td>
                <td>{e.intensity.providerFigure.basis === 'direct' ? 'direct (operational) emissions only: another basis' : 'life-cycle, the provider\'s own method'}</td>
                <td>
                  <Source source={e.intensity.providerFigure.source} year={e.intensity.providerFigure.year} />
                </td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">PUE</th>
              <td>
                {sig(e.pue.value)}
                {e.pue.high > e.pue.low ? ` (range ${sig(e.pue.low)}–${sig(e.pue.high)})` : ''}
              </td>
              <td>{provenanceLabel(e.pue.provenance.method)}</td>
              <td>
                <Source source={e.pue.source} year={e.pue.year} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>Offsets and embodied emissions</h3>
      <ul class="facts">
        {e.location.region ? (
          <li data-testid="provider-offset">
            Offset share claimed by the provider: {formatPercent(e.providerOffsetPercent)} ({formatMass(e.providerOffsetKg)}). This is a
            market-based claim, shown beside the figure above and not subtracted from it.
          </li>
        ) : null}
        {e.userOffsetKg > 0 ? <li>Your own offsets: {formatMass(e.userOffsetKg)}, likewise not subtracted.</li> : null}
        <li data-testid="embodied">
          Embodied (manufacturing) emissions of the hardware, amortised over its lifetime for this job: {formatMass(e.embodiedKg)}
          {totalKg > 0 ? ` (${formatPercent((e.embodiedKg / totalKg) * 100)} of the total of ${formatMass(totalKg)})` : ''}.
        </li>
      </ul>

      {e.alternatives.length > 0 ? (
        <>
          <h3>Greener alternatives</h3>
          <ul class="alternatives" data-testid="alternatives">
            {e.alternatives.map((a) => (
              <li key={`${a.kind}-${a.provider ?? ''}-${a.region ?? a.zone ?? ''}`}>
                <span>
                  {altLabel(a)} at {sig(a.intensityGPerKwh)} g/kWh, PUE {sig(a.pue)}: <strong>{formatMass(a.emissionsKg)}</strong>
                  {a.savedKg > 0 ? `, saving ${formatMass(a.savedKg)} (${formatPercent((a.savedKg / e.emissionsKg) * 100)})` : ''}
                </span>
                {onUseAlternative && ((a.provider && a.region) || a.zone) ? (
                  <button type="button" class="small" onClick={() => onUseAlternative(a)}>
                    Use
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {e.equivalents.length > 0 ? (
        <>
          <h3>That is about as much CO2eq as</h3>
          <ul class="equivalents" data-testid="equivalents">
            {e.equivalents.map((q) => (
              <li key={q.id}>
                <strong>{sig(q.value)}</strong> {q.label}
              </li>
            ))}
          </ul>
          <details class="equivalent-sources">
            <summary>Sources of the equivalents</summary>
            <ul>
              {e.equivalents.map((q) => (
                <li key={q.id}>
                  {q.label}: <Source source={q.source} />
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : null}

      {e.notes.length > 0 ? (
        <>
          <h3>Notes</h3>
          <ul class="notes">
            {e.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
