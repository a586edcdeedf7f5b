/** The schema of a location as every face takes it (CLI flags, URL parameters, run journals and records, the hub's API). */
import * as z from 'zod';
import { inputRanges, type NumberRange } from '../model/input-ranges.ts';

const name = z.string().trim().min(1).max(200);

/** A number schema from a declared input range. */
export function rangedNumber(range: NumberRange) {
  let n = z.number();
  n = range.exclusiveMin ? n.gt(range.min) : n.min(range.min);
  n = n.max(range.max);
  return range.integer ? n.int() : n;
}

/**
 * Where a job ran, as a user can say it. Resolved once (resolveLocation) in the order: explicit intensity → cloud
 * provider and region → sub-national zone → country → world average. Contradicting parts are an error.
 */
export const locationInput = z.object({
  /** Cloud provider id or name ("aws", "Google Cloud"). */
  provider: name.optional(),
  /** The provider's region id ("us-east-1"); without a provider it must name one region of one provider. */
  region: name.optional(),
  /** Country, ISO alpha-2 code or name. */
  country: name.optional(),
  /** Grid zone key ("US-CAL-CISO", "CA-QC"). */
  zone: name.optional(),
  /** The year the job ran in (priced with that year's grid data); default the latest year of the data. */
  year: rangedNumber(inputRanges.year).optional(),
  /** Grid carbon intensity given by the user, gCO2eq/kWh. */
  intensityGPerKwh: rangedNumber(inputRanges.intensity).optional(),
});
export type LocationInput = z.infer<typeof locationInput>;
