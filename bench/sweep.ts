/**
 * Sweep speed on scenarios/telecom.yaml: points per second when the model is patched in place
 * (costs, right-hand sides) and when each point is rebuilt from the scenario (--set, validation,
 * model), per engine. Part of `npm run bench`; `node dist-bench/bench/sweep.js` alone.
 */
import { readFile } from 'node:fs/promises';
import { parseVary } from '../src/cli/sweepOptions.js';
import { explainContext } from '../src/explain/context.js';
import { runSweep } from '../src/sweep/sweepRun.js';
import type { SweepInput } from '../src/sweep/sweepTypes.js';
import { parseYaml } from '../src/scenario/parseYaml.js';
import { readLayer } from '../src/scenario/variants.js';
import { ENGINES } from '../src/solver/engines.js';

const FILE = 'scenarios/telecom.yaml';

export async function sweepTable(): Promise<string[]> {
  const parsed = parseYaml(FILE, await readFile(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE} does not parse`);
  const layer = { data: parsed.data, source: parsed.source };
  const read = readLayer(layer, []);
  if (!read.ok) throw new Error(`${FILE} is invalid`);
  const cases: [string, SweepInput[]][] = [
    [
      'patched: MA rate × acquisition floor, 40 × 25',
      [
        parseVary('countries.MA.cost_per_hour=14..20:40', layer.data),
        parseVary('activities.acquisition.min_quality=0.88..0.95:25', layer.data),
      ],
    ],
    [
      'rebuilt: MA French quality × MA rate, 40 × 25',
      [
        parseVary('countries.MA.languages.fr.quality=0.8..0.9:40', layer.data),
        parseVary('countries.MA.cost_per_hour=14..20:25', layer.data),
      ],
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
