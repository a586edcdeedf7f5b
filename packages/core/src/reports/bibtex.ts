/** BibTeX entries for the methodology carbontrail follows. */
import { VERSION } from '../version.ts';

const ENTRIES = `@article{lacoste2019quantifying,
  title   = {Quantifying the Carbon Emissions of Machine Learning},
  author  = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},
  journal = {arXiv preprint arXiv:1910.09700},
  year    = {2019}
}

@article{luccioni2023counting,
  title   = {Counting Carbon: A Survey of Factors Influencing the Emissions of Machine Learning},
  author  = {Luccioni, Alexandra Sasha and Hern{\\'a}ndez-Garc{\\'i}a, Alex},
  journal = {arXiv preprint arXiv:2302.08476},
  year    = {2023}
}

@misc{carbontrail,
  title        = {carbontrail: estimating, measuring and reporting the carbon emissions of machine learning},
  author       = {{The carbontrail developers}},
  year         = {2026},
  note         = {Version ${VERSION}}
}
`;

/** The BibTeX entries a paper should cite next to a carbontrail figure. */
export function toBibtex(): string {
  return ENTRIES;
}
