import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/explain/random.js';
import { buildModel } from '../src/model/buildModel.js';
import type { LpModel } from '../src/model/lp.js';
import { render } from '../src/api/render.js';
import { planScenario } from '../src/plan/planScenario.js';
import { renderAnnexMarkdown } from '../src/report/annex/index.js';
import type { Certificate, Plan } from '../src/plan/types.js';
import type { Scenario } from '../src/scenario/types.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { NET_LIMITS, netLimitsFor, solvePricedOut } from '../src/solver/pricedOut.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * A net of staffing patterns too wide to search (solver/pricedOut.ts `WIDEN_AT_MOST` and
 * `WIDEST_EXACT_NET`, set to 0 here so that small models reach them): the plan stands with the gap its bound proves. On
 * seeded queue scenarios whose seats bind, that gap must hold against the true optimum (the
 * engine on the whole model), and the patterns left unsearched must be counted; without the
 * limit, the same models are solved to the optimum.
 */
const SEEDS = Array.from({ length: 24 }, (_, i) => 5201 + i);
/** Every widening of the net refused: the plan of the first search stands, with its proven gap. */
const NO_WIDENING = { ...NET_LIMITS, widenAtMost: 0, widestExactNet: 0 };
const OPTIONS = { timeLimitSeconds: 30 };
const solve = (m: LpModel) => highsSolver.solve(m, OPTIONS);

function yamlOf(seed: number): string {
  const r = seededRandom(seed);
  const pick = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const queue = (id: string, from: number): string[] => [
    `  ${id}:`,
    '    language: fr',
    `    contacts: { volume: ${pick(40, 160)}, aht: ${[240, 300, 360][pick(0, 2)] ?? 300}, service_level: "80/20" }`,
    `    coverage: "Tue ${String(from).padStart(2, '0')}:00-${String(from + 3).padStart(2, '0')}:00"`,
  ];
  return [
    'name: a wide net',
    'period: week',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    'countries:',
    `  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }`,
    `  RO: { cost_per_hour: ${pick(16, 19)}, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", seats: ${pick(4, 9)} }`,
    `  MA: { cost_per_hour: ${pick(13, 16)}, languages: { fr: 0.88 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", seats: ${pick(3, 8)} }`,
    'activities:',
    ...queue('q0', 9),
    ...queue('q1', 9 + pick(0, 2)),
    ...queue('q2', 10),
    '',
  ].join('\n');
}

describe('a net of patterns too wide to search (solver/pricedOut.ts)', () => {
  it('states a gap that holds against the true optimum, and counts the patterns left out', async () => {
    let capped = 0;
    for (const seed of SEEDS) {
      const model = buildModel(scenarioOf(yamlOf(seed)));
      const whole = await solve(model);
      if (whole.status === 'infeasible') continue;
      if (whole.status !== 'optimal') throw new Error(`seed ${seed}: ${whole.status}`);
      const optimum = whole.objective;
      const tol = 1e-6 * Math.max(1, Math.abs(optimum));

      const exact = await solvePricedOut(model, solve);
      if (exact.status !== 'optimal') throw new Error(`seed ${seed}: ${exact.status}`);
      expect(exact.objective).toBeCloseTo(optimum, 4);

      const r = await solvePricedOut(model, solve, 0, solve, undefined, undefined, NO_WIDENING);
      if (r.status !== 'optimal' && r.status !== 'feasible') throw new Error(`seed ${seed}: ${r.status}`);
      expect(r.objective, `seed ${seed}`).toBeGreaterThanOrEqual(optimum - tol);
      const gap = r.mipGap ?? 0;
      // What the gap claims: no plan costs less than objective × (1 − gap).
      expect(r.objective * (1 - gap), `seed ${seed}`).toBeLessThanOrEqual(optimum + tol);
      const p = r.pricedOut;
      if (!p) continue;
      expect(p.inPlay).toBeGreaterThanOrEqual(p.kept);
      expect(p.inPlay).toBeLessThanOrEqual(p.total);
      if (p.inPlay > p.kept) {
        capped += 1;
        // Unsearched patterns could hold a cheaper plan: the plan does not claim the optimum.
        expect(gap, `seed ${seed}`).toBeGreaterThan(0);
      }
    }
    expect(capped).toBeGreaterThan(0);
  }, 120_000);
});

/** A whole-agent queue plan (seed 5206) and its mixed-integer certificate, for the words below. */
async function queuePlan(): Promise<{
  outcome: Plan;
  certificate: Extract<Certificate, { kind: 'mip' }>;
  scenario: Scenario;
}> {
  const scenario = scenarioOf(yamlOf(5206));
  const outcome = await planScenario(scenario, highsSolver, { timeLimitSeconds: 30, wholeFte: false });
  if (outcome.status === 'infeasible' || outcome.certificate.kind !== 'mip') throw new Error('a queue plan expected');
  return { outcome, certificate: outcome.certificate, scenario };
}

describe('the words of a plan whose net was not searched whole', () => {
  it('say how many patterns were searched of those in play, in every format and language', async () => {
    const { outcome, certificate: c, scenario } = await queuePlan();
    const pricedOut = {
      lowerBound: c.lowerBound - 5,
      lpBound: c.lowerBound - 9,
      threshold: 0,
      kept: 26,
      inPlay: 36,
      total: 81,
    };
    const capped = { ...outcome, status: 'optimal' as const, certificate: { ...c, mipGap: 0.004, pricedOut } };
    expect(render(capped, 'table')).toContain('over 26 of the 36 (of 81) staffing patterns');
    expect(render(capped, 'md', { locale: 'fr' })).toContain('sur 26 des 36 (sur 81) profils');
    expect(render(capped, 'table')).toContain('(optimality not proven)');
    const json = JSON.parse(render(capped, 'json')) as { optimality: Record<string, unknown> };
    expect(json.optimality).toMatchObject({ proven: false, priced_out: { patterns_kept: 26, patterns_in_play: 36 } });
    const searchedWhole = { ...capped, certificate: { ...c, pricedOut: { ...pricedOut, inPlay: 26 } } };
    expect(render(searchedWhole, 'table')).toContain('over the 26 of 81 staffing patterns');
    // Every pattern in play: the total is not said twice.
    const allInPlay = { ...capped, certificate: { ...c, mipGap: 0.004, pricedOut: { ...pricedOut, inPlay: 81 } } };
    expect(render(allInPlay, 'table')).toMatch(/over 26 of the 81\s+staffing\s+patterns/);
    expect(render(allInPlay, 'md', { locale: 'fr' })).toMatch(/sur 26 des 81\s+profils/);
    expect(render(allInPlay, 'table')).not.toContain('(of 81)');
    const annex = (plan: Plan, lang: 'en' | 'fr'): string =>
      renderAnnexMarkdown(plan, scenario, { lang, edition: 'internal' }).replace(/\s+/g, ' ');
    expect(annex(capped, 'en')).toContain('of which 26 of the 36 (of 81) that the bound leaves in play were searched');
    expect(annex(allInPlay, 'en')).toContain('of which 26 of the 81 that the bound leaves in play were searched');
    expect(annex(allInPlay, 'fr')).toContain('dont 26 des 81 que la borne laisse en jeu ont été explorés');
  });
});

describe('a plan stopped with no gap stated', () => {
  it('says the gap is unknown (null in JSON), never 0', async () => {
    const { outcome, certificate } = await queuePlan();
    const stopped = {
      ...outcome,
      status: 'feasible' as const,
      certificate: { ...certificate, mipGap: undefined },
    };
    const json = JSON.parse(render(stopped, 'json')) as { optimality: Record<string, unknown> };
    expect(json.optimality).toMatchObject({ proven: false, gap: null, mip_gap: null });
    expect(render(stopped, 'table')).toContain('gap not reported');
  });
});

describe('the widest exact net and the time limit', () => {
  it('is the default at the default time limit or less, and grows in proportion above it, up to a ceiling', () => {
    expect(netLimitsFor(60)).toEqual(NET_LIMITS);
    expect(netLimitsFor(5)).toEqual(NET_LIMITS);
    expect(netLimitsFor(180).widestExactNet).toBe(3 * NET_LIMITS.widestExactNet);
    // 20 queues × 8 countries keep 164,137 patterns in play: a long limit lets them all in.
    const long = netLimitsFor(900);
    expect(long.widestExactNet).toBeGreaterThan(164_137 + 6_182);
    // However long the limit, a million patterns (50 queues × 10 countries) stay out.
    expect(netLimitsFor(86_400).widestExactNet).toBe(long.widestExactNet);
    expect(long.widestExactNet).toBeLessThan(1_000_000);
    // Only the exact net: a rota's widening (a gap asked for) and the relaxation's method stay.
    expect({ ...long, widestExactNet: NET_LIMITS.widestExactNet }).toEqual(NET_LIMITS);
  });
});
