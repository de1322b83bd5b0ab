/**
 * Sweep speed on scenarios/telecom.yaml: points per second when the model is patched in place
 * (costs, right-hand sides) and when each point is rebuilt from the scenario (--set, validation,
 * model), per engine. Part of `npm run bench`; `node dist-bench/bench/sweep.js` alone.
 */
import { readFile } from 'node:fs/promises';
import { explainContext } from '../src/explain/context.js';
import { runSweep } from '../src/sweep/sweepRun.js';
import type { SweepInput } from '../src/sweep/sweepTypes.js';
import { parseYaml } from '../src/scenario/parseYaml.js';
import { readLayer } from '../src/scenario/variants.js';
import { ENGINES } from '../src/solver/engines.js';

const FILE = 'scenarios/telecom.yaml';

const grid = (path: string, from: number, to: number, steps: number): SweepInput => ({
  path,
  origin: `--vary ${path}`,
  base: undefined,
  low: from,
  high: to,
  values: Array.from({ length: steps }, (_, k) => from + ((to - from) * k) / (steps - 1)),
});

export async function sweepTable(): Promise<string[]> {
  const parsed = parseYaml(FILE, await readFile(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE} does not parse`);
  const layer = { data: parsed.data, source: parsed.source };
  const read = readLayer(layer, []);
  if (!read.ok) throw new Error(`${FILE} is invalid`);
  const cases: [string, SweepInput[]][] = [
    [
      'patched: MA rate × acquisition floor, 40 × 25',
      [grid('countries.MA.cost_per_hour', 14, 20, 40), grid('activities.acquisition.min_quality', 0.88, 0.95, 25)],
    ],
    [
      'rebuilt: MA French quality × MA rate, 40 × 25',
      [grid('countries.MA.languages.fr.quality', 0.8, 0.9, 40), grid('countries.MA.cost_per_hour', 14, 20, 25)],
    ],
  ];
  const lines = [`| sweep on ${FILE} | engine | points | seconds | points/s | patched |`, '|---|---|---|---|---|---|'];
  for (const [label, inputs] of cases) {
    for (const [name, engine] of Object.entries(ENGINES)) {
      // Warm up (JIT, HiGHS's WebAssembly) on a few points before timing.
      await runSweep(
        { layer, sets: [], scenario: read.scenario },
        inputs.map((i) => ({ ...i, values: i.values?.slice(0, 3) })),
        { kind: 'grid' },
        explainContext(engine, { timeLimitSeconds: 60 }),
      );
      const r = await runSweep(
        { layer, sets: [], scenario: read.scenario },
        inputs,
        { kind: 'grid' },
        explainContext(engine, { timeLimitSeconds: 60 }),
      );
      lines.push(
        `| ${label} | ${name} | ${r.points.length} | ${r.seconds.toFixed(2)} | ${(r.points.length / r.seconds).toFixed(0)} | ${r.patched} |`,
      );
    }
  }
  return lines;
}

if (process.argv[1]?.endsWith('sweep.js')) console.log((await sweepTable()).join('\n'));
