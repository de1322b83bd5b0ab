import { ExitError } from '../errors.js';
import { hasIntegers, type LpModel } from '../model/lp.js';
import { varFacts } from '../model/varFacts.js';
import { autoSolver } from './engines.js';
import { glpkSolver } from './glpkSolver.js';
import { netLimitsFor, solvePricedOut } from './pricedOut.js';
import { solveRota } from './rota.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';
import { EMPTY_ROW_NOISE } from '../tolerances.js';

/** Longest search for the preferred rota among those of equal cost. */
const TIE_BREAK_SECONDS = 5;
/**
 * ... and most nodes of that search (HiGHS), so that where it stops depends on the model rather
 * than on the machine's speed or load: the rota chosen is the same on every machine that reaches
 * this limit first. Measured on the test suite's rotas: almost every preferred rota is proven at
 * the root, the largest took 153 nodes; one tied rota that explain prices
 * (test/explainBounds.test.ts) took 73 to 1,150 nodes in its 5 s, by the machine's load, without
 * a proof, and the rota of its parts then stands: it now stops at 200 nodes, 2.4 s here.
 */
const TIE_BREAK_NODES = 200;
/** Share of the time limit the search for a rota's starting plan may take. */
const START_SHARE = 1 / 3;
/**
 * Under `auto`, glpk.js first gets each part of a rota's shifts (rotaParts.ts) for this long: its
 * simplex lands on whole vertices of these nearly interval matrices and proves most parts in
 * milliseconds (measured up to 2,576 columns, well inside this limit; loading glpk.js on its
 * first call, about 0.1 s, is not counted), where HiGHS spends seconds on its root
 * (docs/performance.md). A part it has not proven by then goes to HiGHS, from glpk.js's rota.
 * The same limit holds for step 3's parts (the preferred rota). A part glpk.js does not prove
 * quickly it rarely proves at all: half a second here cost the energy sample with shifts 0.45 s
 * for a part HiGHS then proved in 20 ms.
 */
const GLPK_PART_SECONDS = 0.1;

/** A row with no variables that cannot hold (e.g. a home share where home is not allowed). */
export function emptyRowConflict(model: LpModel): string | undefined {
  for (const r of model.rows) {
    if (r.terms.length > 0) continue;
    const noise = EMPTY_ROW_NOISE * Math.max(1, Math.abs(r.rhs));
    const bad =
      (r.op === '=' && Math.abs(r.rhs) > noise) ||
      (r.op === '>=' && r.rhs > noise) ||
      (r.op === '<=' && r.rhs < -noise);
    if (bad) return r.id;
  }
  return undefined;
}

/**
 * Solve through an engine, answering trivially infeasible models without calling it; a
 * whole-agent queue model is solved over the staffing patterns its LP relaxation leaves in
 * play (pricedOut.ts), a rota with its shift counts relaxed first (rota.ts), every command alike.
 */
export async function solveModel(model: LpModel, solver: Solver, asked: SolveOptions): Promise<SolveResult> {
  if (emptyRowConflict(model) !== undefined) return { status: 'infeasible' };
  // The gap the model asks for (a rota's shifts.mip_gap), unless the caller sets one.
  const options: SolveOptions = { ...asked, mipGap: asked.mipGap ?? model.mipGap ?? 0 };
  const engine =
    (o: SolveOptions) =>
    async (m: LpModel, start?: readonly number[], gap?: number): Promise<SolveResult> => {
      // `gap`: where this search may stop instead (a rota's start that stands, pricedOut.ts).
      const stopAt = gap === undefined ? o : { ...o, mipGap: gap };
      try {
        return await solver.solve(m, start ? { ...stopAt, start } : stopAt);
      } catch (e) {
        // A refusal with its own exit code (a model too large for the engine asked for) is the user's to fix.
        if (e instanceof ExitError) throw e;
        return { status: 'error', message: `${solver.name} failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    };
  // A rota's shifts, once the other choices are fixed, are proven optimal (a small model); the
  // tie-break among equal-cost rotas gets a short time limit (its best rota so far is as good).
  const exact = { ...options, mipGap: 0 };
  const tieBreak = {
    ...exact,
    timeLimitSeconds: Math.min(options.timeLimitSeconds, TIE_BREAK_SECONDS),
    nodeLimit: TIE_BREAK_NODES,
  };
  // Told only when someone listens: the message's count is not worth a pass over the model otherwise.
  const step = asked.onStep;
  if (step && hasIntegers(model))
    step(`branch and bound (${varFacts(model.vars).integers.toLocaleString('en-US')} integers)`);
  return solveRota(
    model,
    {
      search: (m, findStart) =>
        solvePricedOut(
          m,
          engine(options),
          options.mipGap,
          engine(exact),
          step,
          findStart,
          netLimitsFor(options.timeLimitSeconds),
        ),
      exact: engine(exact),
      part: solver.name === autoSolver.name ? glpkFirst(engine(exact), exact) : engine(exact),
      quick: engine({ ...options, timeLimitSeconds: options.timeLimitSeconds * START_SHARE }),
      tieBreak: solver.name === autoSolver.name ? glpkFirst(engine(tieBreak), tieBreak) : engine(tieBreak),
      whole: engine(options),
      gap: options.mipGap ?? 0,
    },
    step,
  );
}

/** `then`, unless glpk.js proves the model (or its infeasibility) within GLPK_PART_SECONDS; `then` starts from glpk's plan. */
const glpkFirst =
  (then: (m: LpModel, start?: readonly number[]) => Promise<SolveResult>, options: SolveOptions) =>
  async (m: LpModel): Promise<SolveResult> => {
    const quick: SolveOptions = { ...options, timeLimitSeconds: Math.min(options.timeLimitSeconds, GLPK_PART_SECONDS) };
    const r = await glpkSolver.solve(m, quick).catch((): SolveResult => ({ status: 'error', message: 'glpk failed' }));
    if (r.status === 'optimal' || r.status === 'infeasible') return r;
    return then(m, r.status === 'feasible' ? r.x : undefined);
  };
