import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainContext } from '../src/explain/context.js';
import { runSweep } from '../src/sweep/sweepRun.js';
import type { SweepInput, SweepPlan } from '../src/sweep/sweepTypes.js';
import { renderSweepJson } from '../src/report/whatIf/sweepRender.js';
import { parseYaml } from '../src/scenario/parseYaml.js';
import { readLayer, type Layer } from '../src/scenario/variants.js';
import { parseSpread, parseVary } from '../src/cli/sweepOptions.js';
import { autoSolver } from '../src/solver/engines.js';

/** The bundled worker (npm test builds dist/ first): what `sweep --workers 2` starts. */
const SCRIPT = fileURLToPath(new URL('../dist/workers/sweepWorker.js', import.meta.url));
const FILE = 'scenarios/telecom.yaml';

function layer(): Layer {
  const parsed = parseYaml(FILE, readFileSync(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE} does not parse`);
  return { data: parsed.data, source: parsed.source };
}

/** The sweep's JSON with its timing (the only field allowed to differ) set to zero. */
async function json(inputs: readonly SweepInput[], plan: SweepPlan, workers: number): Promise<string> {
  const base = layer();
  const read = readLayer(base, []);
  if (!read.ok) throw new Error(`${FILE} is invalid`);
  const ctx = explainContext(autoSolver, { timeLimitSeconds: 30 });
  try {
    const r = await runSweep({ layer: base, sets: [], scenario: read.scenario }, inputs, plan, ctx, undefined, {
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
    const data = layer().data;
    const inputs = [
      parseVary('countries.MA.cost_per_hour=14..22:9', data),
      parseVary('countries.RO.cost_per_hour=18..26:6', data),
    ];
    const one = await json(inputs, { kind: 'grid' }, 1);
    expect(JSON.parse(one).points.length).toBe(54);
    expect(await json(inputs, { kind: 'grid' }, 2)).toBe(one);
  });
  it('is byte for byte the same with 1 and 2 workers: Monte Carlo', async () => {
    const inputs = [parseSpread('countries.MA.cost_per_hour=±3', layer().data)];
    const plan = { kind: 'monte-carlo', samples: 50, seed: 11 } as const;
    const one = await json(inputs, plan, 1);
    expect(JSON.parse(one).points.length).toBe(50);
    expect(await json(inputs, plan, 2)).toBe(one);
  });
});
