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
          Embodied share, per device: <code>(deviceKg + hostKg ÷ devicesPerHost) × hours ÷ (lifetimeYears × 8760 × utilisation)</code>:
          each accelerator carries its share of its host server, over the service life at the use rate of the life-cycle study
          it comes from (BLOOM: 150 kg per GPU and 2,500 kg per 8-GPU server over 6 years at 85 %).
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
        <li>a value you enter (<em>explicit</em>, given by you);</li>
        <li>a cloud provider's region, priced by the electricity grid it draws from (<em>cloud-region</em>);</li>
        <li>a sub-national grid zone (<em>zone</em>);</li>
        <li>the country (<em>country</em>);</li>
        <li>the world average (<em>world</em>).</li>
      </ol>
      <p>
        Results are location-based on the <strong>life-cycle</strong> basis (construction, fuel supply and combustion, as CO2eq). Grid
        data of the direct-combustion basis, such as the operational figure a cloud provider publishes for its region, is never mixed
        in: the provider's figure is shown beside the result as the provider's own.
      </p>
      <p>
        The <strong>year</strong> of the job picks the data: that year in the place's own zone; else the surer of the zone's nearest
        year and a larger area's value (the country, the world), judged by the range rule below, so that a zone's own data up to five
        years away is preferred to a country's average. A job with no year is priced with the latest year of its own zone. Zone-years that are artefacts of their source are
        never used, and only whole years of sound data are offered as greener alternatives. The result says which year and series it
        used, and why.
      </p>

      <h2>Uncertainty</h2>
      <p>
        Every figure has a low and a high value beside it, from the spread of its inputs, each with its reason: a datasheet TDP against
        the real load (×0.55 to ×1.05), a published measured average (±15 %), a power estimated without a maker figure (wider still);
        the life-cycle factors, the area the grid data covers, its distance in years and the share of the year it covers; the PUE; and
        the accuracy of the sensors for measured runs. Parts used together (device groups, a run's GPU, CPU and RAM) add their bounds;
        energy, PUE and intensity combine as independent factors. A value you give is exact.
      </p>

      <h2>What each label means</h2>
      <ul>
        <li><strong>datasheet</strong>: a maker's published figure (TDP, board power).</li>
        <li><strong>published data</strong>: a published statistic: grid intensity, a provider's PUE, a life-cycle study.</li>
        <li><strong>measured</strong>: measured by the tracker or by you, or a published measured average.</li>
        <li><strong>estimated by carbontrail</strong>: no published figure; the reasoning is shown with the result.</li>
        <li><strong>given by you</strong>: a value you entered, taken as exact.</li>
        <li><strong>stated default</strong>: a default of the defaults table, with its source.</li>
      </ul>

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
