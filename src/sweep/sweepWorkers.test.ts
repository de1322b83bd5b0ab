import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { parseYaml } from '../scenario/parseYaml.js';
import { readLayer, type Layer } from '../scenario/variants.js';
import { autoSolver } from '../solver/engines.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import { explainContext } from '../explain/context.js';
import { parseVary } from '../cli/sweepOptions.js';
import { SWEEP_BLOCK, type SweepBase } from './sweepEval.js';
import { runSweep } from './sweepRun.js';
import type { SweepInput, SweepResult } from './sweepTypes.js';

/** The compiled worker (npm test builds dist/ before running the tests). */
const SCRIPT = fileURLToPath(new URL('../../dist/sweep/sweepWorker.js', import.meta.url));
const OPTS = { timeLimitSeconds: 30 };

const TEXT = `name: Round the clock
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95, en: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
  MA: { cost_per_hour: 16, languages: { fr: 0.86 }, scc: true, working_hours: "Mon-Sat 08:00-20:00", seats: 12 }
  RO: { cost_per_hour: 21, languages: { fr: 0.88, en: 0.92 }, working_hours: "Mon-Fri 07:00-22:00", capacity_hours: 3000 }
  PT: { cost_per_hour: 23, languages: { fr: 0.84, en: 0.9 }, working_hours: "Mon-Fri 08:00-20:00" }
activities:
  billing: { language: fr, hours: 5000, coverage: "Mon-Sat 07:00-22:00", min_quality: 0.88 }
  support: { language: en, hours: 2500, coverage: "Mon-Sun 00:00-24:00", max_share: 0.7 }
`;

function base(): SweepBase {
  const p = parseYaml('s.yaml', TEXT);
  if (!p.ok) throw new Error('bad yaml');
  const layer: Layer = { data: p.data, source: p.source };
  const r = readLayer(layer, []);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return { layer, sets: [], scenario: r.scenario };
}

async function sweep(
  inputs: readonly SweepInput[],
  workers: number,
  plan: Parameters<typeof runSweep>[2] = { kind: 'grid' },
): Promise<SweepResult> {
  const ctx = explainContext(autoSolver, OPTS);
  try {
    return await runSweep(base(), inputs, plan, ctx, undefined, { workers, script: SCRIPT });
  } finally {
    ctx.close();
  }
}

describe('sweep in worker threads', () => {
  // Patched in place (rates, a capacity) and rebuilt (a quality: not patchable), over several blocks.
  // The inputs as `sweep --vary` reads them.
  const vary = (text: string): SweepInput => parseVary(text, base().layer.data);
  const patched = [vary('countries.MA.cost_per_hour=14..22:9'), vary('countries.RO.capacity_hours=1000..4000:5')];
  const rebuilt = [vary('countries.MA.languages.fr=0.8..0.9:3'), vary('countries.RO.cost_per_hour=18..24:12')];

  it('the worker module is built', () => {
    expect(existsSync(SCRIPT)).toBe(true);
  });

  for (const [name, inputs] of [
    ['patched', patched],
    ['rebuilt', rebuilt],
  ] as const) {
    it(`gives the same points whatever the number of workers (${name})`, async () => {
      const one = await sweep(inputs, 1);
      expect(one.points.length).toBeGreaterThan(2 * SWEEP_BLOCK);
      expect(one.points.filter((p) => p.status === 'optimal').length).toBeGreaterThan(2 * SWEEP_BLOCK);
      for (const workers of [2, 3]) {
        const many = await sweep(inputs, workers);
        expect(many.points).toEqual(one.points);
        expect(many.patched).toBe(one.patched);
      }
      // …and each point is what a fresh engine finds for that variant of the scenario.
      for (const p of one.points) {
        const sets = inputs.map((i, k) => ({ origin: i.origin, path: i.path.split('.'), value: p.values[k] }));
        const read = readLayer(base().layer, sets);
        if (!read.ok) throw new Error('variant does not read');
        const fresh = await solveModel(buildModel(read.scenario), highsSolver, OPTS);
        if (fresh.status !== 'optimal') {
          expect(p.status).not.toBe('optimal');
          continue;
        }
        expect(Math.abs((p.cost ?? NaN) - fresh.objective)).toBeLessThanOrEqual(1e-6 * fresh.objective);
      }
    });
  }

  it('a Monte Carlo sample too', async () => {
    const inputs: SweepInput[] = [
      { path: 'countries.MA.cost_per_hour', origin: '--spread', base: 16, low: 13, high: 19, values: undefined },
    ];
    const plan = { kind: 'monte-carlo', samples: 40, seed: 3 } as const;
    const one = await sweep(inputs, 1, plan);
    expect((await sweep(inputs, 2, plan)).points).toEqual(one.points);
    expect(one.bands).toBeDefined();
  });
});
