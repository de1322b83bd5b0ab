import { planScenario } from '../plan/planScenario.js';
import type { Outcome } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';
import type { SolveOptions, Solver } from '../solver/solver.js';

/**
 * `bestshore compare`: several scenarios (files, or variants of one) planned side by side —
 * total cost, FTE, hours by country and the allocation — the first one being the reference.
 */
export type CompareEntry = { readonly label: string; readonly scenario: Scenario };

export type CompareUnit = 'money' | 'hours' | 'fte';

export type CompareRow = {
  readonly group: 'total' | 'country' | 'allocation';
  readonly label: string;
  readonly unit: CompareUnit;
  /** One value per column; undefined when that scenario has no plan. */
  readonly values: readonly (number | undefined)[];
};

export type Comparison = {
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly columns: readonly { readonly label: string; readonly outcome: Outcome }[];
  readonly rows: readonly CompareRow[];
};

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/** The rows of a comparison, from planned outcomes (first column: the reference). */
export function comparisonRows(outcomes: readonly Outcome[]): CompareRow[] {
  const plans = outcomes.map((o) => (o.status === 'infeasible' ? undefined : o));
  const each = (f: (p: NonNullable<(typeof plans)[number]>) => number): (number | undefined)[] =>
    plans.map((p) => (p ? f(p) : undefined));
  const countries = union(plans.map((p) => p?.countries.map((c) => c.country) ?? []));
  const pairs = union(plans.map((p) => p?.allocation.map((r) => `${r.activity} · ${r.country}`) ?? []));
  const rows: CompareRow[] = [
    { group: 'total', label: 'Total cost', unit: 'money', values: each((p) => p.totalCost) },
    { group: 'total', label: 'FTE', unit: 'fte', values: each((p) => p.totalFte) },
    { group: 'total', label: 'Hours', unit: 'hours', values: each((p) => p.totalHours) },
  ];
  for (const c of countries) {
    rows.push({
      group: 'country',
      label: `${c} hours`,
      unit: 'hours',
      values: each((p) => p.countries.find((k) => k.country === c)?.hours ?? 0),
    });
    rows.push({
      group: 'country',
      label: `${c} cost`,
      unit: 'money',
      values: each((p) => p.countries.find((k) => k.country === c)?.cost ?? 0),
    });
  }
  for (const pair of pairs) {
    const [activity, country] = pair.split(' · ');
    rows.push({
      group: 'allocation',
      label: pair,
      unit: 'hours',
      values: each((p) =>
        p.allocation.filter((r) => r.activity === activity && r.country === country).reduce((t, r) => t + r.hours, 0),
      ),
    });
  }
  return rows;
}

/** Plan every entry with the same engine and compare. */
export async function compareScenarios(
  entries: readonly CompareEntry[],
  solver: Solver,
  options: SolveOptions,
  /** Told which scenario is being planned and each step of its solve (the CLI's status line). */
  status?: (text: string) => void,
): Promise<Comparison> {
  const columns: { label: string; outcome: Outcome }[] = [];
  for (const [i, e] of entries.entries()) {
    const at = `${e.label} (${i + 1}/${entries.length})`;
    status?.(`planning ${at}`);
    const asked = status ? { ...options, onStep: (step: string) => status(`${at}: ${step}`) } : options;
    columns.push({ label: e.label, outcome: await planScenario(e.scenario, solver, asked) });
  }
  const first = entries[0]?.scenario;
  return {
    name: first?.name ?? '',
    currency: first?.currency ?? 'EUR',
    period: first?.period ?? 'month',
    columns,
    rows: comparisonRows(columns.map((c) => c.outcome)),
  };
}
