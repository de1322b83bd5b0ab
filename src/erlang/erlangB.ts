/**
 * Erlang B: the share of contacts that would find all N agents busy if nobody could queue.
 * Computed by the recursion B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁): every Bₖ stays in [0, 1],
 * so nothing overflows, unlike the textbook formula with Aᴺ/N! and a sum of factorials.
 */
export function erlangB(traffic: number, agents: number): number {
  if (!(traffic >= 0) || !Number.isFinite(traffic))
    throw new RangeError(`erlangB: traffic must be a finite number ≥ 0 (got ${traffic})`);
  if (!Number.isInteger(agents) || agents < 0)
    throw new RangeError(`erlangB: agents must be a whole number ≥ 0 (got ${agents})`);
  let b = 1;
  for (let k = 1; k <= agents; k++) {
    const ab = traffic * b;
    b = ab / (k + ab);
  }
  return b;
}
