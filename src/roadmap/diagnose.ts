import { buildPreparedModel } from '../model/buildModel.js';
import { prepare } from '../model/prepare.js';
import type { LpModel } from '../model/lp.js';
import { diagnose } from '../plan/diagnose.js';
import type { Scenario } from '../scenario/types.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, Solver } from '../solver/solver.js';
import { formatNumber } from '../text/formatNumber.js';
import { buildRoadmap, horizonOf } from './buildRoadmap.js';
import { monthIndices, monthLabel, monthScenario, monthsShare } from './months.js';
import type { Shortage } from './types.js';

/** Shortfalls below this many hours in a month are rounding, not a finding. */
const SHORT_HOURS = 1e-4;
const n = (v: number, digits = 0): string => formatNumber(v, digits);

/**
 * Why no roadmap: first a month whose rules cannot hold at its volume even with every agent
 * wanted (the single-month diagnosis, with the YAML line of each rule); else the months the
 * trained agents cannot cover, from the same model with unserved hours allowed at a high price,
 * with the lead times, hiring limits and ramp-ups behind them.
 */
export async function diagnoseRoadmap(
  s: Scenario,
  solver: Solver,
  options: SolveOptions,
): Promise<{ findings: string[]; shortages: Shortage[] }> {
  const h = horizonOf(s);
  // Unserved hours allowed at a high price: one solve finds the months short of trained agents;
  // when even that has no solution, some month's own rules cannot hold at its volume.
  const rm = buildRoadmap(s, { asIs: false, elastic: true });
  const result = await solveModel(rm.model, solver, options);
  if (result.status !== 'optimal' && result.status !== 'feasible')
    return { findings: await monthRules(s, solver, options), shortages: [] };
  const shortages: Shortage[] = rm.shortfalls.flatMap((f) => {
    const hours = result.x[f.v] ?? 0;
    if (hours <= SHORT_HOURS) return [];
    const hpf = (s.countries.find((c) => c.code === f.country)?.hoursPerFte ?? 1) * monthsShare(s);
    return [{ t: f.t, month: monthLabel(h, f.t), activity: f.activity, country: f.country, hours, fte: hours / hpf }];
  });
  if (shortages.length === 0)
    return {
      findings: [
        'no roadmap: the engine found none, yet none is short of trained agents (an engine fault: try --solver highs)',
      ],
      shortages,
    };
  const months = [...new Set(shortages.map((x) => x.month))];
  const first = shortages.filter((x) => x.t === shortages[0]?.t);
  const findings = [
    `too few trained agents in ${months.length} month${months.length === 1 ? '' : 's'} (${months.slice(0, 6).join(', ')}${months.length > 6 ? ', …' : ''}): work would go unserved`,
    ...first.map((x) => `${x.month}: ${x.activity} is ${n(x.hours)} h short in ${x.country} (${n(x.fte, 1)} FTE)`),
    ...causes(s, [...new Set(shortages.map((x) => x.country))]),
  ];
  return { findings, shortages };
}

/** The first month whose own rules cannot hold at its volume, with the single-month diagnosis (the YAML line of each rule). */
async function monthRules(s: Scenario, solver: Solver, options: SolveOptions): Promise<string[]> {
  const h = horizonOf(s);
  const feasible = async (m: LpModel): Promise<boolean> =>
    ['optimal', 'feasible'].includes((await solveModel(m, solver, options)).status);
  const seen = new Set<string>();
  for (let t = 1; t <= h.months; t += 1) {
    const indices = monthIndices(s, h, t);
    const key = indices.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const ms = monthScenario(s, indices);
    const prepared = prepare(ms);
    const model = buildPreparedModel(prepared);
    if (await feasible(model)) continue;
    const found = await diagnose(prepared, model, feasible);
    return [
      `${monthLabel(h, t)}: no allocation meets the rules at that month's volume`,
      ...found.map((f) => `${f.file}:${f.line}:${f.col} ${f.path}: ${f.message}`),
    ];
  }
  return ['no roadmap: every month can be planned alone, but the engine found no roadmap linking them'];
}

/** What limits the staff of each country short of agents, with the YAML field to change. */
function causes(s: Scenario, countries: readonly string[]): string[] {
  const h = horizonOf(s);
  return countries.map((code) => {
    const w = h.countries.get(code);
    const today =
      [...h.current.values()].reduce((t, m) => t + (m.get(code) ?? 0), 0) +
      (h.inHouse?.country === code ? [...h.inHouse.fte.values()].reduce((t, v) => t + v, 0) : 0);
    const parts = [`${n(today, 1)} FTE today`];
    if (w && w.leadMonths > 0)
      parts.push(`first new agents in month ${w.leadMonths + 1} (lead_months: ${w.leadMonths})`);
    if (w && w.hiringPerMonth < Infinity)
      parts.push(`at most ${n(w.hiringPerMonth, 1)} new agents a month (hiring_per_month)`);
    if (w && w.ramp.length > 0)
      parts.push(
        `new agents ${w.ramp.map((r) => `${Math.round(r * 100)}%`).join(', ')} productive in their first months (ramp)`,
      );
    if (w && w.attrition > 0) parts.push(`${n(w.attrition * 100, 1)}% leaving a month (attrition)`);
    return `${code}: ${parts.join('; ')}: see horizon.countries.${code}`;
  });
}
