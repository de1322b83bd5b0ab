import { describe, expect, it } from 'vitest';
import { OPTIMALITY_GAP } from '../src/tolerances.js';
import type { Plan } from '../src/plan/types.js';
import { verifyAllocation } from '../src/plan/verify.js';
import { close, combinationProblem, independentCheck, plan, reference, REL, type Planned } from './support/checks.js';
import { randomConflict, randomScenario } from './support/randomScenario.js';
import { addExpensiveCountry, onlyActivities, permuteCountries, scaleCosts } from './support/transform.js';

/**
 * Seeded random scenarios planned through the library and checked against an independent
 * reference (the contract's LP built from the generator's own description, solved by a textbook
 * simplex), plus metamorphic relations. A failure names its seed: randomScenario(seed) replays it.
 */
const CASES = Number(process.env['PROPERTY_CASES'] ?? 200); // PROPERTY_CASES=5000 for a deeper search
const FIRST_SEED = Number(process.env['PROPERTY_SEED'] ?? 7001);
const SEEDS = Array.from({ length: CASES }, (_, i) => FIRST_SEED + i);

/** The plan of randomScenario(seed), computed once and shared by the properties. */
const planned = new Map<number, Promise<Planned>>();
function planSeed(seed: number): Promise<Planned> {
  let p = planned.get(seed);
  if (!p) {
    p = plan(randomScenario(seed));
    planned.set(seed, p);
  }
  return p;
}

/** Run a property over every seed; collect the failures so one run reports all of them. */
async function forAllSeeds(check: (seed: number) => Promise<string | undefined>): Promise<void> {
  const failures: string[] = [];
  for (const seed of SEEDS) {
    try {
      const f = await check(seed);
      if (f !== undefined) failures.push(`seed ${seed}: ${f}`);
    } catch (e) {
      failures.push(`seed ${seed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  expect(failures).toEqual([]);
}

describe('random scenarios against an independent reference simplex', () => {
  it('the generator makes both feasible and infeasible scenarios of every size', () => {
    const gens = SEEDS.map(randomScenario);
    const feasible = gens.filter((g) => reference(g).status === 'optimal').length;
    expect(feasible).toBeGreaterThan(SEEDS.length / 4);
    expect(SEEDS.length - feasible).toBeGreaterThan(SEEDS.length / 4);
    expect(new Set(gens.map((g) => g.countries.length))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(gens.map((g) => g.activities.length)).size).toBe(8);
  });

  it('same status and optimum as the reference; every plan verified and certified', async () => {
    await forAllSeeds(async (seed) => {
      const g = randomScenario(seed);
      const ref = reference(g);
      const { scenario, outcome } = await planSeed(seed);
      if (ref.status !== outcome.status) return `reference says ${ref.status}, bestshore says ${outcome.status}`;
      if (outcome.status === 'infeasible' || ref.status !== 'optimal') {
        return outcome.status === 'infeasible' && outcome.diagnosis.length > 0
          ? undefined
          : 'infeasible without a diagnosis';
      }
      if (!close(outcome.totalCost, ref.objective))
        return `cost ${outcome.totalCost}, reference optimum ${ref.objective}`;
      const violations = [
        ...verifyAllocation(scenario, outcome.allocation, outcome.totalCost),
        ...independentCheck(g, outcome),
      ];
      if (violations.length > 0) return violations.join('; ');
      const cert = outcome.certificate;
      if (cert.kind !== 'dual') return `not a dual-bound certificate: ${JSON.stringify(cert)}`;
      if (!(cert.gap <= OPTIMALITY_GAP)) return `gap ${cert.gap}`;
      // A valid dual bound never exceeds the true optimum.
      if (cert.lowerBound > ref.objective + REL * Math.max(1, ref.objective))
        return `bound ${cert.lowerBound} above the optimum ${ref.objective}`;
      return undefined;
    });
  });
});

describe('diagnoses of random infeasible scenarios', () => {
  it('every finding is sound: its activities alone have no plan; a combination is a minimal conflict', async () => {
    await forAllSeeds(async (seed) => {
      const g = randomScenario(seed);
      const { outcome } = await planSeed(seed);
      if (outcome.status !== 'infeasible') return undefined;
      for (const f of outcome.diagnosis) {
        if (f.rule !== 'combination') {
          if (f.activities.length === 0) return `${f.rule} finding names no activity`;
          if (reference(onlyActivities(g, f.activities)).status !== 'infeasible')
            return `${f.rule} finding for ${f.activities.join(', ')} is not a conflict on its own: ${f.message}`;
          continue;
        }
        const problem = combinationProblem(g, f.message);
        if (problem) return problem;
      }
      return undefined;
    });
  });

  it('a combination finding names a minimal conflict and says truly what lifting one rule does', async () => {
    let combinations = 0;
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES / 5; seed++) {
      const g = randomConflict(seed);
      const { outcome } = await plan(g);
      if (outcome.status !== 'infeasible') continue;
      for (const f of outcome.diagnosis.filter((d) => d.rule === 'combination')) {
        combinations++;
        const problem = combinationProblem(g, f.message);
        if (problem) failures.push(`conflict seed ${seed}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(combinations).toBeGreaterThanOrEqual(10);
  });
});

describe('metamorphic relations', () => {
  it('scaling every cost by k scales the total by k and keeps the allocation', async () => {
    await forAllSeeds(async (seed) => {
      const g = randomScenario(seed);
      const k = [0.5, 2, 4][seed % 3] as number;
      const [base, scaled] = [(await planSeed(seed)).outcome, (await plan(scaleCosts(g, k))).outcome];
      if (base.status !== scaled.status) return `status ${base.status} → ${scaled.status}`;
      if (base.status === 'infeasible' || scaled.status === 'infeasible') return undefined;
      if (!close(scaled.totalCost, k * base.totalCost)) return `total ${base.totalCost} × ${k} ≠ ${scaled.totalCost}`;
      const hours = (p: Plan): string[] => p.allocation.map((r) => `${r.activity}@${r.country}=${r.hours.toFixed(6)}`);
      const [a, b] = [hours(base), hours(scaled)];
      return a.join() === b.join() ? undefined : `allocation changed: ${a.join(' ')} → ${b.join(' ')}`;
    });
  });

  it('permuting the countries leaves the status and the total unchanged', async () => {
    await forAllSeeds(async (seed) => {
      const g = randomScenario(seed);
      const [base, permuted] = [(await planSeed(seed)).outcome, (await plan(permuteCountries(g, seed))).outcome];
      if (base.status !== permuted.status) return `status ${base.status} → ${permuted.status}`;
      if (base.status === 'optimal' && permuted.status === 'optimal' && !close(base.totalCost, permuted.totalCost)) {
        return `total ${base.totalCost} → ${permuted.totalCost}`;
      }
      return undefined;
    });
  });

  it('adding a dearer, no-better country with no new language never changes the optimum', async () => {
    let compared = 0;
    await forAllSeeds(async (seed) => {
      const g = randomScenario(seed);
      const bigger = addExpensiveCountry(g, seed);
      if (!bigger) return undefined;
      const base = (await planSeed(seed)).outcome;
      if (base.status !== 'optimal') return undefined; // more capacity may rescue an infeasible scenario
      const after = (await plan(bigger)).outcome;
      compared++;
      if (after.status !== 'optimal') return `became ${after.status}`;
      return close(base.totalCost, after.totalCost) ? undefined : `total ${base.totalCost} → ${after.totalCost}`;
    });
    expect(compared).toBeGreaterThan(SEEDS.length / 4);
  });
});
