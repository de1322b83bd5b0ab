import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { seededRandom } from '../explain/random.js';
import { buildModel } from '../model/buildModel.js';
import { highsSession } from './highsSession.js';

/** 60 activities over 12 capped countries: each new set of rates takes HiGHS many iterations. */
const CODES = ['FR', 'DE', 'ES', 'IT', 'PT', 'RO', 'PL', 'BE', 'NL', 'AT', 'IE', 'GR'];
const text = [
  'name: many solves',
  'countries:',
  ...CODES.map((c, i) => `  ${c}: { cost_per_hour: ${20 + i}, languages: { fr: 0.9 }, capacity_hours: 2000 }`),
  'activities:',
  ...Array.from({ length: 60 }, (_, a) => `  a${a}: { language: fr, hours: 300, data: none }`),
].join('\n');

describe('a HiGHS session', () => {
  it('gives every solve the whole time limit, however long the session has been solving', async () => {
    const base = buildModel(scenarioOf(text));
    const rand = seededRandom(7);
    const session = highsSession();
    // Far longer than one solve of this model (milliseconds, so that a busy machine does not stop
    // one), far shorter than the session's solves together.
    const limit = 0.3;
    let spent = 0;
    let solves = 0;
    const statuses = new Set<string>();
    try {
      while (spent < 5 * limit && solves < 20_000) {
        // Other rates each time: a model the session holds in place, solved again from its reference.
        const model = { ...base, vars: base.vars.map((v) => ({ ...v, cost: v.cost * (0.5 + rand()) })) };
        const t = performance.now();
        const r = await session.solve(model, { timeLimitSeconds: limit });
        spent += (performance.now() - t) / 1000;
        solves++;
        statuses.add(r.status === 'error' ? `error: ${r.message}` : r.status);
      }
    } finally {
      session.close();
    }
    expect(spent).toBeGreaterThanOrEqual(5 * limit);
    expect([...statuses]).toEqual(['optimal']);
  });
});
