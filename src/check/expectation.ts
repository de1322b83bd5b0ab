import type { z } from 'zod';
import { ExpectSchema } from '../scenario/schema.js';

/** A golden result: what re-planning a scenario must give, with tolerances. */
export type Expectation = {
  readonly status: 'optimal' | 'infeasible';
  readonly totalCost: number | undefined;
  /** Relative tolerance on the total cost. */
  readonly costTolerance: number;
  /** activity → country → share of the activity's hours. */
  readonly shares: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  /** Absolute tolerance on each share. */
  readonly shareTolerance: number;
};

export const DEFAULT_COST_TOLERANCE = 1e-6;
export const DEFAULT_SHARE_TOLERANCE = 1e-4;

export function toExpectation(input: z.infer<typeof ExpectSchema>): Expectation {
  return {
    status: input.status,
    totalCost: input.total_cost,
    costTolerance: input.cost_tolerance ?? DEFAULT_COST_TOLERANCE,
    shares: input.shares,
    shareTolerance: input.share_tolerance ?? DEFAULT_SHARE_TOLERANCE,
  };
}

/** Parse a `<name>.expected.json` golden file; returns an error message when it is malformed. */
export function parseExpectedJson(text: string): Expectation | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  const r = ExpectSchema.safeParse(data);
  if (!r.success) return r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return toExpectation(r.data);
}
