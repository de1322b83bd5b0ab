/**
 * The two special functions the Erlang A series needs when its largest term lies far out:
 * log Γ and the digamma function ψ, both by shifting the argument above 10 and using the
 * asymptotic (Stirling) series, accurate to about 1e-14 there.
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0 (got ${x})`);
  let shift = 0;
  while (x < 10) {
    shift -= Math.log(x);
    x += 1;
  }
  const r = 1 / (x * x);
  const tail = (1 / x) * (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r / 1188))));
  return shift + (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + tail;
}

/** ψ(x) = Γ′(x)/Γ(x) for x > 0. */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma: x must be > 0 (got ${x})`);
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const r = 1 / (x * x);
  const tail = r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))));
  return shift + Math.log(x) - 1 / (2 * x) - tail;
}

/** Beyond this many factors, sums of logs and reciprocals switch to log Γ and ψ. */
const DIRECT = 4096;

/** ln((a+1)(a+2)…(a+k)) for a ≥ 0. */
export function logRising(a: number, k: number): number {
  if (k > DIRECT) return logGamma(a + k + 1) - logGamma(a + 1);
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(a + i);
  return s;
}

/** 1/a + 1/(a+1) + … + 1/(a+k) for a > 0 (Infinity when a = 0). */
export function reciprocalSum(a: number, k: number): number {
  if (a === 0) return Infinity;
  if (k > DIRECT) return digamma(a + k + 1) - digamma(a);
  let s = 0;
  for (let j = 0; j <= k; j++) s += 1 / (a + j);
  return s;
}
