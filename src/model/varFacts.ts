import type { Var } from './lp.js';

/** What one pass over a model's variables finds, asked for by several stages of every solve. */
export type VarFacts = {
  /** Variables that are not continuous: the model needs a mixed-integer engine when there is one. */
  readonly integers: number;
  /** Whole-agent staffing patterns (pattern variables that are not continuous). */
  readonly patterns: number;
  /** Shift variables: the model is a rota. */
  readonly shifts: number;
};

/**
 * The facts of each variables array, with the length they were found at: a builder may still
 * push variables to an array it has handed out, never replace one by a variable of another kind
 * or role (variables are read-only). A sweep solves hundreds of patched models and each solve
 * asked these questions four or five times, a pass over 10,000 variables each.
 */
const known = new WeakMap<readonly Var[], { readonly length: number; readonly facts: VarFacts }>();

export function varFacts(vars: readonly Var[]): VarFacts {
  const k = known.get(vars);
  if (k !== undefined && k.length === vars.length) return k.facts;
  let integers = 0;
  let patterns = 0;
  let shifts = 0;
  for (const v of vars) {
    if (v.kind !== 'continuous') {
      integers++;
      if (v.role === 'pattern') patterns++;
    }
    if (v.role === 'shift') shifts++;
  }
  const facts: VarFacts = { integers, patterns, shifts };
  known.set(vars, { length: vars.length, facts });
  return facts;
}

/**
 * `to` holds `from`'s variables in the same order, each with the same kind and role (other
 * costs or bounds: a sweep's patch), so it has the same facts: known without a pass.
 */
export function sameKindsAs(to: readonly Var[], from: readonly Var[]): void {
  const k = known.get(from);
  if (k !== undefined && k.length === from.length && to.length === from.length) known.set(to, k);
}

/** Does the model need a mixed-integer engine? */
export const hasIntegers = (m: { readonly vars: readonly Var[] }): boolean => varFacts(m.vars).integers > 0;
