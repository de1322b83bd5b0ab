import { VerificationError, ExitError, EXIT } from '../errors.js';
import { varFacts } from '../model/varFacts.js';
import { certificateOf } from '../plan/planScenario.js';
import { OPTIMALITY_GAP } from '../tolerances.js';
import type { Scenario } from '../scenario/types.js';
import type { Certificate } from '../plan/types.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, Solver } from '../solver/solver.js';
import { approximationsOf } from './approximations.js';
import { buildRoadmap, type RoadmapModel } from './buildRoadmap.js';
import { diagnoseRoadmap } from './diagnose.js';
import { pathFrom, transfersOf } from './extract.js';
import { steadiest } from './steady.js';
import { fxIndex } from './months.js';
import type { AsIs, ExchangeRate, Roadmap, RoadmapOutcome, RoadmapPath } from './types.js';
import { verifyRoadmap } from './verify.js';

export type Solved = {
  readonly rm: RoadmapModel;
  readonly path: RoadmapPath;
  readonly certificate: Certificate;
  readonly result: {
    readonly status: 'optimal' | 'feasible';
    readonly engine: string;
    readonly mipGap: number | undefined;
  };
};

/** Build, solve and verify one path (the roadmap, or today's delivery continued). */
export async function solvePath(
  s: Scenario,
  solver: Solver,
  options: SolveOptions,
  asIs: boolean,
): Promise<Solved | 'infeasible'> {
  const rm = buildRoadmap(s, { asIs, elastic: false });
  const result = await solveModel(rm.model, solver, options);
  if (result.status === 'infeasible') return 'infeasible';
  if (result.status === 'unbounded')
    throw new VerificationError(solver.name, ['the engine reported the roadmap unbounded, which this model cannot be']);
  if (result.status === 'error') throw new ExitError(EXIT.internal, `the solver gave no roadmap: ${result.message}`);
  // Among the roadmaps of this NPV, the one with the fewest hires and releases (steady.ts).
  const steady =
    result.status === 'optimal'
      ? { ...result, x: await steadiest(rm.model, result, movesOf(rm), (m) => solveModel(m, solver, options)) }
      : result;
  const { certificate, x } = await certificateOf(rm.model, steady, solver, options);
  const path = pathFrom(s, rm, x);
  const violations = verifyRoadmap(rm, x, path);
  // The certificate takes each headcount and release within its implied bound (workforce.ts).
  const beyond = rm.model.vars.findIndex((v, j) => (x[j] ?? 0) > v.impliedUpper * (1 + 1e-9) + 1e-6);
  if (beyond >= 0)
    violations.push(`${rm.model.vars[beyond]?.id ?? ''} is ${x[beyond] ?? 0}, above the bound its certificate assumes`);
  if (certificate.kind !== 'none' && certificate.gap > OPTIMALITY_GAP) {
    violations.push(
      `not proven optimal: NPV ${path.npv} is ${(certificate.gap * 100).toPrecision(3)}% above the dual bound ${certificate.lowerBound}`,
    );
  }
  if (violations.length > 0) throw new VerificationError(result.engine, violations.slice(0, 20));
  return { rm, path, certificate, result: { status: result.status, engine: result.engine, mipGap: result.mipGap } };
}

/** The hires and releases variables of a roadmap model: the moves the tie-break minimises. */
const movesOf = (rm: RoadmapModel): number[] =>
  rm.pairs.flatMap((p) => [...p.arrivals, ...p.releases].filter((j): j is number => j !== undefined));

/** First month from which the cumulative saving against as-is stays ≥ 0. */
export function paybackOf(path: RoadmapPath, asIs: AsIs): Roadmap['payback'] {
  if (!asIs.available) return undefined;
  let from: number | undefined;
  path.cumulative.forEach((c, i) => {
    const saving = (asIs.path.cumulative[i] ?? 0) - c;
    if (saving >= -1e-6 * Math.max(1, Math.abs(c))) from ??= i;
    else from = undefined;
  });
  const m = from === undefined ? undefined : path.months[from];
  return m ? { t: m.t, month: m.label } : undefined;
}

/**
 * scenario → roadmap model → engine → roadmap, verified; and today's delivery continued, for
 * the comparison. A roadmap that cannot be staffed comes back as a diagnosis, not a shortfall.
 */
export async function roadmapScenario(s: Scenario, solver: Solver, options: SolveOptions): Promise<RoadmapOutcome> {
  const solved = await solvePath(s, solver, options, false);
  if (solved === 'infeasible')
    return { status: 'infeasible', name: s.name, file: s.source.file, ...(await diagnoseRoadmap(s, solver, options)) };
  const { rm, path, result, certificate } = solved;
  const asIs = await asIsOf(s, solver, options);
  const peak = path.months.reduce(
    (best, m) => (m.oneOff > best.oneOff ? m : best),
    path.months[0] ?? { t: 1, label: '', oneOff: 0 },
  );
  const status = result.status === 'feasible' && (result.mipGap ?? 1) <= 1e-9 ? 'optimal' : result.status;
  return {
    status,
    name: s.name,
    file: s.source.file,
    currency: s.currency,
    start: rm.months[0]?.label ?? '',
    months: rm.horizon.months,
    discountRate: rm.horizon.discountRate,
    engine: result.engine,
    certificate,
    path,
    asIs,
    saving: asIs.available ? asIs.path.npv - path.npv : undefined,
    payback: paybackOf(path, asIs),
    peakOneOff: { t: peak.t, month: peak.label, amount: peak.oneOff },
    transfers: transfersOf(rm, path),
    approximations: approximationsOf(s),
    exchangeRates: exchangeRatesOf(rm),
    ruleCosts: undefined,
    model: {
      vars: rm.model.vars.length,
      rows: rm.model.rows.length,
      integers: varFacts(rm.model.vars).integers,
    },
  };
}

/** The rates used for each currency pools are paid in (docs/roadmap.md, "Currencies"). */
function exchangeRatesOf(rm: RoadmapModel): ExchangeRate[] {
  const h = rm.horizon;
  return [...h.currencies].flatMap(([currency, c]) => {
    const pools = rm.pools.filter((p) => p.terms.currency === currency).map((p) => p.id);
    if (pools.length === 0) return [];
    const byMonth = Array.from({ length: h.months }, (_, i) => c.rate / fxIndex(h, currency, i + 1));
    const [first = c.rate, last = c.rate] = [byMonth[0], byMonth.at(-1)];
    return [{ currency, pools, rate: c.rate, drift: c.drift, shock: c.shock, first, last, byMonth }];
  });
}

/** Today's delivery continued: each activity where it is delivered today, in today's shares. */
async function asIsOf(s: Scenario, solver: Solver, options: SolveOptions): Promise<AsIs> {
  const h = s.horizon;
  const today = (id: string): number =>
    [...(h?.current.get(id)?.values() ?? [])].reduce((t, v) => t + v, 0) + (h?.inHouse?.fte.get(id) ?? 0);
  const missing = s.activities.filter((a) => !(today(a.id) > 0));
  if (missing.length > 0)
    return { available: false, why: `not delivered today: ${missing.map((a) => a.id).join(', ')} (horizon.current)` };
  const solved = await solvePath(s, solver, options, true);
  if (solved === 'infeasible')
    return {
      available: false,
      why: "today's delivery cannot continue under the scenario's rules and volumes (a rule, a capacity or the hiring limits)",
    };
  return { available: true, path: solved.path };
}
