import { residencyBasis } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import { costOf, costOfScenario, type ExplainContext } from './context.js';
import { smallestRelaxation } from './elastic.js';
import { liftLevers, type Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { WayOut } from './types.js';
import { whereOf } from './where.js';

/** Tries of one more rounding step when a rounded relaxation still leaves no plan. */
const NUDGES = 3;

/** Round a relaxed value outwards, in steps a person would write (0.001 for shares, 1 h). */
function rounded(value: number, direction: 'up' | 'down', unit: 'share' | 'hours' | 'count', nudge: number): number {
  const step = unit === 'share' ? 0.001 : 1;
  const n = value / step;
  // A hair of tolerance so that 0.87 stays 0.87 rather than becoming 0.869.
  const r = direction === 'up' ? Math.ceil(n - 1e-6) + nudge : Math.floor(n + 1e-6) - nudge;
  const v = Math.round(r * step * 1e6) / 1e6;
  return unit === 'share' ? Math.min(1, Math.max(0, v)) : Math.max(0, v);
}

/** A numeric rule: its smallest relaxation, rounded, checked by re-solving the edited scenario. */
async function relax(s: Scenario, l: Lever, ctx: ExplainContext): Promise<WayOut[]> {
  const field = ruleField(l.path);
  const r = field ? await smallestRelaxation(s, l, ctx) : undefined;
  if (!field || !r) return lift(s, l, ctx);
  for (let nudge = 0; nudge <= NUDGES; nudge++) {
    const to = rounded(r.to, r.direction, field.unit, nudge);
    const cost = await costOfScenario(ctx, field.set(s, to));
    if (cost !== undefined)
      return [
        {
          rule: l.key,
          kind: l.kind,
          where: l.where,
          action: 'relax',
          from: r.from,
          to,
          country: undefined,
          planCost: cost,
        },
      ];
  }
  return lift(s, l, ctx);
}

async function lift(s: Scenario, l: Lever, ctx: ExplainContext): Promise<WayOut[]> {
  const cost = await costOf(ctx, liftLevers(s, [l], ctx.build).model);
  return cost === undefined
    ? []
    : [
        {
          rule: l.key,
          kind: l.kind,
          where: l.where,
          action: 'lift',
          from: undefined,
          to: undefined,
          country: undefined,
          planCost: cost,
        },
      ];
}

/** Allow-list: each country it leaves out (that could otherwise serve) added alone; else the list lifted. */
async function widenAllowList(s: Scenario, l: Lever, ctx: ExplainContext): Promise<WayOut[]> {
  const a = s.activities.find((x) => x.id === l.path[1]);
  if (!a) return [];
  const { pairs } = ctx.prepare(s);
  const out: WayOut[] = [];
  for (const c of s.countries) {
    if (pairs.status(a, c).allowed || c.languages[a.language] === undefined || residencyBasis(s, a, c) === undefined)
      continue;
    const widened = {
      ...s,
      activities: s.activities.map((x) => (x.id === a.id ? { ...x, allowList: [...(x.allowList ?? []), c.code] } : x)),
    };
    const cost = await costOfScenario(ctx, widened);
    if (cost !== undefined)
      out.push({
        rule: l.key,
        kind: l.kind,
        where: l.where,
        action: 'allow-country',
        from: undefined,
        to: undefined,
        country: c.code,
        planCost: cost,
      });
  }
  return out.length > 0 ? out : lift(s, l, ctx);
}

/** Personal data: standard contractual clauses with a country residency excludes; then the class lifted. */
async function widenResidency(s: Scenario, l: Lever, ctx: ExplainContext): Promise<WayOut[]> {
  const a = s.activities.find((x) => x.id === l.path[1]);
  if (!a) return [];
  const { pairs } = ctx.prepare(s);
  const out: WayOut[] = [];
  if (a.data === 'personal') {
    for (const c of s.countries) {
      if (
        pairs.status(a, c).allowed ||
        c.languages[a.language] === undefined ||
        (a.allowList && !a.allowList.includes(c.code))
      )
        continue;
      const signed = { ...s, countries: s.countries.map((k) => (k.code === c.code ? { ...k, scc: true } : k)) };
      const cost = await costOfScenario(ctx, signed);
      if (cost !== undefined)
        out.push({
          rule: l.key,
          kind: l.kind,
          where: whereOf(s, ['countries', c.code]),
          action: 'sign-scc',
          from: undefined,
          to: undefined,
          country: c.code,
          planCost: cost,
        });
    }
  }
  return [...out, ...(await lift(s, l, ctx))];
}

/**
 * Ways out of a conflict: for each of its rules, the smallest change of that rule alone that
 * restores a plan (priced slack, then rounded and re-solved), with the cost of that plan;
 * cheapest plan first. Rules whose change alone is not enough give no way out.
 */
export async function waysOut(s: Scenario, conflict: readonly Lever[], ctx: ExplainContext): Promise<WayOut[]> {
  const out: WayOut[] = [];
  for (const l of conflict) {
    if (l.kind === 'allow-list') out.push(...(await widenAllowList(s, l, ctx)));
    else if (l.kind === 'residency') out.push(...(await widenResidency(s, l, ctx)));
    else if (l.lift) out.push(...(await lift(s, l, ctx)));
    else out.push(...(await relax(s, l, ctx)));
  }
  return out.sort((a, b) => a.planCost - b.planCost);
}

/** The way out to headline: the cheapest, preferring a business change over declassifying data. */
export function cheapestWayOut(ways: readonly WayOut[]): WayOut | undefined {
  return ways.find((w) => !(w.kind === 'residency' && w.action === 'lift')) ?? ways[0];
}
