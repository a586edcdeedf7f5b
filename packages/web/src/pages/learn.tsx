/** Learn: the ideas behind the numbers, written for practitioners (after the seed papers, in carbontrail's own words). */
import { onLinkClick } from '../router.ts';

export function LearnPage() {
  return (
    <article class="prose">
      <h1>Learn</h1>
      <p class="lead">
        What the calculator's numbers mean, and what they leave out. The ideas follow the Machine Learning Emissions Calculator's
        paper (Lacoste, Luccioni, Schmidt and Dandres, 2019) and its companion guide.
      </p>

      <h2 id="co2eq">CO2 and CO2eq</h2>
      <p>
        Carbon dioxide is one of several gases that trap heat in the atmosphere. Methane, nitrous oxide and others do the same, each
        with a different strength and lifetime. To add them up, each gas is converted to the mass of CO2 that would warm the planet
        as much over a century: the <strong>CO2 equivalent</strong>, written CO2eq. Every figure on this site is in kilograms (or
        grams, or tonnes) of CO2eq.
      </p>

      <h2 id="where">Where the emissions of a model come from</h2>
      <p>
        Hardware draws electricity while it computes; generating that electricity emitted greenhouse gases somewhere on the grid.
        That <em>operational</em> share is what the calculator estimates. It depends on three things you choose: how much power the
        hardware draws, how long it runs, and how clean the electricity is where it runs. Around it sit other costs: the building's
        cooling and power conversion (PUE, below), the idle power of servers kept on for you, the manufacturing of the chips, and the
        work before and after training: collecting data, failed runs, and the model's use once it is deployed.
      </p>

      <h2 id="intensity">Carbon intensity of electricity</h2>
      <p>
        The <strong>carbon intensity</strong> of a grid is the mass of CO2eq emitted per kilowatt-hour delivered, in g CO2eq/kWh. A
        grid fed by coal sits near 800–1000 g/kWh; one fed by hydro, nuclear or wind can be below 50. The same training job can
        therefore emit forty times more in one region than in another. Intensity changes from year to year as grids add or retire
        plants, so carbontrail prices a job with the year it ran in when the data has it.
      </p>

      <h2 id="renewable">Renewable and low-carbon energy</h2>
      <p>
        <strong>Renewable</strong> sources are replenished by nature: sun, wind, water, geothermal heat, biomass.
        <strong> Low-carbon</strong> is a wider group that emits little over its life cycle, and includes nuclear. Neither is zero:
        building a wind turbine or a dam emits too, which is why the life-cycle intensities in the Data page are small but never nil.
      </p>

      <h2 id="pue">Power usage effectiveness (PUE)</h2>
      <p>
        A data centre uses electricity for more than its servers: cooling, lighting, power conversion and distribution.{' '}
        <strong>PUE</strong> is the ratio of all the energy the facility draws to the energy its IT equipment draws. A PUE of 1.1
        means 10 % overhead on top of the computers; industry surveys put the average near 1.5 or more. carbontrail multiplies device
        energy by the provider's published PUE where one exists, otherwise by a stated default; setting PUE to 1 reproduces the
        original calculator.
      </p>

      <h2 id="recs">Renewable energy certificates and carbon neutrality</h2>
      <p>
        A <strong>renewable energy certificate</strong> (REC) is a claim that one megawatt-hour of renewable electricity was fed into a
        grid. Companies buy them to match their consumption on paper, and some call themselves <strong>carbon neutral</strong> once their
        purchases and offsets equal their emissions. The servers still draw from the local grid, with its local mix. carbontrail therefore
        shows the location-based figure (what the local grid emitted) and, beside it, the share the provider claims to match: it never
        subtracts one from the other.
      </p>

      <h2 id="offsets">Offsetting is not reducing</h2>
      <p>
        To <strong>offset</strong> is to pay for a project that removes or avoids as much CO2eq elsewhere: planting trees, capturing
        landfill gas, protecting forests. It repairs damage already done, often slowly and with uncertain permanence. Limiting warming
        needs emissions to fall, so offsets are a last resort for what cannot be avoided, such as travel to a conference, not a
        substitute for running less, or cleaner.
      </p>

      <h2 id="embodied">Embodied emissions</h2>
      <p>
        Making a GPU or a server emits CO2eq long before it runs a job: mining, chip fabrication, assembly, transport. Life-cycle
        assessment spreads these <strong>embodied</strong> emissions over the device's service life, so a job that uses a device for a
        hundred hours carries a hundred hours' share. carbontrail adds this share beside the operational figure, per device class, with
        its source.
      </p>

      <h2 id="inference">Inference</h2>
      <p>
        Training gets the attention because it is one large, countable event. But a deployed model answers requests for months: each
        prediction is cheap, yet a model that is always on, serving many users, can emit more in use than it did in training. The same
        calculation applies: the hardware that serves it, the hours it is up, and where it runs.
      </p>

      <h2 id="limits">What an estimate cannot know</h2>
      <p>
        Cloud providers rarely publish which grid a region draws from or how loaded a GPU really was. TDP is a ceiling, not a
        measurement; grid intensities are annual averages. That is why every result comes with a low–high range and names its
        sources. For measured figures, run your job under <code>carbontrail run -- your command</code>. The{' '}
        <a href="/methodology" onClick={onLinkClick}>
          methodology
        </a>{' '}
        lists the formulas and defaults.
      </p>
    </article>
  );
}
