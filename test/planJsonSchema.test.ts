/**
 * docs/plan.schema.json, the published schema of `plan --format json`: generated from the zod
 * schema (src/report/planJsonSchema.ts), which every JSON plan the renderer writes must match
 * exactly (a field the schema does not describe fails too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJsonSchema, PlanJsonSchema } from '../src/report/plan/planJsonSchema.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const described = (doc: unknown): void => {
  const parsed = PlanJsonSchema.safeParse(doc);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  // zod drops fields it does not know: equal after parsing means every field is described.
  expect(parsed.data).toEqual(doc);
};

describe('the JSON Schema of the plan output', () => {
  it('docs/plan.schema.json is generated from the schema the tests hold plans to', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'docs/plan.schema.json'), 'utf8'))).toEqual(planJsonSchema());
  });

  it('describes the golden plans exactly', () => {
    const goldens = readdirSync(join(ROOT, 'test/golden')).filter((n) => n.endsWith('.json'));
    expect(goldens.length).toBeGreaterThan(3);
    for (const g of goldens) described(JSON.parse(readFileSync(join(ROOT, 'test/golden', g), 'utf8')));
  });

  it('describes plans with contact queues, sites, whole FTEs, and no plan', async () => {
    const runs: { args: string[]; code: number }[] = [
      { args: ['test/fixtures/sites/queue-halves.yaml'], code: 0 },
      { args: ['test/fixtures/sites/forced-open.yaml'], code: 0 },
      { args: ['scenarios/telecom.yaml', '--whole-fte'], code: 0 },
      { args: ['test/fixtures/infeasible/capacity-overall.yaml'], code: 1 },
    ];
    for (const r of runs) {
      const out = await runMain(['plan', ...r.args.map((a, i) => (i === 0 ? join(ROOT, a) : a)), '--format', 'json']);
      expect(out.code, out.stderr).toBe(r.code);
      described(JSON.parse(out.stdout));
    }
  }, 120_000);
});
