import { blockBound, floorsOf, splitByClass } from '../model/blockBound.js';
import { dualBound } from '../model/dualBound.js';
import { varFacts } from '../model/varFacts.js';
import { isPattern, itemAt, objectiveAt, relaxed, type LpModel, type Var } from '../model/lp.js';
import type { PricedOut, SolveResult } from './solver.js';

/**
 * An engine; `start`, a whole plan of the model to start from (an engine may ignore it); `gap`,
 * the relative gap its search may stop at, instead of the one it was set up with.
 */
type Solve = (model: LpModel, start?: readonly number[], gap?: number) => Promise<SolveResult>;
type Found = Extract<SolveResult, { status: 'optimal' | 'feasible' }>;

/**
 * The kept patterns grow at most this many times before the plan stands with the gap its bound
 * proves: past that, the engine's search over the larger net rarely finishes (20 queues × 8
 * countries: 164,137 patterns searched for the whole time limit found nothing cheaper).
 */
const WIDEN_AT_MOST = 4;
/**
 * Asked for the exact optimum, the net widens however much it must up to this many patterns (a
 * judgement between what was measured: nets of a few thousand patterns are searched in seconds,
 * 20 queues × 8 countries' 164,137 were not in 60 s) per NET_SECONDS of the time limit.
 */
const WIDEST_EXACT_NET = 50_000;
/**
 * The time limit WIDEST_EXACT_NET holds for (the default `--time-limit`). A longer limit lets a
 * proportionally wider net be searched: 20 queues × 8 countries' 164,137 patterns were searched
 * to the proven optimum in about 360 s (`--time-limit 900`, 365–379 s in all, the optimum native HiGHS
 * proves on the whole model), where the default stops with the gap its bound proves.
 */
const NET_SECONDS = 60;
/**
 * However long the time limit, the net stays within this many patterns: the search's model then
 * stays the size of those measured (20 × 8: 164,137 patterns, 1.4 GB peak RSS), where a million
 * patterns (50 queues × 10 countries) would hold several gigabytes for a search unlikely to end.
 */
const WIDEST_NET_EVER = 250_000;

/**
 * A first plan (a rota's dive) between these many times the gap asked for above the bound stands
 * with the gap that bound proves: the engine's search is told to stop at the start's gap. What
 * is left there is the relaxation's weakness, which branch and bound closes slowly: on the energy
 * and telecom rotas (1.1% and 3.3% above the bound, at 0.5% asked) the search spent 4 s and its
 * whole 60 s time limit and found no cheaper plan, nor a bound that proved more. Within twice the
 * gap, the root's cuts may close the rest; past ten times, the start is likely a poor plan that
 * the search improves.
 */
const START_STANDS = { from: 2, upTo: 10 } as const;
/** Added to the start's gap where the engine is told to stop: its root bound is the relaxation's, within its tolerances. */
const STOP_SLACK = 1e-6;

/**
 * Up to this many columns, the relaxation is solved by the interior-point method (then
 * crossover) rather than simplex: the optimal prices it lands on leave far fewer patterns within
 * reach of the optimum, and the search over them is that much shorter (telecom 5 queues × 5
 * countries, 18,654 columns: 1,193 patterns searched instead of 1,805, 3.1 → 2.6 s; four other
 * seeds 1.4–3× fewer). On larger models its own solve costs more than it saves (20 queues × 8
 * countries, 276,973 columns: 9.8 s instead of 4.6 s). docs/performance.md, "Queue relaxation".
 */
const INTERIOR_POINT_AT_MOST = 25_000;

/** How far the net of patterns may widen, and up to what size the relaxation is solved by interior point. */
export type NetLimits = {
  readonly widenAtMost: number;
  readonly widestExactNet: number;
  readonly interiorPointAtMost: number;
};

/** The limits above (tests change some of them). */
export const NET_LIMITS: NetLimits = {
  widenAtMost: WIDEN_AT_MOST,
  widestExactNet: WIDEST_EXACT_NET,
  interiorPointAtMost: INTERIOR_POINT_AT_MOST,
};

/**
 * The limits for a solve given `timeLimitSeconds` per engine call: the widest exact net grows with
 * a limit above NET_SECONDS, up to WIDEST_NET_EVER.
 */
export function netLimitsFor(timeLimitSeconds: number): NetLimits {
  const scale = Math.max(1, timeLimitSeconds / NET_SECONDS);
  return { ...NET_LIMITS, widestExactNet: Math.min(WIDEST_NET_EVER, Math.round(WIDEST_EXACT_NET * scale)) };
}

/** The model with only the variables `keep` says yes to; `original[k]` is the full index of variable k. */
function restrict(model: LpModel, keep: readonly boolean[]): { model: LpModel; original: number[] } {
  const original: number[] = [];
  const index = new Map<number, number>();
  model.vars.forEach((_, j) => {
    if (keep[j]) {
      index.set(j, original.length);
      original.push(j);
    }
  });
  const rows = model.rows.map((r) => ({
    ...r,
    terms: r.terms.flatMap((t) => {
      const k = index.get(t.v);
      return k === undefined ? [] : [{ v: k, coef: t.coef }];
    }),
  }));
  return { model: { ...model, vars: original.map((j) => itemAt(model.vars, j)), rows }, original };
}

/**
 * A whole-agent queue model has a staffing pattern per way of splitting each hour, most of
 * which no good plan uses. Its LP relaxation (every count continuous) bounds every plan from
 * below: L, with reduced costs d_j, and any plan using pattern j costs at least L + d_j
 * (model/dualBound.ts). So: solve the relaxation; keep the patterns with d_j ≤ τ (τ = 10⁻⁶ of
 * L, at least 1: the patterns the relaxation itself uses); solve the integer model over them,
 * cost U. Unless U is already within τ of L, the bound is raised hour by hour
 * (model/blockBound.ts): each hour's own integer problem at the relaxation's prices gives B ≥ L,
 * and pattern j of hour k a bound b_j = B − g_k + d_j. Every pattern left out with b_j > U is in
 * no cheaper plan: U stands. Otherwise those with b_j ≤ U are let in and the engine solves
 * again (the kept set only grows, U only falls). Exact, and the engine's branch and bound sees a
 * few hundred patterns instead of thousands. With a relative gap g asked for (a rota), U stands
 * once no pattern left out has b_j ≤ U(1 − g). A net that would grow more than WIDEN_AT_MOST
 * times (and, exact, past WIDEST_EXACT_NET patterns) is not searched: U stands with the gap
 * its bound proves, and `inPlay` counts the patterns left unsearched. `findStart`, when given,
 * offers a first plan of the smaller model (a rota's dive) for the first search to start from; one
 * 2–10 times g above the bound stands with the gap that bound proves (START_STANDS).
 */
export async function solvePricedOut(
  model: LpModel,
  solve: Solve,
  mipGap = 0,
  solveExact: Solve = solve,
  step?: (what: string) => void,
  findStart?: (model: LpModel) => Promise<readonly number[] | undefined>,
  limits: NetLimits = NET_LIMITS,
): Promise<SolveResult> {
  const { patterns } = varFacts(model.vars);
  if (patterns === 0) return solve(model, findStart ? await findStart(model) : undefined);
  const count = (n: number): string => n.toLocaleString('en-US');
  step?.(`LP relaxation (${count(model.vars.length)} columns)`);
  const lp = relaxed(model);
  const relaxation = await solve(
    lp.vars.length <= limits.interiorPointAtMost ? { ...lp, method: 'interior-point' } : lp,
  );
  // The whole model's search would start by solving this same relaxation at its root: when the
  // time limit stopped the relaxation, it would stop there too (50 queues × 10 countries at
  // --time-limit 5: 6 s more before the same exit 3), so the relaxation's answer stands.
  if (relaxation.status === 'error' && relaxation.stoppedBy === 'time limit') return relaxation;
  if (relaxation.status !== 'optimal' || !relaxation.duals)
    return relaxation.status === 'infeasible' ? relaxation : solve(model);
  const { lowerBound, reduced } = dualBound(model, relaxation.duals);
  if (!Number.isFinite(lowerBound)) return solve(model);
  const isCandidate = (v: Var): boolean => isPattern(v) && v.kind !== 'continuous';
  // b_j: no plan using pattern j costs less. Raised once by the hourly bound.
  let bound = lowerBound;
  let floorOf = model.vars.map((v, j) => (isCandidate(v) ? lowerBound + Math.max(0, reduced[j] ?? 0) : -Infinity));
  let raised = false;
  let threshold = Math.max(1, 1e-6 * Math.abs(lowerBound));
  const keep = model.vars.map((v, j) => !isCandidate(v) || (floorOf[j] ?? 0) <= bound + threshold);
  const kept = (): number => keep.filter((k, j) => k && isCandidate(itemAt(model.vars, j))).length;
  // A plan cheaper than U by more than the gap asked for could use no pattern whose floor is above this.
  const target = (U: number): number => U * (1 - mipGap) + 1e-9 * Math.max(1, Math.abs(U));
  // The patterns left out that such a plan could still use.
  const leftOutInPlay = (U: number): number =>
    model.vars.filter((v, j) => isCandidate(v) && !keep[j] && (floorOf[j] ?? 0) <= target(U)).length;
  const record = (U: number): PricedOut => ({
    lowerBound: bound,
    lpBound: lowerBound,
    threshold: Math.max(0, Math.min(U, outsideMin()) - bound),
    kept: kept(),
    inPlay: kept() + leftOutInPlay(U),
    total: patterns,
  });
  const outsideMin = (): number => floorOf.reduce((m, b, j) => (keep[j] ? m : Math.min(m, b)), Infinity);
  const outsideGap = (U: number): number => Math.max(0, U - outsideMin()) / Math.max(1, Math.abs(U));
  // The best plan so far: the next, larger, model starts from it.
  let best: readonly number[] | undefined;
  // The gap a start proves against the bound, when it is to stand with it (START_STANDS).
  const standing = (start: readonly number[]): number | undefined => {
    const U = objectiveAt(model, start);
    const g = Math.max(0, U - bound) / Math.max(1, Math.abs(U));
    return mipGap > 0 && g >= START_STANDS.from * mipGap && g <= START_STANDS.upTo * mipGap ? g : undefined;
  };
  for (;;) {
    if (kept() === patterns) {
      step?.(`branch and bound over all ${count(patterns)} staffing patterns`);
      return solve(model);
    }
    const sub = restrict(model, keep);
    // A caller's way to a first plan of the smaller model (a rota's dive), tried once.
    const first = best === undefined && findStart ? await findStart(sub.model) : undefined;
    if (first) best = widen(first, sub.original, model.vars.length);
    const stands = best && first ? standing(best) : undefined;
    step?.(`branch and bound over ${count(kept())} of ${count(patterns)} staffing patterns`);
    const startAt = best && sub.original.map((j) => best?.[j] ?? 0);
    const r = await solve(sub.model, startAt, stands === undefined ? undefined : stands + STOP_SLACK);
    if (r.status === 'infeasible') {
      // No plan from these patterns alone: widen the net tenfold (all of them, past the bound itself).
      threshold = threshold * 10 > Math.abs(lowerBound) ? Infinity : threshold * 10;
      model.vars.forEach((v, j) => {
        if (isCandidate(v) && (floorOf[j] ?? 0) <= bound + threshold) keep[j] = true;
      });
      continue;
    }
    if (r.status !== 'optimal' && r.status !== 'feasible') return r;
    const x = widen(r.x, sub.original, model.vars.length);
    const U = r.objective;
    best = x;
    if (!raised && U - bound > threshold) {
      raised = true;
      const split = splitByClass(model, relaxation.duals, reduced, relaxation.x, x);
      step?.(`bound raised hour by hour (${count(split.problems.length)} hour problems)`);
      const values = await classMinima(
        split.problems.map((p) => p.model),
        solveExact,
      );
      const hourly = blockBound(split, values);
      if (hourly.bound > bound) {
        bound = hourly.bound;
        const floors = floorsOf(split, hourly, reduced);
        floorOf = model.vars.map((v, j) => (isCandidate(v) ? (floors[j] ?? bound) : -Infinity));
      }
    }
    const found: Found = { ...r, x, ...(r.status === 'optimal' ? { duals: undefined } : {}) };
    // Stopped by the time limit: the engine's gap speaks of the kept patterns only; a plan
    // using a pattern left out costs at least its b_j, so the gap against all plans is the larger.
    // The bound B holds for every plan too: the gap proved is the smaller of the two.
    const gap = Math.min(Math.max(r.mipGap ?? 0, outsideGap(U)), Math.max(0, U - bound) / Math.max(1, Math.abs(U)));
    const done = r.status === 'feasible' || outsideGap(U) <= mipGap || stands !== undefined;
    if (done) return { ...found, mipGap: gap, pricedOut: record(U) };
    // Let in every pattern that could make a plan cheaper than U by more than the gap.
    const entering = leftOutInPlay(U);
    // A net that would take in most patterns buys little at great cost (WIDEN_AT_MOST): the plan
    // stands with the gap it has proved, and says how many patterns were left unsearched.
    const tooWide = entering > limits.widenAtMost * kept() && (mipGap > 0 || kept() + entering > limits.widestExactNet);
    if (tooWide) return { ...found, mipGap: gap, pricedOut: record(U) };
    threshold = target(U) - bound;
    model.vars.forEach((v, j) => {
      if (isCandidate(v) && (floorOf[j] ?? 0) <= target(U)) keep[j] = true;
    });
  }
}

/** A plan of the smaller model as a plan of the whole one (the patterns left out unused). */
function widen(x: readonly number[], original: readonly number[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  original.forEach((j, k) => {
    out[j] = x[k] ?? 0;
  });
  return out;
}

/** What an engine's answer proves of a class problem's minimum (undefined: nothing). */
function provenMinimum(r: SolveResult): number | undefined {
  if (r.status !== 'optimal') return undefined;
  const scale = Math.max(1, Math.abs(r.objective));
  return r.objective - ((r.mipGap ?? 0) + 1e-9) * scale - 1e-6;
}

/**
 * What each class problem's minimum is proven to be at least, solving each distinct problem
 * once: hours alike in every activity and country give the same problem at the same prices.
 */
async function classMinima(problems: readonly LpModel[], solve: Solve): Promise<(number | undefined)[]> {
  const known = new Map<string, number | undefined>();
  const out: (number | undefined)[] = [];
  for (const m of problems) {
    const key = JSON.stringify([
      m.vars.map((v) => [v.cost, v.lower, v.upper, v.kind]),
      m.rows.map((r) => [r.op, r.rhs, r.terms]),
    ]);
    if (!known.has(key)) known.set(key, provenMinimum(await solve(m)));
    out.push(known.get(key));
  }
  return out;
}
