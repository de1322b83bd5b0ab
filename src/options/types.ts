import type { Plan } from '../plan/types.js';
import type { Proof } from '../plan/proof.js';
import type { VariantSet } from './variant.js';

/** A country's share of all hours, in a plan and in the optimum. */
export type ShareShift = { readonly country: string; readonly from: number; readonly to: number };

/** An activity leaving some countries (`left`) or going to more (`entered`). */
export type ActivityMove = {
  readonly activity: string;
  readonly left: readonly string[];
  readonly entered: readonly string[];
};

/** How an alternative differs from the optimum, in the words a steering committee uses. */
export type Difference = {
  /** Countries the optimum uses and the alternative does not, and the other way round. */
  readonly dropped: readonly string[];
  readonly added: readonly string[];
  readonly home: ShareShift;
  /** Countries whose share moves most (at least a point), largest first, dropped and added ones excluded. */
  readonly shifts: readonly ShareShift[];
  /** Activities that leave countries the alternative still uses, or enter countries the optimum used. */
  readonly moves: readonly ActivityMove[];
  /** Share of the hours that sit elsewhere than in the optimum: ½ Σ |Δ hours| per activity and country / all hours. */
  readonly moved: number;
  /** One line: "drops MA; home 31% → 45%; RO 20% → 35%; 24% of hours moved". */
  readonly summary: string;
};

export type Alternative = {
  /** 1, 2, … in the order found. */
  readonly rank: number;
  /** What the search pushed for, in words ("as much at home as the budget allows"). */
  readonly aim: string;
  readonly plan: Plan;
  /** Cost above the optimum, as a fraction of it. */
  readonly above: number;
  readonly difference: Difference;
  /** The scenario changes this alternative is the least-cost plan of (`bestshore plan … --set …` prints it). */
  readonly sets: readonly VariantSet[];
  /** What the planner proved of it: least cost for those changes (or within a gap). */
  readonly proof: Proof;
  readonly countries: number;
  /** Hours-weighted mean of the countries' risk scores (0-100), when every country has one. */
  readonly risk: number | undefined;
};

/** A search whose plan was not kept, and why (a duplicate, over the budget, no valid variant). */
export type Discarded = { readonly aim: string; readonly reason: string };

export type AlternativesResult = {
  readonly status: 'alternatives';
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly home: string;
  readonly slack: number;
  /** The optimum's cost × (1 + slack): every alternative costs at most this. */
  readonly budget: number;
  readonly optimum: Plan;
  readonly optimumProof: Proof;
  /** The optimum's mean risk score, when every country has one (then each alternative has its own). */
  readonly optimumRisk: number | undefined;
  readonly alternatives: readonly Alternative[];
  readonly discarded: readonly Discarded[];
  /** Searches solved (each a linear program) and alternatives planned. */
  readonly searches: number;
};
