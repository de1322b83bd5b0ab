import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/text/fitWidth.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

/**
 * At an 80-column terminal every line of every human view fits, and nothing is lost: the words
 * and figures of the unlimited view (a pipe) are all there, only laid out again.
 */
const WIDTH = 80;
const sample = (name: string): string => join(ROOT, 'scenarios', `${name}.yaml`);
const words = (text: string): Set<string> =>
  new Set(
    text
      .replace(/[┌┐└┘├┤┬┴┼│─]/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  );

async function both(argv: readonly string[]): Promise<{ narrow: string; wide: string }> {
  const narrow = await runMain(argv, { width: WIDTH });
  const wide = await runMain(argv);
  expect(narrow.code, narrow.stderr).toBe(wide.code);
  return { narrow: narrow.stdout, wide: wide.stdout };
}

function expectFits({ narrow, wide }: { narrow: string; wide: string }, stacked = false): void {
  const long = narrow.split('\n').filter((l) => displayWidth(l) > WIDTH);
  expect(long).toEqual([]);
  // The unlimited view is wider: the test measures something.
  expect(Math.max(...wide.split('\n').map(displayWidth))).toBeGreaterThan(WIDTH);
  if (!stacked) expect(words(narrow)).toEqual(words(wide));
  // Stacked rows name their columns on each line ("Note: …") instead of in a header row.
  else expect([...words(wide)].filter((w) => !words(narrow).has(w))).toEqual(['Measure', 'Value', 'Note']);
}

describe(`every human view fits ${WIDTH} columns`, () => {
  it.each(['telecom', 'energy', 'tourism', 'public-agency'])('plan %s', async (name) => {
    expectFits(await both(['plan', sample(name)]));
  });

  it('explain', async () => {
    expectFits(await both(['explain', sample('telecom')]));
  });

  it('compare, with the reference repeated beside each value and its Δ', async () => {
    const argv = [
      'compare',
      sample('telecom'),
      '--variant',
      'a-rather-long-variant-name=countries.MA.cost_per_hour=19',
      '--variant',
      'another-long-variant=countries.RO.cost_per_hour=23',
    ];
    const r = await both(argv);
    expectFits(r);
    const heads = r.narrow.split('\n').filter((l) => l.startsWith('│') && l.includes('telecom.yaml'));
    expect(heads.length).toBeGreaterThan(1);
    heads.forEach((h) => expect(h).toMatch(/telecom\.yaml.*│.*│\s+Δ │$/));
  });

  it('erlang (a table with long notes: stacked)', async () => {
    expectFits(await both(['erlang', '--volume', '100', '--aht', '300', '--agents', '3']), true);
  });

  it('sweep', async () => {
    expectFits(
      await both([
        'sweep',
        sample('tourism'),
        '--spread',
        'countries.MA.cost_per_hour=±10%',
        '--spread',
        'activities.booking-fr.hours=±10%',
        '--samples',
        '3',
      ]),
    );
  });

  it.each(['en', 'fr'])('plan and explain in %s', async (locale) => {
    expectFits(await both(['plan', sample('energy'), '--locale', locale]));
    expectFits(await both(['explain', sample('telecom'), '--locale', locale]));
  });

  it.each(['en', 'fr'])('pareto and alternatives in %s (stacked: every figure kept)', async (locale) => {
    for (const command of ['pareto', 'alternatives']) {
      const r = await both([command, sample('telecom'), '--locale', locale]);
      expect(r.narrow.split('\n').filter((l) => displayWidth(l) > WIDTH)).toEqual([]);
      expect(Math.max(...r.wide.split('\n').map(displayWidth))).toBeGreaterThan(WIDTH);
      // Stacked rows name their columns on each line ("Cost: …"): the figures are what must all be there.
      const figures = (text: string) => [...words(text)].filter((w) => /\d/.test(w)).sort();
      expect(figures(r.narrow)).toEqual(figures(r.wide));
    }
  });

  it.each(['en', 'fr'])('roadmap in %s: prose wrapped, sparklines thinned to the room left', async (locale) => {
    const r = await both(['roadmap', join(ROOT, 'scenarios/roadmap/telecom-66.yaml'), '--locale', locale]);
    expect(r.narrow.split('\n').filter((l) => displayWidth(l) > WIDTH)).toEqual([]);
    expect(Math.max(...r.wide.split('\n').map(displayWidth))).toBeGreaterThan(WIDTH);
    // Everything but the bars themselves is still there.
    const noBars = (text: string) => [...words(text)].filter((w) => !/[▁▂▃▄▅▆▇█]/.test(w)).sort();
    expect(noBars(r.narrow)).toEqual(noBars(r.wide));
    const bars = (text: string) => text.split('\n').find((l) => /[▁▂▃▄▅▆▇█]{5}/.test(l)) ?? '';
    expect([...bars(r.narrow)].filter((ch) => /[▁▂▃▄▅▆▇█]/.test(ch)).length).toBeLessThan(
      [...bars(r.wide)].filter((ch) => /[▁▂▃▄▅▆▇█]/.test(ch)).length,
    );
  });
});
