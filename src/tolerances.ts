/**
 * The tolerances of bestshore, each with its meaning, in one place. Engines return floating-point
 * values a little off the exact ones; each number below says how far off a value may be and
 * still count as what it is next to. A tolerance is "relative" when it is scaled by
 * max(1, |value|) where it is used, so that it means the same for 10 h and for 10,000 h.
 */

/** The verifier's slack when it checks a plan against a rule (hours, shares, costs, agents): relative. */
export const VERIFY_TOLERANCE = 1e-6;

/** Relative gap between a plan's cost and its dual bound under which the plan counts as proven optimal. */
export const OPTIMALITY_GAP = 1e-6;

/** The engine's relative branch-and-bound gap under which a mixed-integer plan counts as optimal and proven. */
export const MIP_PROVEN_GAP = 1e-9;

/** Hours below this share of a variable's bound (at least 1 h) are solver noise, not work: relative. */
export const ZERO_HOURS = 1e-7;

/** Hours of an hour of the week below this are not shown as served (coverage views): absolute. */
export const NOISE_HOURS = 1e-6;

/** A cost change below this share of the cost is no change (explain's price of each rule): relative. */
export const COST_NOISE = 1e-7;

/**
 * explain skips re-planning a rule when the plan's duals bound the cost without it within this
 * share of the plan's cost (explain/zeroPrice.ts): far below COST_NOISE, so the price is 0
 * either way: relative.
 */
export const PRICE_PROOF_GAP = 1e-9;

/**
 * The diagnosis's margin when it compares a need with a capacity: a need above capacity by less
 * than this share is not a finding (the model would have found the plan): relative.
 */
export const DIAGNOSIS_SLACK = 1e-9;

/**
 * A row whose variables are all fixed (fixIntegers.ts moves them to its right-hand side) holds
 * unless its right-hand side is off by more than this: the engine's values a little off whole
 * numbers leave sums like 3.6e-15 where 0 is meant: relative to max(1, |rhs|).
 */
export const EMPTY_ROW_NOISE = 1e-9;
