import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainContext } from '../src/explain/context.js';
import type { SweepBase } from '../src/sweep/sweepEval.js';
import { findAlternatives } from '../src/options/alternatives.js';
import { objectiveNamed } from '../src/options/objectives.js';
import { paretoFront } from '../src/options/pareto.js';
import { openPlanner } from '../src/options/threads.js';
import { optionsWorkerCount } from '../src/options/planPool.js';
import { availableParallelism } from 'node:os';
import { renderAlternativesJson } from '../src/report/options/alternativesRender.js';
import { renderParetoJson } from '../src/report/options/paretoRender.js';
import { loadLayer } from '../src/scenario/loadLayers.js';
import { readLayer } from '../src/scenario/variants.js';
import { autoSolver } from '../src/solver/engines.js';

/** The compiled worker (npm test builds dist/ before running the tests). */
const SCRIPT = fileURLToPath(new URL('../dist/options/planWorker.js', import.meta.url));
const OPTS = { timeLimitSeconds: 60 };

async function base(file: string): Promise<SweepBase> {
  const loaded = await loadLayer(file, {});
  if (!loaded.ok) throw new Error(`cannot load ${file}`);
  const read = readLayer(loaded.layer, []);
  if (!read.ok) throw new Error(`cannot read ${file}`);
  return { layer: loaded.layer, sets: [], scenario: read.scenario };
}

async function front(file: string, objective: string, points: number, workers: number): Promise<string> {
  const o = objectiveNamed(objective);
  if (!o) throw new Error(objective);
  const ctx = explainContext(autoSolver, OPTS);
  try {
    const r = await paretoFront(await base(file), o, points, ctx, undefined, {
      workers,
      engine: autoSolver,
      script: SCRIPT,
    });
    if (r.status !== 'pareto') throw new Error('no plan');
    return renderParetoJson(r);
  } finally {
    ctx.close();
  }
}

async function alternatives(file: string, slack: number, workers: number): Promise<string> {
  const ctx = explainContext(autoSolver, OPTS);
  try {
    const r = await findAlternatives(await base(file), { slack, count: 5 }, ctx, undefined, {
      workers,
      engine: autoSolver,
      script: SCRIPT,
    });
    if (r.status !== 'alternatives') throw new Error('no plan');
    return renderAlternativesJson(r);
  } finally {
    ctx.close();
  }
}

describe('alternatives and fronts in worker threads', () => {
  it('the worker module is built', () => {
    expect(existsSync(SCRIPT)).toBe(true);
  });

  // An LP (home share), whole-agent queues (a MILP base: quality), an LP whose variants are
  // MILPs (a cap on the countries used: each solved afresh).
  for (const [file, objective, points] of [
    ['scenarios/telecom.yaml', 'home-share', 7],
    ['scenarios/energy.yaml', 'quality', 4],
    ['scenarios/public-agency.yaml', 'countries', 7],
  ] as const) {
    it(`the same front, byte for byte, whatever the number of workers: ${file} cost,${objective}`, async () => {
      const one = await front(file, objective, points, 1);
      expect((JSON.parse(one) as { points: unknown[] }).points.length).toBeGreaterThanOrEqual(3);
      expect(await front(file, objective, points, 2)).toBe(one);
      expect(await front(file, objective, points, 3)).toBe(one);
    });
  }

  for (const [file, slack] of [
    ['scenarios/telecom.yaml', 0.05],
    ['scenarios/energy.yaml', 0.03],
  ] as const) {
    it(`the same alternatives, byte for byte, whatever the number of workers: ${file}`, async () => {
      const one = await alternatives(file, slack, 1);
      expect((JSON.parse(one) as { alternatives: unknown[] }).alternatives.length).toBeGreaterThanOrEqual(2);
      expect(await alternatives(file, slack, 2)).toBe(one);
    });
  }
});

describe('openPlanner', () => {
  it('spreads variants over worker threads and returns them in order, as this thread plans them', async () => {
    const b = await base('scenarios/telecom.yaml');
    const variants = [0.3, 0.4, 0.5, 0.6, 2].map((k) => [
      { path: ['rules', 'pool_home'], value: { min_home_share: k } },
    ]);
    const ctx = explainContext(autoSolver, OPTS);
    try {
      const here = openPlanner(b, ctx, { workers: 1, engine: autoSolver, script: SCRIPT }, variants.length, 1e9);
      const pool = openPlanner(b, ctx, { workers: 3, engine: autoSolver, script: SCRIPT }, variants.length, 1e9);
      expect(here.threads).toBe(1);
      expect(pool.threads).toBe(3);
      const one = await here.plan(variants);
      let told = 0;
      const many = await pool.plan(variants, () => told++);
      await pool.close();
      expect(told).toBe(variants.length);
      expect(many).toEqual(one);
      // 30 % to 60 % at home have plans, each with at least that share at home; 2 (200 %) is not a share.
      expect(one.map((o) => o.kind)).toEqual(['plan', 'plan', 'plan', 'plan', 'invalid']);
      one.forEach((o, k) => {
        if (o.kind !== 'plan') return;
        const home = o.plan.countries.find((c) => c.country === o.plan.home)?.hours ?? 0;
        expect(home / o.plan.totalHours).toBeGreaterThanOrEqual((variants[k]?.[0]?.value.min_home_share ?? 0) - 1e-6);
      });
    } finally {
      ctx.close();
    }
  });
});

describe('optionsWorkerCount', () => {
  it('--workers as asked (never more than the variants); by default threads only when the variants pay for their start', () => {
    expect(optionsWorkerCount(12, 3, 0)).toBe(3);
    expect(optionsWorkerCount(2, 8, 0)).toBe(2);
    // 6 variants of a 100 ms optimum: 600 ms of work, less than 4 × (300 + 100) ms.
    expect(optionsWorkerCount(6, undefined, 100)).toBe(1);
    // 12 variants of a 1 s optimum: 12 s of work.
    expect(optionsWorkerCount(12, undefined, 1000)).toBe(Math.min(12, availableParallelism()));
  });
});
