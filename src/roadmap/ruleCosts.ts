import type { Horizon, Workforce } from '../scenario/horizon.js';
import type { Scenario } from '../scenario/types.js';
import type { SolveOptions, Solver } from '../solver/solver.js';
import { IN_HOUSE } from './pools.js';
import { paybackOf, solvePath } from './roadmapScenario.js';
import type { Roadmap, RuleCost } from './types.js';

type Relaxation = {
  readonly pool: string;
  readonly rule: RuleCost['rule'];
  readonly written: string;
  readonly relax: (w: Workforce) => Workforce;
};

/** The transition terms that can delay a roadmap or hold it back: finite hiring limits, lead times, ramp-ups, no release. */
function relaxations(h: Horizon): Relaxation[] {
  const pools: [string, Workforce][] = [...h.countries];
  if (h.inHouse) pools.push([IN_HOUSE, h.inHouse]);
  return pools.flatMap(([pool, w]) => [
    ...(w.hiringPerMonth > 0 && w.hiringPerMonth < Infinity
      ? [
          {
            pool,
            rule: 'hiring_per_month' as const,
            written: `${w.hiringPerMonth} a month`,
            relax: (x: Workforce) => ({ ...x, hiringPerMonth: Infinity }),
          },
        ]
      : []),
    ...(w.leadMonths > 0
      ? [
          {
            pool,
            rule: 'lead_months' as const,
            written: `${w.leadMonths} months`,
            relax: (x: Workforce) => ({ ...x, leadMonths: 0 }),
          },
        ]
      : []),
    ...(w.ramp.length > 0
      ? [
          {
            pool,
            rule: 'ramp' as const,
            written: w.ramp.map((r) => `${Math.round(r * 100)}%`).join(', '),
            relax: (x: Workforce) => ({ ...x, ramp: [] }),
          },
        ]
      : []),
    // A commitment not to release (an in-house team left to attrition): released at release_cost instead.
    ...(!w.canRelease
      ? [
          {
            pool,
            rule: 'can_release' as const,
            // Lifted, a release costs release_cost (0 unless written): the words say so.
            written: `no release (lifted: release_cost ${w.releaseCost} an agent)`,
            relax: (x: Workforce) => ({ ...x, canRelease: true }),
          },
        ]
      : []),
  ]);
}

function relaxed(s: Scenario, h: Horizon, r: Relaxation): Scenario {
  if (r.pool === IN_HOUSE && h.inHouse)
    return { ...s, horizon: { ...h, inHouse: { ...h.inHouse, ...r.relax(h.inHouse) } } };
  const countries = new Map([...h.countries].map(([code, w]) => [code, code === r.pool ? r.relax(w) : w]));
  return { ...s, horizon: { ...h, countries } };
}

/**
 * What each transition term costs: the roadmap solved again without it (that country's hiring
 * limit lifted, its lead time 0, its new agents fully productive at once, its agents free to
 * be released at its release_cost), its NPV and payback
 * against the same path of today's delivery. One solve per term.
 */
export async function transitionRuleCosts(
  s: Scenario,
  base: Roadmap,
  solver: Solver,
  options: SolveOptions,
): Promise<RuleCost[]> {
  const h = s.horizon;
  if (!h) return [];
  const out: RuleCost[] = [];
  for (const r of relaxations(h)) {
    const solved = await solvePath(relaxed(s, h, r), solver, options, false);
    if (solved === 'infeasible') continue;
    const payback = paybackOf(solved.path, base.asIs);
    out.push({
      pool: r.pool,
      rule: r.rule,
      written: r.written,
      npv: base.path.npv - solved.path.npv,
      paybackDelay: base.payback && payback ? base.payback.t - payback.t : undefined,
    });
  }
  return out.sort((a, b) => b.npv - a.npv);
}
