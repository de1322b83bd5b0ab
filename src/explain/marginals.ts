import type { Row, RowKind } from '../model/lp.js';
import { pathKey } from '../scenario/path.js';
import type { Scenario } from '../scenario/types.js';
import type { Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { Sensitivity } from './sensitivity.js';
import type { Marginal } from './types.js';
import { whereOf } from './where.js';

/** Changes below half a cent per step are not worth a sentence: the rule is not binding. */
const NEGLIGIBLE = 0.005;

/**
 * Rows whose right-hand side is proportional to an activity's hours (min_country_share once the
 * plan's decisions are fixed: k × hours for a country counted, 0 otherwise).
 */
const SCALES_WITH_HOURS: ReadonlySet<RowKind> = new Set<RowKind>([
  'demand',
  'quality',
  'max-share',
  'min-home-share',
  'min-country-share',
]);

type Indexed = { readonly row: Row; readonly i: number };

/** The cost change per step of one rule: Σ y_i · d(rhs_i)/d(value) over its rows. */
function ruleMarginal(s: Scenario, lever: Lever, rows: readonly Indexed[], sens: Sensitivity): Marginal | undefined {
  if (rows.some(({ row }) => row.valueInTerms)) return undefined;
  const field = ruleField(lever.path);
  const value = field?.get(s);
  const known = field !== undefined && value !== undefined && value !== 0;
  // Known field: rhs_i = k_i × value. Otherwise: the change for +1% of every row's right-hand side.
  const k = (r: Row): number => (known ? r.rhs / value : r.rhs);
  const step = known ? (field.unit === 'share' ? 0.01 : 1) : 0.01;
  const perUnit = rows.reduce((t, { row, i }) => t + (sens.duals[i] ?? 0) * k(row), 0);
  const change = perUnit * step;
  if (!(Math.abs(change) >= NEGLIGIBLE)) return undefined;
  // The range is HiGHS's for one row: the rule's only row, or the only one of its rows that binds.
  const binding = rows.filter(({ i }) => Math.abs(sens.duals[i] ?? 0) > 1e-12);
  const only = rows.length === 1 ? rows[0] : binding.length === 1 ? binding[0] : undefined;
  const rhsRange = only && !sens.fixedDecisions ? sens.rhsRange[only.i] : undefined;
  const kk = only ? k(only.row) : 0;
  const range =
    known && rhsRange && kk !== 0 ? ordered(rhsRange.from / kk, rhsRange.to / kk, field.unit === 'share') : undefined;
  const first = rows[0]?.row;
  return {
    rule: lever.key,
    kind: lever.kind,
    where: lever.where,
    value: known ? value : undefined,
    step,
    rowUnit: !known,
    change,
    range,
    bounds: undefined,
    activity: first?.activity,
    country: rows.every((r) => r.row.country === first?.country) ? first?.country : undefined,
    language: first?.language,
  };
}

function ordered(a: number, b: number, share: boolean): { from: number; to: number } {
  const clip = (v: number): number => Math.max(0, share ? Math.min(1, v) : v);
  return { from: clip(Math.min(a, b)), to: clip(Math.max(a, b)) };
}

/** One more hour of an activity: its demand and every rule that scales with its hours. */
function hoursMarginal(s: Scenario, sens: Sensitivity, activity: string, hours: number): Marginal {
  let change = 0;
  sens.rows.forEach((r, i) => {
    if (r.activity === activity && SCALES_WITH_HOURS.has(r.kind) && hours > 0)
      change += ((sens.duals[i] ?? 0) * r.rhs) / hours;
  });
  const path = ['activities', activity, 'hours'];
  return {
    rule: pathKey(path),
    kind: 'hours',
    where: whereOf(s, path),
    value: hours,
    step: 1,
    rowUnit: false,
    change,
    range: undefined,
    bounds: undefined,
    activity,
    country: undefined,
    language: undefined,
  };
}

/** Marginal values of the plan: each activity's hours, then every binding rule in file order. */
export function marginals(s: Scenario, levers: readonly Lever[], sens: Sensitivity): Marginal[] {
  const byRule = new Map<string, Indexed[]>();
  sens.rows.forEach((row, i) => {
    const key = pathKey(row.source);
    byRule.set(key, [...(byRule.get(key) ?? []), { row, i }]);
  });
  const hours = s.activities.map((a) => hoursMarginal(s, sens, a.id, a.hours));
  const rules = levers.flatMap((l) => {
    const rows = l.lift ? [] : (byRule.get(l.key) ?? []);
    const m = rows.length > 0 ? ruleMarginal(s, l, rows, sens) : undefined;
    return m ? [m] : [];
  });
  return [...hours, ...rules];
}
