import { describe, expect, it } from 'vitest';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

/**
 * `annex --edition`, `--sections`, `--whole-fte` and the scenario's labels, through the CLI in
 * process. The client edition is what goes to the buyer: none of the bid team's internal material.
 */
const headings = (md: string): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3));

describe('annex editions', () => {
  it('client by default: no saving against all-home, no method, no quality scores (fr and en)', async () => {
    const fr = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md']);
    expect(fr.code).toBe(0);
    expect(headings(fr.stdout)).toEqual([
      '1. Synthèse',
      '2. Répartition par activité et par pays',
      '3. Sites et effectifs par pays',
      '4. Protection des données',
      '5. Hypothèses',
    ]);
    for (const internal of [
      'Économie',
      'économie',
      '100\u00a0%',
      'programme linéaire',
      'optimalité',
      'Qualité prévue',
      'solveur',
    ])
      expect(fr.stdout).not.toContain(internal);
    const en = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', '--lang', 'en']);
    for (const internal of ['Saving', 'saving', '100%', 'linear programme', 'optimality', 'Planned quality', 'solver'])
      expect(en.stdout).not.toContain(internal);
  });

  it('internal: the saving, the method and the quality commitments', async () => {
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', '--edition', 'internal']);
    expect(r.code).toBe(0);
    expect(headings(r.stdout)).toContain('5. Engagements de qualité');
    expect(r.stdout).toContain('Écart avec le prix indicatif 100\u00a0% France');
    expect(r.stdout).toContain('programme linéaire qui minimise le prix total');
  });

  it('--sections chooses and orders the sections, numbered as they come', async () => {
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', '--sections', 'countries, summary']);
    expect(r.code).toBe(0);
    expect(headings(r.stdout)).toEqual(['1. Sites et effectifs par pays', '2. Synthèse']);
    // A section with nothing to show (no opening hours) is left out without a word.
    const c = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', '--sections', 'summary,coverage']);
    expect(headings(c.stdout)).toEqual(['1. Synthèse']);
  });

  it('exit 2: an unknown or repeated section, quality in the client edition, an unknown edition', async () => {
    const cases: [string[], string][] = [
      [['--sections', 'summary,pricing'], '--sections: unknown section "pricing"'],
      [['--sections', 'summary,summary'], '--sections: section "summary" is given twice'],
      [['--sections', 'quality'], 'only in --edition internal'],
      [['--edition', 'buyer'], 'buyer'],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', ...args]);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
    const ok = await runMain([
      'annex',
      'scenarios/telecom.yaml',
      '--format',
      'md',
      '--edition',
      'internal',
      '--sections',
      'quality',
    ]);
    expect(headings(ok.stdout)).toEqual(['1. Engagements de qualité']);
  });
});

describe('annex --whole-fte', () => {
  it('prices whole people: the annex total is the plan --whole-fte total, not the fractional one', async () => {
    const whole = (await jsonOf(['plan', 'scenarios/telecom.yaml', '--whole-fte', '--format', 'json'])) as {
      total_cost: number;
    };
    const fractional = (await jsonOf(['plan', 'scenarios/telecom.yaml', '--format', 'json'])) as { total_cost: number };
    expect(whole.total_cost).toBeGreaterThan(fractional.total_cost);
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '--whole-fte', '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    const money = (n: number): string =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(n);
    expect(r.stdout).toContain(`**${money(whole.total_cost)}**`);
    expect(r.stdout).not.toContain(`**${money(fractional.total_cost)}**`);
  });
});

describe('labels and descriptions', () => {
  const { write } = scratch('bestshore-labels-');
  const file = write(
    'labels.yaml',
    `name: Labels
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, label: "Lille (France)", description: "Site de Lille, 120 positions." }
  RO: { cost_per_hour: 21, languages: { fr: 0.88 } }
activities:
  l1-billing: { language: fr, hours: 1000, min_home_share: 0.3, label: "Facturation N1", description: "Appels entrants de facturation." }
  sales: { language: fr, hours: 500 }
`,
  );

  it('every report prints the label for the id or the code; the annex adds the descriptions', async () => {
    const md = (await runMain(['annex', file, '--format', 'md'])).stdout;
    expect(md).toContain('| Facturation N1 | Lille (France) | 300 |');
    expect(md).toContain('- **Facturation N1**\u00a0: Appels entrants de facturation.');
    expect(md).toContain('- **Lille (France)**\u00a0: Site de Lille, 120 positions.');
    expect(md).not.toContain('l1-billing');
    const table = (await runMain(['plan', file])).stdout;
    expect(table).toContain('Facturation N1');
    const json = (await jsonOf(['plan', file, '--format', 'json'])) as {
      activities: { activity: string; label?: string }[];
      countries: { country: string; name: string }[];
    };
    expect(json.activities[0]).toMatchObject({
      activity: 'l1-billing',
      label: 'Facturation N1',
      description: 'Appels entrants de facturation.',
    });
    expect(json.activities[1]?.label).toBeUndefined();
    expect(json.countries.find((c) => c.country === 'FR')?.name).toBe('Lille (France)');
  });
});
