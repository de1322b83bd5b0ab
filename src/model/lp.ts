import type { FieldPath } from '../scenario/path.js';
import type { LegalBasis } from '../scenario/residency.js';

/**
 * A solver-neutral linear program: minimise Σ cost·x subject to rows, x ≥ 0.
 * Every variable and row maps back to the scenario (activity, country, YAML path).
 */
export type Var = {
  readonly id: string;
  readonly activity: string;
  readonly country: string;
  readonly cost: number;
  readonly quality: number;
  readonly basis: LegalBasis;
  /** An upper bound implied by the rows (the activity's hours): used to bound certificates. */
  readonly impliedUpper: number;
};

export type RowKind = 'demand' | 'capacity' | 'language-capacity' | 'quality' | 'max-share' | 'min-home-share';
export type Op = '=' | '<=' | '>=';
export type Term = { readonly v: number; readonly coef: number };

export type Row = {
  readonly id: string;
  readonly kind: RowKind;
  readonly op: Op;
  readonly rhs: number;
  readonly terms: readonly Term[];
  /** The scenario field this row comes from, e.g. ['activities', 'l1', 'min_quality']. */
  readonly source: FieldPath;
  readonly activity?: string;
  readonly country?: string;
  readonly language?: string;
};

export type LpModel = {
  readonly vars: readonly Var[];
  readonly rows: readonly Row[];
};

/** Left-hand side of a row at point x. */
export function rowActivity(row: Row, x: readonly number[]): number {
  let s = 0;
  for (const t of row.terms) s += t.coef * (x[t.v] ?? 0);
  return s;
}

export function objectiveAt(model: LpModel, x: readonly number[]): number {
  let s = 0;
  model.vars.forEach((v, j) => { s += v.cost * (x[j] ?? 0); });
  return s;
}
