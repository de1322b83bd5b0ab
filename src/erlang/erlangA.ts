import { clamp01 } from './erlangC.js';
import { erlangB } from './erlangB.js';
import { seriesSum } from './series.js';
import type { QueueMetrics } from './types.js';

/**
 * Erlang A (Palm's M/M/N+M): Erlang C plus abandonment. Each waiting contact hangs up after
 * an exponential patience of mean 1/θ; answered contacts are served first come, first served.
 *
 * With μ = 1/AHT, x = Nμ/θ, y = λ/θ and B the Erlang B value for N agents and A = λ/μ
 * (Mandelbaum & Zeltyn, "The Palm/Erlang-A queue, with applications to call centers"):
 *   M(a, z)   = Σₖ zᵏ / ((a+1)…(a+k))                   (= a·eᶻ·z⁻ᵃ·γ(a, z))
 *   P(wait)   = M(x, y)·B / (1 + (M(x, y) − 1)·B)
 *   πN        = P(wait) / M(x, y)                         (probability all N busy, nobody queued)
 *   P(ab)     = P(wait) · E[queue found] / y              (θ·E[queue] = abandonment rate)
 * A contact finding k others queued waits the sum of k+1 exponentials of rates Nμ + jθ;
 * weighting by the queue distribution gives the offered wait V with
 *   P(V > t)  = πN · x·eʸ·y⁻ˣ · γ(x, y·e^(−θt)),
 * and, because a contact is answered when its patience outlasts V,
 *   SL(T)     = P(V = 0) + πN·x/(x+1) · [M(x+1, y) − u^(x+1)·e^(y(1−u))·M(x+1, yu)],  u = e^(−θT)
 *   ASA       = E[V; answered] / P(answered), E[V; answered] = πN·x/(x+1)/θ · Σ tₖ·Hₖ
 * where tₖ are the terms of M(x+1, y) and Hₖ = Σⱼ₌₀..ₖ 1/(x+1+j).
 * Every quantity is carried as a logarithm until the last step, so nothing overflows for
 * thousands of agents.
 */
export function erlangA(traffic: number, agents: number, ahtSeconds: number, patienceSeconds: number): QueueMetrics {
  if (!(patienceSeconds > 0) || !Number.isFinite(patienceSeconds)) {
    throw new RangeError(`erlangA: patience must be a finite number of seconds > 0 (got ${patienceSeconds})`);
  }
  const base = { model: 'erlang-a', traffic, agents, stable: true } as const;
  if (traffic === 0) {
    return { ...base, pWait: 0, pAbandon: 0, asa: 0, occupancy: 0, serviceLevel: () => 1 };
  }
  const theta = 1 / patienceSeconds;
  const x = (agents * patienceSeconds) / ahtSeconds;
  const y = (traffic * patienceSeconds) / ahtSeconds;
  const b = erlangB(traffic, agents);
  const whole = seriesSum(x, y); // M(x, y): the queue distribution seen by an arrival
  const shifted = seriesSum(x + 1, y); // M(x+1, y): the part of it that gets answered

  // P(wait) = 1 / (1 + (1 − B)/(M·B)), written with the log of that ratio.
  const logRatio = Math.log1p(-b) - whole.log - Math.log(b);
  const pWait = 1 / (1 + Math.exp(logRatio));
  const pNoWait = 1 / (1 + Math.exp(-logRatio));
  const logPiN = Math.log(pWait) - whole.log;
  const logAnsweredAfterWait = logPiN + Math.log(x / (x + 1)) + shifted.log;
  const answeredAfterWait = Math.exp(logAnsweredAfterWait);
  const pAnswered = pNoWait + answeredAfterWait;
  const pAbandon = clamp01((pWait * whole.meanIndex) / y);
  const waitOfAnswered = (answeredAfterWait * shifted.meanHarmonic) / theta;

  const serviceLevel = (t: number): number => {
    if (!(t >= 0)) throw new RangeError(`serviceLevel: threshold must be ≥ 0 seconds (got ${t})`);
    if (answeredAfterWait === 0) return clamp01(pNoWait);
    // Answered after waiting, but later than t: the same series started at y·u.
    const u = Math.exp(-theta * t);
    const late =
      t === Infinity ? -Infinity : (x + 1) * (-theta * t) - y * Math.expm1(-theta * t) + seriesSum(x + 1, y * u).log;
    return clamp01(pNoWait + answeredAfterWait * -Math.expm1(late - shifted.log));
  };

  return {
    ...base,
    pWait,
    pAbandon,
    asa: pAnswered > 0 ? waitOfAnswered / pAnswered : Infinity,
    // Agents are busy only with contacts that get answered.
    occupancy: agents > 0 ? Math.min(1, (traffic * pAnswered) / agents) : 1,
    serviceLevel,
  };
}
