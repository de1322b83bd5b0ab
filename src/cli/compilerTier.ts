import { setFlagsFromString } from 'node:v8';
import type { LpModel } from '../model/lp.js';
import { varFacts } from '../model/varFacts.js';
import { beforeHighsCompiles } from '../solver/highsSolver.js';

/**
 * From this many variables, or this many integers, a model's solve is long enough for V8's
 * optimising compiler to pay for compiling HiGHS's 3.5 MB WebAssembly in the background
 * (docs/performance.md, "Compiler tier by model size"); below, V8's baseline code alone
 * (`--liftoff-only`) starts the solve sooner and finishes first.
 */
export const OPTIMISED_FROM_VARS = 30_000;
export const OPTIMISED_FROM_INTEGERS = 50;

export type CompilerTier = 'baseline' | 'optimising';

/** The tier HiGHS's WebAssembly is compiled in, for a process whose first HiGHS model is `model`. */
export function compilerTierFor(model: Pick<LpModel, 'vars'>): CompilerTier {
  const { integers } = varFacts(model.vars);
  return model.vars.length >= OPTIMISED_FROM_VARS || integers >= OPTIMISED_FROM_INTEGERS ? 'optimising' : 'baseline';
}

/**
 * For the launcher (bin/bestshore.js), on one-shot commands: the tier is chosen from the first
 * model HiGHS solves, before its WebAssembly is compiled. A flag set on the node command line
 * wins (the launcher does not call this then).
 */
export function tierByModelSize(): void {
  beforeHighsCompiles((model) => {
    if (compilerTierFor(model) === 'baseline') setFlagsFromString('--liftoff-only');
  });
}

/**
 * V8's tiering budget for the processes of `sweep` and `explain` (its default: 1,800,000,
 * roughly bytes of a function's code run before it is optimised). Both re-solve one model
 * family many times from nearby bases: by default the first solve, from scratch, tiers up most
 * of HiGHS's simplex while it runs, for ~1 s of compile that short re-solves never pay back
 * (docs/performance.md, issue 14: a sweep's grid 3.8 → 2.8 s of CPU; explain at 40×10×168,
 * five interleaved runs, median 4.37 → 4.12 s, the site MILP 10×8 4.47 → 4.06 s, the tourism
 * rota 25.2 → 21.3 s). At this budget only the functions such a command keeps running get
 * optimised; the answers are the same in either tier.
 */
export const RESOLVES_TIERING_BUDGET = 1_500_000_000;

/** For the launcher, on `sweep` and `explain` (a compiler flag on the node command line wins). */
export function tierForResolves(): void {
  setFlagsFromString(`--wasm-tiering-budget=${RESOLVES_TIERING_BUDGET}`);
}
