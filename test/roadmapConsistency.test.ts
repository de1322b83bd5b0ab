import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import { roadmapScenario } from '../src/roadmap/roadmapScenario.js';
import type { Roadmap, RoadmapOutcome } from '../src/roadmap/types.js';
import { normaliseHorizon } from '../src/scenario/horizon.js';
import type { HorizonInput } from '../src/scenario/horizonSchema.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import type { Scenario } from '../src/scenario/types.js';
import { highsSolver } from '../src/solver/highsSolver.js';

const OPTIONS = { timeLimitSeconds: 120 };

function load(file: string, text = readFileSync(file, 'utf8')): Scenario {
  const r = readScenarioText(file, text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.scenario;
}
const withHorizon = (s: Scenario, h: HorizonInput): Scenario => ({
  ...s,
  horizon: normaliseHorizon(
    h,
    s.countries.map((c) => c.code),
  ),
});
function solved(o: RoadmapOutcome): Roadmap {
  if (o.status === 'infeasible') throw new Error(o.findings.join('; '));
  return o;
}

/** Hour-based scenarios (no queue, no rota): the roadmap's months are exactly plan's model. */
const HOUR_BASED = [
  'scenarios/telecom.yaml',
  'scenarios/tourism.yaml',
  'scenarios/public-agency.yaml',
  ...readdirSync('test/fixtures/valid')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `test/fixtures/valid/${f}`),
];

describe('a roadmap agrees with plan', () => {
  it.each(HOUR_BASED)('one month without transition costs: %s costs exactly what plan costs', async (file) => {
    const s = load(file);
    const plan = await planScenario(s, highsSolver, OPTIONS);
    const road = await roadmapScenario(withHorizon(s, { months: 1 }), highsSolver, OPTIONS);
    if (plan.status === 'infeasible') {
      expect(road.status).toBe('infeasible');
      return;
    }
    const r = solved(road);
    // A scenario per year or per week: a month's share of its period.
    const share = 52 / 12 / ({ week: 1, month: 52 / 12, quarter: 13, year: 52 }[s.period] ?? NaN);
    expect(r.path.npv).toBeCloseTo(plan.totalCost * share, 4);
    expect(r.path.months[0]?.oneOff).toBe(0);
  });

  it('queues: one month costs at most what plan costs (pooled Erlang hours), and says so', async () => {
    const s = load('scenarios/energy.yaml');
    const plan = await planScenario(s, highsSolver, OPTIONS);
    if (plan.status === 'infeasible') throw new Error('energy has a plan');
    const r = solved(await roadmapScenario(withHorizon(s, { months: 1 }), highsSolver, OPTIONS));
    expect(r.path.npv).toBeLessThanOrEqual(plan.totalCost * (1 + 1e-9));
    // Not far below either: the queue is one activity among several.
    expect(r.path.npv).toBeGreaterThan(plan.totalCost * 0.8);
    expect(r.approximations.join(' ')).toMatch(/queues \(level1-billing\): .*pooled Erlang hours/);
  });

  it("a long horizon at constant volume converges to plan's allocation", async () => {
    const s = load('test/fixtures/roadmap/small.yaml');
    const base = { ...s, horizon: undefined };
    const plan = await planScenario(base, highsSolver, OPTIONS);
    if (plan.status === 'infeasible') throw new Error('fixture has no plan');
    // Everything in FR today, transitions priced, no volume change: the end state is plan's.
    const r = solved(
      await roadmapScenario(
        withHorizon(s, {
          months: 48,
          current: { care: { FR: 30 }, back: { FR: 15 } },
          countries: {
            FR: { attrition: 0.02, release_cost: 6000, hire_cost: 4000 },
            MA: { hiring_per_month: 8, lead_months: 2, hire_cost: 2500, ramp: [0.5, 0.8], attrition: 0.03 },
            RO: { hiring_per_month: 5, lead_months: 1, hire_cost: 3000, ramp: [0.6], attrition: 0.02 },
          },
        }),
        highsSolver,
        OPTIONS,
      ),
    );
    // Month 36 of 48: the last months may keep an agent whose replacement would not pay back
    // before the horizon ends (the end-of-horizon effect, docs/roadmap.md).
    const last = r.path.months[35];
    for (const row of plan.allocation) {
      const hours = last?.hours.find((h) => h.activity === row.activity && h.country === row.country)?.hours ?? 0;
      expect(hours).toBeCloseTo(row.hours, 3);
    }
    const planned = new Set(plan.allocation.map((a) => `${a.activity}/${a.country}`));
    for (const h of last?.hours ?? []) expect(planned.has(`${h.activity}/${h.country}`)).toBe(true);
    // The transition happened, and it paid: the roadmap costs less than staying in FR.
    expect(r.transfers.some((t) => t.kind === 'starts')).toBe(true);
    expect(r.saving).toBeGreaterThan(0);
  });
});

describe("the roadmap's figures recomputed here", () => {
  it('flows, productive capacity, discounting and the cumulative cash', async () => {
    const s = load('test/fixtures/roadmap/small.yaml');
    const r = solved(await roadmapScenario(s, highsSolver, OPTIONS));
    const h = s.horizon;
    if (!h) throw new Error('fixture has a horizon');
    const previous = new Map<string, number>();
    let npv = 0;
    let cash = 0;
    for (const m of r.path.months) {
      // (1 + 8%)^-(t-1)/12: the first month is not discounted.
      expect(m.discount).toBeCloseTo(1.08 ** (-(m.t - 1) / 12), 12);
      npv += m.total * m.discount;
      cash += m.total;
      expect(r.path.cumulative[m.t - 1]).toBeCloseTo(cash, 6);
      const kinds =
        m.cost.salaries +
        m.cost.premiums +
        m.cost.sites +
        m.cost.hiring +
        m.cost.transfer +
        m.cost.opening +
        m.cost.exit +
        m.cost.release;
      expect(m.total).toBeCloseTo(kinds, 6);
      for (const row of m.staff) {
        const key = `${row.activity}/${row.pool}`;
        const w = h.countries.get(row.country);
        const before = previous.get(key) ?? (m.t === 1 ? (h.current.get(row.activity)?.get(row.country) ?? 0) : 0);
        expect(row.headcount).toBeCloseTo(before * (1 - (w?.attrition ?? 0)) + row.hires - row.released, 6);
        expect(row.leavers).toBeCloseTo(before * (w?.attrition ?? 0), 9);
        previous.set(key, row.headcount);
        if (m.t <= (w?.leadMonths ?? 0)) expect(row.hires).toBe(0);
        if (w?.canRelease === false) expect(row.released).toBe(0);
      }
      // Hours per country within the productive FTE × hours per FTE.
      for (const x of m.hours) {
        const productive = m.staff
          .filter((q) => q.activity === x.activity && q.country === x.country)
          .reduce((t, q) => t + q.productive, 0);
        const hpf = s.countries.find((c) => c.code === x.country)?.hoursPerFte ?? 0;
        expect(x.hours).toBeLessThanOrEqual(productive * hpf * (1 + 1e-6) + 1e-6);
      }
      // Hiring limits: at most 6 a month in MA, 5 in RO.
      for (const [code, cap] of [
        ['MA', 6],
        ['RO', 5],
      ] as const) {
        expect(m.staff.filter((q) => q.pool === code).reduce((t, q) => t + q.hires, 0)).toBeLessThanOrEqual(cap + 1e-6);
      }
    }
    expect(r.path.npv).toBeCloseTo(npv, 4);
    // The seasonal peak (June–August at 1.2–1.3 × care) is staffed: hours follow the index.
    const careHours = (label: string): number =>
      r.path.months
        .find((m) => m.label === label)
        ?.hours.filter((x) => x.activity === 'care')
        .reduce((t, x) => t + x.hours, 0) ?? 0;
    expect(careHours('2027-07')).toBeCloseTo(3000 * 1.3, 4);
    expect(careHours('2027-03')).toBeCloseTo(3000, 4);
  });
});

describe('metamorphic', () => {
  it('a lower hiring limit, a longer lead time or a dearer hire never lowers the NPV', async () => {
    const s = load('test/fixtures/roadmap/small.yaml');
    const npv = async (ma: HorizonInput['countries']): Promise<number> =>
      solved(
        await roadmapScenario(
          withHorizon(s, {
            start: '2027-03',
            months: 12,
            volumes: { care: { seasonality: [1, 1, 1, 1, 1, 1.2, 1.3, 1.2, 1, 1, 1, 1] } },
            current: { care: { FR: 25 }, back: { FR: 12 } },
            countries: {
              FR: { attrition: 0.01, can_release: false, hire_cost: 4000 },
              RO: { hiring_per_month: 5, lead_months: 2, hire_cost: 3000 },
              ...ma,
            },
          }),
          highsSolver,
          OPTIONS,
        ),
      ).path.npv;
    const base = await npv({ MA: { hiring_per_month: 6, lead_months: 1, hire_cost: 2500, ramp: [0.5, 0.8] } });
    const fewer = await npv({ MA: { hiring_per_month: 2, lead_months: 1, hire_cost: 2500, ramp: [0.5, 0.8] } });
    const later = await npv({ MA: { hiring_per_month: 6, lead_months: 4, hire_cost: 2500, ramp: [0.5, 0.8] } });
    const dearer = await npv({ MA: { hiring_per_month: 6, lead_months: 1, hire_cost: 9000, ramp: [0.5, 0.8] } });
    const free = await npv({ MA: {} });
    expect(fewer).toBeGreaterThanOrEqual(base - 1e-6 * base);
    expect(later).toBeGreaterThanOrEqual(base - 1e-6 * base);
    expect(dearer).toBeGreaterThanOrEqual(base - 1e-6 * base);
    expect(free).toBeLessThanOrEqual(base + 1e-6 * base);
    // Not all equal: the MA terms matter in this fixture.
    expect(free).toBeLessThan(fewer);
  });
});
