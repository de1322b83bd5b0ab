import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import type { Outcome } from '../src/plan/types.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { jsLpSolver } from '../src/solver/jsLpSolver.js';
import { close } from './support/checks.js';
import { randomScenario, rng, toYaml, type GenScenario } from './support/randomScenario.js';
import { jsonOf, runMain } from './support/inProcess.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * Global rules (top-level `rules`) over seeded random scenarios: a tighter rule never lowers the
 * cost and never makes an impossible scenario possible, lifting one never raises the cost, and
 * every plan meets the rule — checked here from the allocation, not by the program's verifier.
 */
const SEEDS = Array.from({ length: Number(process.env['GLOBAL_RULE_CASES'] ?? 40) }, (_, i) => 5101 + i);

type RuleSpec =
  | { kind: 'max'; share: number; countries: string[] | undefined; activities: string[] | undefined }
  | { kind: 'min'; share: number; activities: string[] | undefined };

const ruleYaml = (r: RuleSpec | undefined): string =>
  r === undefined
    ? ''
    : stringify({
        rules: {
          buyer:
            r.kind === 'max'
              ? {
                  max_share: r.share,
                  ...(r.countries ? { countries: r.countries } : {}),
                  ...(r.activities ? { activities: r.activities } : {}),
                }
              : { min_home_share: r.share, ...(r.activities ? { activities: r.activities } : {}) },
        },
      });

async function planWith(g: GenScenario, r: RuleSpec | undefined): Promise<Outcome> {
  return planScenario(scenarioOf(toYaml(g) + ruleYaml(r)), jsLpSolver, { timeLimitSeconds: 30 });
}

/** Shares of the rule's work in its countries (or the largest country share) and at home, from the rows. */
function shareOf(g: GenScenario, r: RuleSpec, o: Outcome): number {
  if (o.status !== 'optimal') return NaN;
  const group = new Set(r.activities ?? g.activities.map((a) => a.id));
  const rows = o.allocation.filter((x) => group.has(x.activity));
  const total = g.activities.filter((a) => group.has(a.id)).reduce((t, a) => t + a.hours, 0);
  const hoursIn = (codes: readonly string[]): number =>
    rows.reduce((t, x) => t + (codes.includes(x.country) ? x.hours : 0), 0);
  if (r.kind === 'min') return hoursIn([g.home]) / total;
  if (r.countries) return hoursIn(r.countries) / total;
  return Math.max(...g.countries.map((c) => hoursIn([c.code]))) / total;
}

/** A rule drawn to bite: below the share the plan without it gives (or random when it has none). */
function randomRule(g: GenScenario, seed: number, free: Outcome): RuleSpec {
  const r = rng(seed * 7 + 1);
  const activities = r.chance(0.5)
    ? undefined
    : r.shuffle(g.activities.map((a) => a.id)).slice(0, r.int(1, g.activities.length));
  const round = (v: number): number => Math.min(0.95, Math.max(0.05, Math.round(v * 20) / 20));
  const base = { kind: 'max' as const, share: 1, countries: undefined, activities };
  if (r.chance(0.5)) {
    const now = free.status === 'optimal' ? shareOf(g, { kind: 'min', share: 0, activities }, free) : r.next();
    return { kind: 'min', share: round(now + r.step(0, 0.3, 0.05)), activities };
  }
  const top =
    free.status === 'optimal' ? [...free.allocation].sort((x, y) => y.hours - x.hours)[0]?.country : undefined;
  const countries = r.chance(0.3) || top === undefined ? undefined : [top];
  const now = free.status === 'optimal' ? shareOf(g, { ...base, countries }, free) : r.next();
  return { ...base, countries, share: round(now - r.step(0, 0.3, 0.05)) };
}

const tighter = (r: RuleSpec): RuleSpec => ({
  ...r,
  share: Number((r.kind === 'max' ? Math.max(0, r.share - 0.1) : Math.min(1, r.share + 0.1)).toFixed(2)),
});

describe('global rules: metamorphic properties over random scenarios', () => {
  it('a tighter global rule never lowers the cost; lifting it never raises it; plans meet it', async () => {
    const failures: string[] = [];
    let binding = 0;
    let feasible = 0;
    let freeOk = 0;
    for (const seed of SEEDS) {
      const g = randomScenario(seed);
      const free = await planWith(g, undefined);
      if (free.status === 'optimal') freeOk++;
      const rule = randomRule(g, seed, free);
      const [loose, tight] = [await planWith(g, rule), await planWith(g, tighter(rule))];
      const cost = (o: Outcome): number => (o.status === 'optimal' ? o.totalCost : Infinity);
      const at = `seed ${seed} ${JSON.stringify(rule)}`;
      if (cost(loose) < cost(free) && !close(cost(loose), cost(free)))
        failures.push(`${at}: the rule lowered the cost ${cost(free)} → ${cost(loose)}`);
      if (cost(tight) < cost(loose) && !close(cost(tight), cost(loose)))
        failures.push(`${at}: tighter lowered the cost ${cost(loose)} → ${cost(tight)}`);
      for (const [o, r] of [
        [loose, rule],
        [tight, tighter(rule)],
      ] as const) {
        if (o.status !== 'optimal') continue;
        feasible++;
        const got = shareOf(g, r, o);
        if (r.kind === 'max' ? got > r.share + 1e-6 : got < r.share - 1e-6)
          failures.push(`${at}: plan share ${got} breaks ${r.kind} ${r.share}`);
      }
      if (loose.status === 'optimal' && free.status === 'optimal' && !close(loose.totalCost, free.totalCost)) binding++;
    }
    expect(failures).toEqual([]);
    // The properties are not vacuous: rules bind and plans exist.
    expect(freeOk).toBeGreaterThan(SEEDS.length / 4);
    expect(binding).toBeGreaterThan(freeOk / 4);
    expect(feasible).toBeGreaterThan(freeOk / 2);
  });
});

describe('global rules on contact queues: a share of the hours planned', () => {
  const queue = (rule: string): string =>
    [
      'name: queue with a global cap',
      'period: week',
      'timezone: Europe/Paris',
      'week: 2027-01-11',
      'countries:',
      '  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }',
      '  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, working_hours: "Mon-Sun 00:00-24:00" }',
      'activities:',
      '  calls: { language: fr, contacts: { volume: 300, aht: 300, service_level: "80/20" }, coverage: "Tue 09:00-12:00" }',
      '  mail: { language: fr, hours: 20 }',
      rule,
      '',
    ].join('\n');

  it('caps Morocco at its share of all hours planned, verified, and tighter costs more', async () => {
    const costs: number[] = [];
    for (const share of [1, 0.6, 0.3]) {
      const s = scenarioOf(queue(`rules:\n  cap: { max_share: ${share}, countries: [MA] }`));
      const o = await planScenario(s, highsSolver, { timeLimitSeconds: 30 });
      expect(o.status).toBe('optimal');
      if (o.status !== 'optimal') return;
      const total = o.allocation.reduce((t, r) => t + r.hours, 0);
      const ma = o.allocation.filter((r) => r.country === 'MA').reduce((t, r) => t + r.hours, 0);
      expect(ma / total).toBeLessThanOrEqual(share + 1e-6);
      costs.push(o.totalCost);
    }
    // Without a binding cap all goes to Morocco; each tighter cap costs strictly more.
    expect(costs[1]).toBeGreaterThan(costs[0] ?? Infinity);
    expect(costs[2]).toBeGreaterThan(costs[1] ?? Infinity);
  });
});

describe('explain prices global rules like any rule', () => {
  it('the price of each rule is the saving of the plan without it (figures by hand in the fixture)', async () => {
    const doc = (await jsonOf(['explain', 'test/fixtures/valid/global-rules-binding.yaml', '--format', 'json'])) as {
      rules: { rule: string; kind: string; saving: number; line: number }[];
    };
    const price = (rule: string) => doc.rules.find((r) => r.rule === rule);
    // Without the home floor: MA 480 h at 17, RO 1,120 h at 21 = 31,680; 36,080 − 31,680 = 4,400.
    expect(price('rules.onshore_floor.min_home_share')).toMatchObject({
      kind: 'global-min-home-share',
      saving: 4400,
      line: 15,
    });
    // Without the cap: FR 400 h at 32, MA 600 h at 17, RO 600 h at 21 = 35,600; saving 480.
    expect(price('rules.offshore_cap.max_share')).toMatchObject({ kind: 'global-max-share', saving: 480, line: 14 });
  });

  it('an infeasible global rule gets a way out: the smallest share that gives a plan', async () => {
    const r = await runMain(['explain', 'test/fixtures/infeasible/global-cap-combination.yaml']);
    expect(r.code).toBe(1);
    // 0.45 lets FR and RO take 450 h each with MA's 100 h: 100 × 17 + 450 × 21 + 450 × 32 = 25,550.
    expect(r.stdout).toContain('raise rules.spread.max_share from 0.40 to 0.45 (line 12): a plan at 25,550 EUR/month');
  });
});
