import type { Highs } from 'highs';
import { hasIntegers, type LpModel } from '../model/lp.js';
import { highsAbortMessage } from './highsFailure.js';
import { highsOptions, readResult } from './highsResult.js';
import { dropHighs, highsSolver, loadHighs, toModelData } from './highsSolver.js';
import { changeTo, liveModel, rowsWithin, type LiveModel } from './liveModel.js';
import { sameModel } from './modelShape.js';
import { startFrom, type Reference } from './warmStart.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

/** An engine kept open by a command that solves many related models (explain, sweep). */
export type SolverSession = Solver & {
  /** Frees the engine's memory; the session can still solve afterwards (it starts afresh). */
  close(): void;
  /**
   * Where the next solves start: each from the session's reference (`'reference'`, the
   * default: explain), or each from the optimum of the one before (`'chain'`: neighbouring
   * points of a sweep). Either way the next solve starts from the reference, so a chain begun
   * here gives the same answers whatever the session solved before.
   */
  startFrom(mode: 'reference' | 'chain'): void;
  /** The optimal basis of the first LP solved (the session's reference), when there is one. */
  basis(): Basis | undefined;
  /**
   * The first LP this session solves starts from `basis` (another session's `basis()` for the
   * same model): a worker thread handed the base optimum re-solves it in no iterations.
   */
  seed(basis: Basis): void;
  /**
   * Load the engine `model` will be solved by and hand it the model, so that its first solve
   * starts at once (a sweep's worker thread, while it waits for the base optimum).
   */
  warm(model: LpModel, options: SolveOptions): Promise<void>;
};

/** An LP's basis: HiGHS's status of each column and each row. */
export type Basis = { readonly cols: Int32Array; readonly rows: Int32Array };

/** How many answers the session remembers, to answer a model it has already solved at once. */
const REMEMBERED = 4;

/**
 * HiGHS for a command that solves related models one after the other:
 * - a model with the shape of the one in the engine (other costs, bounds or right-hand sides:
 *   a sweep point) is changed in place instead of passed again;
 * - every LP starts from the optimal basis of the first LP solved (its reference), every MILP
 *   from the first MILP's solution, matched by variable and row ids — so a model without one
 *   rule (explain) or with another rate (sweep) needs a few simplex iterations instead of all;
 *   starting each solve from the same reference keeps its answer independent of which models
 *   were solved before (and of the number of workers sharing a sweep);
 * - a model equal to one of the last few solved gets the same answer without solving.
 * Answers read exactly like highsSolver's, and go through the same certificate and verifier.
 */
export function highsSession(): SolverSession {
  /** The first model of each kind (LP, MILP) stays in an engine of its own: its variants are solved in place there. */
  const homes: LiveModel[] = [];
  /** One more engine for models that fit no home (a scenario lever that adds variables, say). */
  let scratch: LiveModel | undefined;
  let lpReference: Reference | undefined;
  let chain = false;
  /** In a chain: the optimal basis of the last LP solved. */
  let lpLast: Reference | undefined;
  let mipReference: Reference | undefined;
  /** In a chain: the engine that solved the last LP, still holding its optimal basis and factors. */
  let lpLastIn: LiveModel | undefined;
  let seeded: Basis | undefined;
  const recent: { model: LpModel; result: SolveResult }[] = [];

  const close = (): void => {
    for (const l of [...homes, ...(scratch ? [scratch] : [])]) l.m.dispose();
    homes.length = 0;
    scratch = undefined;
    lpLastIn = undefined;
  };

  /** The engine holding `model` (in place when it can), and where each row of `model` is in it. */
  function load(
    h: Highs,
    model: LpModel,
    mip: boolean,
    options: SolveOptions,
  ): { held: LiveModel; at: Int32Array | undefined; kept: boolean } {
    for (const live of [...homes, ...(scratch ? [scratch] : [])]) {
      const at = live.mip === mip ? rowsWithin(live.model, model) : undefined;
      if (!at) continue;
      // The next point of a chain in the engine that solved the last one: HiGHS keeps that
      // optimal basis and its factors through changes of costs and bounds, so the solve starts
      // there without refactorising (the start it would be given anyway).
      const kept = !mip && chain && lpLastIn === live && lpLast !== undefined;
      if (!kept) live.m.clearSolver();
      changeTo(h, live, model, at);
      // Every option this solve asks for (time and node limits, a MILP's gap), not the first one's.
      live.m.options.set(highsOptions(model, options));
      return { held: live, at: at.length === live.model.rows.length ? undefined : at, kept };
    }
    const m = h.createModel();
    m.options.set(highsOptions(model, options));
    m.passModel(toModelData(h, model));
    const live = liveModel(model, m, mip);
    if (!homes.some((x) => x.mip === mip)) homes.push(live);
    else {
      scratch?.m.dispose();
      scratch = live;
    }
    return { held: live, at: undefined, kept: false };
  }

  const seedFor = (model: LpModel): Reference | undefined =>
    seeded && seeded.cols.length === model.vars.length && seeded.rows.length === model.rows.length
      ? { model, kind: 'basis', ...seeded }
      : undefined;

  async function solve(model: LpModel, options: SolveOptions): Promise<SolveResult> {
    const known = recent.find((r) => sameModel(r.model, model));
    if (known) return known.result;
    const h = await loadHighs(model);
    // Whether the model has integers, found once per solve (a pass over every variable).
    const mip = hasIntegers(model);
    const { held, at, kept } = load(h, model, mip, options);
    lpLastIn = undefined;
    if (mip && options.start?.length === model.vars.length)
      held.m.setSolution({ colValue: Float64Array.from(options.start) });
    else if (!kept) startFrom(held, mip ? mipReference : (lpLast ?? lpReference ?? seedFor(held.model)));
    // HiGHS counts its time limit over every run of an engine, and clearSolver does not reset
    // that clock: without this, once a session's solves added up to the limit (60 s by
    // default), every later one stopped at once on the time limit. The limit is per solve.
    held.m.zeroAllClocks();
    held.m.run();
    const read = readResult(held.m, held.model, mip);
    const result =
      read.status === 'optimal' && read.duals && at
        ? { ...read, duals: Array.from(at, (i) => read.duals?.[i] ?? 0) }
        : read;
    if (result.status === 'optimal') {
      const basis = (): Reference => {
        const b = held.m.getBasis();
        return { model: held.model, kind: 'basis', cols: b.colStatus, rows: b.rowStatus };
      };
      if (!mip && !lpReference) lpReference = basis();
      else if (!mip && chain) {
        lpLast = basis();
        lpLastIn = held;
      }
      if (mip && !mipReference) mipReference = { model: held.model, kind: 'solution', x: Float64Array.from(result.x) };
    }
    recent.unshift({ model, result });
    recent.length = Math.min(recent.length, REMEMBERED);
    return result;
  }

  return {
    name: 'highs',
    close,
    startFrom(mode) {
      chain = mode === 'chain';
      lpLast = undefined;
      lpLastIn = undefined;
    },
    basis: () => (lpReference?.kind === 'basis' ? { cols: lpReference.cols, rows: lpReference.rows } : undefined),
    seed(basis) {
      seeded = basis;
    },
    async warm(model, options) {
      const h = await loadHighs(model);
      // An LP goes in as its first solve would put it (its options are the session's); that
      // solve then finds it held. A MILP's options depend on how it is solved: it waits.
      if (homes.length === 0 && !hasIntegers(model)) load(h, model, false, options);
    },
    async solve(model, options) {
      try {
        return await solve(model, options);
      } catch (e) {
        close();
        const abort = highsAbortMessage(e, model);
        if (abort !== undefined) {
          dropHighs();
          return { status: 'error', message: abort };
        }
        // A shortcut of the session failed (a change in place, a start): this model is solved
        // as a fresh engine would solve it, and the session starts afresh after it.
        return highsSolver.solve(model, options);
      }
    },
  };
}
