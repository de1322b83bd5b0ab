import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainContext } from '../src/explain/context.js';
import { runSweep } from '../src/sweep/sweepRun.js';
import type { SweepInput, SweepPlan } from '../src/sweep/sweepTypes.js';
import { renderSweepJson } from '../src/report/whatIf/sweepRender.js';
import { parseYaml } from '../src/scenario/parseYaml.js';
import { readLayer } from '../src/scenario/variants.js';
import { autoSolver } from '../src/solver/engines.js';

/** The bundled worker (npm test builds dist/ first): what `sweep --workers 2` starts. */
const SCRIPT = fileURLToPath(new URL('../dist/workers/sweepWorker.js', import.meta.url));
const FILE = 'scenarios/telecom.yaml';

const range = (path: string, low: number, high: number, steps: number | undefined): SweepInput => ({
  path,
  origin: path,
  base: undefined,
  low,
  high,
  values:
    steps === undefined ? undefined : Array.from({ length: steps }, (_, k) => low + ((high - low) * k) / (steps - 1)),
});

/** The sweep's JSON with its timing (the only field allowed to differ) set to zero. */
async function json(inputs: readonly SweepInput[], plan: SweepPlan, workers: number): Promise<string> {
  const parsed = parseYaml(FILE, readFileSync(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE} does not parse`);
  const layer = { data: parsed.data, source: parsed.source };
  const read = readLayer(layer, []);
  if (!read.ok) throw new Error(`${FILE} is invalid`);
  const ctx = explainContext(autoSolver, { timeLimitSeconds: 30 });
  try {
    const r = await runSweep({ layer, sets: [], scenario: read.scenario }, inputs, plan, ctx, undefined, {
      workers,
      script: SCRIPT,
    });
    return renderSweepJson({ ...r, seconds: 0 });
  } finally {
    ctx.close();
  }
}

describe('sweep JSON with the bundled worker', () => {
  it('is byte for byte the same with 1 and 2 workers: a grid', async () => {
    const inputs = [range('countries.MA.cost_per_hour', 14, 22, 9), range('countries.RO.cost_per_hour', 18, 26, 6)];
    const one = await json(inputs, { kind: 'grid' }, 1);
    expect(JSON.parse(one).points.length).toBe(54);
    expect(await json(inputs, { kind: 'grid' }, 2)).toBe(one);
  });
  it('is byte for byte the same with 1 and 2 workers: Monte Carlo', async () => {
    const inputs = [range('countries.MA.cost_per_hour', 13, 19, undefined)];
    const plan = { kind: 'monte-carlo', samples: 50, seed: 11 } as const;
    const one = await json(inputs, plan, 1);
    expect(JSON.parse(one).points.length).toBe(50);
    expect(await json(inputs, plan, 2)).toBe(one);
  });
});
