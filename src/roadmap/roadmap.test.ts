import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../scenario/readScenario.js';
import { highsSolver } from '../solver/highsSolver.js';
import { roadmapScenario } from './roadmapScenario.js';

const load = (file: string) => {
  const r = readScenarioText(file, readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.scenario;
};

describe('roadmap', () => {
  it('solves the small fixture', async () => {
    const out = await roadmapScenario(load('test/fixtures/roadmap/small.yaml'), highsSolver, { timeLimitSeconds: 60 });
    console.log(JSON.stringify(out, (k, v) => (k === 'months' && Array.isArray(v) ? v.map((m: { label: string; total: number; oneOff: number; staff: unknown }) => [m.label, Math.round(m.total), Math.round(m.oneOff), JSON.stringify(m.staff)]) : v), 1).slice(0, 6000));
    expect(out.status).toBe('optimal');
  });
});
