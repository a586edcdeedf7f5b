/** Act: what practitioners and institutions can do, most effective first (after the seed guide, in carbontrail's own words). */
import { onLinkClick } from '../router.ts';

export function ActPage() {
  return (
    <article class="prose">
      <h1>Act</h1>
      <p class="lead">
        Ways to cut the emissions of machine-learning work, ordered by how much they usually save. Measure first, so you know
        which one matters for you.
      </p>

      <h2 id="practitioners">As a practitioner</h2>
      <ol>
        <li>
          <strong>Move less data and compute less twice.</strong> Debug on a small slice of the dataset before the full run; keep one
          shared copy of a dataset for the team instead of one per person; cache preprocessing instead of repeating it.
        </li>
        <li>
          <strong>Run where the grid is clean.</strong> When you can choose a cloud region, pick a low-carbon one: the same job can
          emit tens of times less. The calculator's "greener alternatives" list them for your job, and the{' '}
          <a href="/data" onClick={onLinkClick}>
            Data
          </a>{' '}
          page compares regions.
        </li>
        <li>
          <strong>Waste fewer runs.</strong> Prefer random search or adaptive methods to exhaustive grid search; fine-tune a pretrained
          model rather than training from scratch when it serves; test code before launching long jobs; checkpoint so a failure does
          not mean starting over; read what others found before sweeping over seeds.
        </li>
        <li>
          <strong>Choose efficient hardware.</strong> Devices differ several-fold in operations per watt; newer accelerators usually do
          more per joule, and a right-sized device wastes less idle power than a large one barely used.
        </li>
        <li>
          <strong>Quantify and publish.</strong> Measure with <code>carbontrail run</code> (or estimate with this calculator) and put the
          figure in the paper or the model card: the{' '}
          <a href="/publish" onClick={onLinkClick}>
            Publish
          </a>{' '}
          page writes the paragraph for you. Shared figures let the field set benchmarks and see progress.
        </li>
      </ol>

      <h2 id="institutions">As an institution</h2>
      <ol>
        <li>
          <strong>Place compute in low-carbon regions</strong> by default, and make that the easy choice in your cluster and cloud
          accounts.
        </li>
        <li>
          <strong>Track by default.</strong> Provide emission tracking on shared infrastructure, switched on for every job, with a hub
          where teams see their totals.
        </li>
        <li>
          <strong>Cap wasteful usage</strong>, for instance a maximum run time per job (such as 72 hours) so forgotten or runaway jobs
          end.
        </li>
        <li>
          <strong>Raise awareness</strong> of the environmental cost of compute among researchers and engineers, with your own numbers.
        </li>
        <li>
          <strong>Offset only what cannot be avoided</strong>, such as commuting and construction, and say so separately from the
          reductions.
        </li>
      </ol>

      <h2 id="why-order">Why this order</h2>
      <p>
        Avoiding work removes all of its emissions; moving it to a cleaner grid removes most of them; efficiency removes a fraction;
        offsets remove none at the source. Publishing comes last in savings but first in importance: what is not measured is not
        managed.
      </p>
    </article>
  );
}
