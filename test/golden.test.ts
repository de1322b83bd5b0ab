/**
 * Golden outputs: every sample in scenarios/ is planned through the built binary in every
 * format, and stdout must match test/golden/<sample>.<format file> byte for byte.
 *
 *   npx vitest run test/golden.test.ts                   # compare
 *   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts   # rewrite the goldens, then READ the diff
 *
 * The samples are built so that their optimal allocation is unique (no two equally priced
 * options), so the goldens do not depend on which LP engine answers.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENGINES } from '../src/solver/engines.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const SCENARIOS = join(ROOT, 'scenarios');
const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** --format value → golden file suffix. */
const FORMATS = { table: 'table.txt', json: 'json', csv: 'csv', md: 'md' } as const;

const samples = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => f.slice(0, -'.yaml'.length));

describe('golden outputs of the sample scenarios', () => {
  it('finds the samples', async () => {
    expect(samples).toEqual(expect.arrayContaining(['energy', 'public-agency', 'telecom', 'tourism']));
  });

  for (const sample of samples) {
    for (const [format, suffix] of Object.entries(FORMATS)) {
      it(`${sample} --format ${format}`, async () => {
        const r = await runMain(['plan', `scenarios/${sample}.yaml`, '--format', format]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const file = join(GOLDEN, `${sample}.${suffix}`);
        if (UPDATE) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, r.stdout);
          return;
        }
        if (!existsSync(file))
          throw new Error(`no golden ${file}: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and read it`);
        expect(r.stdout).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

type ScenarioDoc = {
  countries: Record<string, { cost_per_hour: number }>;
  activities: Record<
    string,
    { hours?: number; contacts?: { volume: number; aht: number; channel?: string; occupancy_max?: number } }
  >;
};
type PlanDoc = {
  status: string;
  total_cost: number;
  total_hours: number;
  allocation: { activity: string; country: string; hours: number; cost: number; premium_cost?: number }[];
  contacts?: { activity: string; volume: number }[];
};

/** The goldens are only worth keeping if their numbers add up: checked from the YAML itself. */
describe('the sample plans add up', () => {
  for (const sample of samples) {
    it(`${sample}: hours meet every demand, cost = hours × rate (+ night/Sunday premiums), totals are sums`, async () => {
      const scenario = parse(readFileSync(join(SCENARIOS, `${sample}.yaml`), 'utf8')) as ScenarioDoc;
      const plan = JSON.parse(
        (await runMain(['plan', `scenarios/${sample}.yaml`, '--format', 'json'])).stdout,
      ) as PlanDoc;
      expect(plan.status).toBe('optimal');
      for (const [id, a] of Object.entries(scenario.activities)) {
        const planned = plan.allocation.filter((r) => r.activity === id).reduce((t, r) => t + r.hours, 0);
        const c = a.contacts;
        if (c && (c.channel === 'email' || c.channel === 'backoffice')) {
          expect(planned, `work hours of ${id}`).toBeCloseTo((c.volume * c.aht) / 3600 / (c.occupancy_max ?? 0.85), 1);
        } else if (c) {
          // A queue's hours depend on its split (pooling): the contacts answered must add up.
          const answered = (plan.contacts ?? []).filter((q) => q.activity === id).reduce((t, q) => t + q.volume, 0);
          expect(answered, `contacts of ${id}`).toBeCloseTo(c.volume, 0);
        } else {
          expect(planned, `hours of ${id}`).toBeCloseTo(a.hours ?? NaN, 1);
        }
      }
      for (const r of plan.allocation) {
        const rate = scenario.countries[r.country]?.cost_per_hour ?? NaN;
        // JSON rounds hours and costs to 2 decimals: hours × rate may differ by half a cent-hour × rate.
        expect(
          Math.abs(r.cost - (r.hours * rate + (r.premium_cost ?? 0))),
          `cost of ${r.activity} in ${r.country}`,
        ).toBeLessThanOrEqual(rate * 0.005 + 0.01);
        expect(r.premium_cost ?? 0).toBeGreaterThanOrEqual(0);
      }
      expect(plan.allocation.reduce((t, r) => t + r.cost, 0)).toBeCloseTo(plan.total_cost, 1);
      expect(plan.allocation.reduce((t, r) => t + r.hours, 0)).toBeCloseTo(plan.total_hours, 1);
      // Interesting samples: work goes to more than one country.
      expect(new Set(plan.allocation.map((r) => r.country)).size).toBeGreaterThan(1);
    });
  }
});

/**
 * Ties between equally priced options make the allocation depend on the engine; the samples
 * are built without them, and every engine must print the same rows.
 */
describe('the sample allocations do not depend on the engine', () => {
  for (const sample of samples) {
    it(`${sample}: every engine gives the same allocation`, async () => {
      const csv: { engine: string; rows: string }[] = [];
      for (const engine of Object.keys(ENGINES)) {
        const r = await runMain(['plan', `scenarios/${sample}.yaml`, '--format', 'csv', '--solver', engine]);
        expect(r.code, `${engine}: ${r.stderr}`).toBe(0);
        csv.push({ engine, rows: r.stdout });
      }
      for (const other of csv.slice(1)) expect(other.rows, `${other.engine} vs ${csv[0]?.engine}`).toBe(csv[0]?.rows);
    });
  }
});
