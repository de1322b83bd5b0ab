import type { Proof } from '../plan/proof.js';
import type { Plan } from '../plan/types.js';
import type { VariantSet } from './variant.js';

/** One point of a front: the least-cost plan with the objective held at ε (or better). */
export type ParetoPoint = {
  readonly eps: number;
  /** The objective's value in the plan (at least as good as ε). */
  readonly value: number;
  readonly plan: Plan;
  readonly proof: Proof;
  readonly sets: readonly VariantSet[];
  /** How the plan differs from the point before it on the front (the first: from the optimum, i.e. nothing). */
  readonly change: string;
};

export type ParetoResult = {
  readonly status: 'pareto';
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly home: string;
  readonly objective: {
    readonly id: string;
    readonly label: string;
    readonly unit: 'share' | 'score' | 'index' | 'count';
    readonly sense: 'max' | 'min';
  };
  /** From the optimum (cost first) to the best value of the objective with a plan, cost non-decreasing. */
  readonly points: readonly ParetoPoint[];
  /**
   * Index of the knee: the point farthest from the straight line between the front's two ends,
   * both axes scaled to [0, 1] (the maximum-distance, "Kneedle", definition); undefined under 3 points.
   */
  readonly knee: number | undefined;
  /** ε values that gave no new point: no plan (past the front's end), or a plan already on it. */
  readonly skipped: readonly { readonly eps: number; readonly reason: string }[];
  /** Variants planned. */
  readonly solves: number;
};
