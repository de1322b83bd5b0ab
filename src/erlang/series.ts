import { logRising, reciprocalSum } from './special.js';

/**
 * M(a, z) = Σₖ≥₀ zᵏ / ((a+1)(a+2)…(a+k)), the series behind the incomplete gamma function:
 * a·eᶻ·z⁻ᵃ·γ(a, z) = M(a, z). Erlang A needs it with a and z in the thousands for large
 * queues, where the terms first grow to astronomically large values, so it is summed in log
 * space: start at the largest term k* = ⌊z − a⌋ (computed as a log), then walk outwards in
 * both directions with ratios until the terms no longer change the sum. The cost is about
 * 10·√z terms, whatever the size of the numbers.
 */
export type SeriesSum = {
  /** ln M(a, z). */
  readonly log: number;
  /** Σ k·tₖ / Σ tₖ: the mean index under the term weights. */
  readonly meanIndex: number;
  /** Σ Hₖ·tₖ / Σ tₖ with Hₖ = 1/a + 1/(a+1) + … + 1/(a+k). */
  readonly meanHarmonic: number;
};

const NEGLIGIBLE = 1e-17;

export function seriesSum(a: number, z: number): SeriesSum {
  if (!(a >= 0) || !(z >= 0) || !Number.isFinite(a) || !Number.isFinite(z)) {
    throw new RangeError(`seriesSum: need finite a ≥ 0 and z ≥ 0 (got ${a}, ${z})`);
  }
  const peak = z > a + 1 ? Math.floor(z - a) : 0;
  const logPeak = peak === 0 ? 0 : peak * Math.log(z) - logRising(a, peak);
  const hPeak = reciprocalSum(a, peak);
  let sum = 1;
  let sumIndex = peak;
  let sumHarmonic = hPeak;
  if (z > 0) {
    // Outwards from the peak the terms only decrease, so stop at the first negligible one.
    let r = 1;
    let h = hPeak;
    for (let k = peak + 1; ; k++) {
      r *= z / (a + k);
      h += 1 / (a + k);
      sum += r;
      sumIndex += k * r;
      sumHarmonic += h * r;
      if (r < NEGLIGIBLE * sum) break;
    }
    r = 1;
    h = hPeak;
    for (let k = peak; k > 0; k--) {
      r *= (a + k) / z; // term k−1 from term k
      h -= 1 / (a + k);
      sum += r;
      sumIndex += (k - 1) * r;
      sumHarmonic += h * r;
      if (r < NEGLIGIBLE * sum) break;
    }
  }
  return { log: logPeak + Math.log(sum), meanIndex: sumIndex / sum, meanHarmonic: sumHarmonic / sum };
}
