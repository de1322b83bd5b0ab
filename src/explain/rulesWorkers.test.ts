import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../scenario/parseYaml.js';
import type { Scenario } from '../scenario/types.js';
import { readLayer, type Layer } from '../scenario/variants.js';
import { autoSolver } from '../solver/engines.js';
import { highsSolver } from '../solver/highsSolver.js';
import { explainContext } from './context.js';
import { explainScenario } from './explainScenario.js';
import { leversOf } from './levers.js';
import { costWithout } from './priceOfRules.js';
import { startRulesWorker } from './rulesPool.js';
import type { Basis } from '../solver/highsSession.js';

/** The compiled worker (npm test builds dist/ before running the tests). */
const SCRIPT = fileURLToPath(new URL('../../dist/explain/rulesWorker.js', import.meta.url));
const OPTS = { timeLimitSeconds: 30 };
const fixture = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function layerOf(text: string): Layer {
  const p = parseYaml('s.yaml', text);
  if (!p.ok) throw new Error('bad yaml');
  return { data: p.data, source: p.source };
}

function scenarioOf(layer: Layer): Scenario {
  const r = readLayer(layer, []);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.scenario;
}

const CASES: [string, string][] = [
  ['site economics (mixed-integer, glpk.js under auto)', 'test/fixtures/sites/continuity.yaml'],
  ['the telecom sample (LP)', 'scenarios/telecom.yaml'],
  ['the hand-worked case (LP)', 'test/fixtures/explain/hand.yaml'],
];

describe('explain prices its rules the same in worker threads', () => {
  for (const [name, path] of CASES) {
    /**
     * The prices the main thread finds with `engine`, and those a worker started for the same
     * scenario finds, handed the main thread's plan basis when `withBasis`.
     */
    const bothThreads = async (
      engine: 'auto' | 'highs',
      withBasis: boolean,
    ): Promise<{ here: unknown[]; there: unknown[]; basis: Basis | undefined }> => {
      const layer = layerOf(fixture(path));
      const s = scenarioOf(layer);
      const ctx = explainContext(engine === 'highs' ? highsSolver : autoSolver, OPTS);
      try {
        await explainScenario(s, ctx);
        const levers = leversOf(s, ctx.build(s));
        const here = [];
        for (const l of levers) here.push(await costWithout(s, l, ctx));
        const basis = withBasis ? ctx.solver.basis() : undefined;
        const worker = startRulesWorker({ layer, sets: [], engine, timeLimitSeconds: 30 }, SCRIPT);
        const there = await worker.price(
          levers.map((l) => l.key),
          undefined,
          basis,
        );
        return { here, there, basis };
      } finally {
        ctx.close();
      }
    };

    it(`${name}: a worker's prices are the main thread's`, async () => {
      const { here, there } = await bothThreads('auto', false);
      expect(there).toEqual(here);
      expect(here.some((c) => c !== undefined)).toBe(true);
    });

    it(`${name}: a worker handed the plan's basis (HiGHS) prices as the main thread`, async () => {
      const { here, there, basis } = await bothThreads('highs', true);
      // An LP hands its basis (the worker then plans nothing); a MILP has none of its own to hand.
      if (!path.includes('sites')) expect(basis).toBeDefined();
      expect(there).toEqual(here);
    });

    it(`${name}: the same explanation with 1, 2 and 3 threads`, async () => {
      const layer = layerOf(fixture(path));
      const run = async (workers: number): Promise<unknown> => {
        const ctx = explainContext(autoSolver, OPTS);
        try {
          return await explainScenario(scenarioOf(layer), ctx, undefined, {
            threads: { workers, script: SCRIPT, layer, sets: [], minPerThread: 1 },
          });
        } finally {
          ctx.close();
        }
      };
      const one = await run(1);
      expect(await run(2)).toEqual(one);
      expect(await run(3)).toEqual(one);
    });
  }
});
