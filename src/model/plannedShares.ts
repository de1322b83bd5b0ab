import type { Activity } from '../scenario/types.js';

/**
 * Whether an activity's share rules (max_share, min_home_share, min_country_share, the quality
 * floor) are shares of the hours planned rather than of fixed hours: a contact queue with
 * opening hours, whose hours depend on how it is split (each country's part is its own queue).
 * The model, the verifiers and explain all ask this one question.
 */
export function sharesOfPlannedHours(a: Activity): boolean {
  return a.contacts?.queued === true && a.coverage !== undefined;
}
