/** Hardware names that name no device (placeholders of the Counting Carbon survey and the like), each with the reason to refuse it. */

const SURVEY = 'the Counting Carbon survey (Luccioni & Hernandez-Garcia 2023, arXiv:2302.08476)';

/**
 * Name as written → why it resolves to no hardware row. Compare after trimming, ignoring case. The model refuses
 * these with the reason rather than guessing a device; a user can give the device's power instead.
 */
export const unresolvableHardware: Readonly<Record<string, string>> = {
  '?': `names no device: the paper did not report its GPU, and ${SURVEY} filled in a median TDP of 250 W`,
  'GPU RTX': `names no device: RTX covers NVIDIA's Turing, Ampere, Ada and Blackwell cards from 70 W to 600 W, and ${SURVEY} took the RTX 2070 SUPER's 215 W`,
  unknown: 'names no device: give the hardware model, or its power',
  'n/a': 'names no device: give the hardware model, or its power',
};
