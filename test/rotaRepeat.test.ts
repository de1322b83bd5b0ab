import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

/**
 * A rota is the same plan, byte for byte, every time it is planned: its search, its rounding
 * and its choice among equal-cost rotas follow a fixed path (no random seed, no answer that
 * depends on which search finished first). Planned twice in one process and compared: tourism
 * (hours-based work), energy (queues in whole agents too: the priced-out search and its dived start).
 */
describe('a rota planned again is the same rota', () => {
  for (const sample of ['tourism', 'energy']) {
    it(`scenarios/${sample}.yaml with shifts: two plans, one JSON`, async () => {
      const runs = [];
      for (let k = 0; k < 2; k++)
        runs.push(await runMain(['plan', `scenarios/${sample}.yaml`, '--set', 'shifts={}', '-f', 'json']));
      for (const r of runs) expect(r.code).toBe(0);
      const [first, ...others] = runs.map((r) => r.stdout);
      expect(JSON.parse(first ?? '{}').rota?.length ?? 0).toBeGreaterThan(0);
      for (const o of others) expect(o).toBe(first);
    }, 180_000);
  }
});
