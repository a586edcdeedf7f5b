/** Methodology: the formulas, the units, the order in which intensity is resolved, and the defaults with their sources. */
import { Source } from '../components/source.tsx';
import { useCore } from '../core.ts';
import { sig } from '@carbontrail/core/format';

export function MethodologyPage() {
  const { core, error } = useCore();
  return (
    <article class="prose">
      <h1>Methodology</h1>
      <p class="lead">
        How carbontrail turns hardware, time and place into kilograms of CO2eq. The web page and <code>carbontrail estimate</code> run
        the same code, so they always agree.
      </p>

      <h2>Formulas</h2>
      <ol>
        <li>
          Device energy of each group: <code>energyKwh = count × powerW × hours × load ÷ 1000</code>, with <code>powerW</code> the
          device's thermal design power (TDP) and <code>load</code> 1 by default (the TDP method of the original calculator). A
          measured run replaces <code>powerW × hours × load</code> by the measured energy.
        </li>
        <li>
          Facility energy: <code>facilityEnergyKwh = energyKwh × pue</code>.
        </li>
        <li>
          Operational emissions: <code>emissionsKg = facilityEnergyKwh × intensityGPerKwh ÷ 1000</code>.
        </li>
        <li>
          Embodied share: <code>embodiedKg = deviceEmbodiedKg × hours ÷ lifetimeHours</code> per device, by device class.
        </li>
        <li>
          Offsets: the provider's claimed share and your own, in kg, reported beside the location-based figure and never subtracted
          from it.
        </li>
      </ol>
      <p>
        Example from the seed paper: a 300 W device for 100 hours on a 500 g/kWh grid with PUE 1 uses 30 kWh and emits 15 kg CO2eq.
      </p>

      <h2>Units</h2>
      <ul>
        <li>Power in watts (W); energy in kilowatt-hours (kWh); time in hours (h).</li>
        <li>Carbon intensity in grams of CO2eq per kWh (g/kWh); emissions in kilograms of CO2eq (kg).</li>
        <li>PUE is a ratio ≥ 1; offsets and loads are shares (% or 0–1).</li>
      </ul>

      <h2>Which carbon intensity is used</h2>
      <p>The first rule that applies wins, and the result names it:</p>
      <ol>
        <li>a value you enter (<em>explicit</em>);</li>
        <li>the cloud provider's region (<em>cloud-region</em>);</li>
        <li>a sub-national grid zone, for the year the job ran when the data has it (<em>zone</em>);</li>
        <li>the country, for that year (<em>country</em>);</li>
        <li>the world average (<em>world</em>).</li>
      </ol>

      <h2>Uncertainty</h2>
      <p>
        Every figure has a low and a high value beside it, from the spread of its inputs: TDP against real load, the age of the grid
        data used, and the accuracy of sensors for measured runs. The range is shown with every result.
      </p>

      <h2>Defaults and their sources</h2>
      {error ? <p class="error">{error}</p> : null}
      {!core ? (
        <p class="loading">Loading the data tables…</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="stack" data-testid="defaults">
              <thead>
                <tr>
                  <th scope="col">Default</th>
                  <th scope="col" class="num">Value</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {core.defaults.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.label}</th>
                    <td class="num" data-label="Value">{sig(d.value)}</td>
                    <td data-label="Unit">{d.unit}</td>
                    <td data-label="Source">
                      <Source source={d.source} year={d.year} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Embodied emissions by device class</h3>
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th scope="col">Class</th>
                  <th scope="col" class="num">kg CO2eq (range)</th>
                  <th scope="col" class="num">Lifetime (years)</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {core.embodied.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td class="num" data-label="kg CO2eq (range)">
                      {sig(r.embodiedKg)} ({sig(r.lowKg)}–{sig(r.highKg)})
                    </td>
                    <td class="num" data-label="Lifetime (years)">{sig(r.lifetimeYears)}</td>
                    <td data-label="Source">
                      <Source source={r.source} year={r.year} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Cite the methodology</h3>
          <pre class="card">{core.toBibtex()}</pre>
        </>
      )}
    </article>
  );
}
