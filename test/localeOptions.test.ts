import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../src/cli/locale.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * `roadmap` (with `--explain`), `pareto` and `alternatives` under --locale fr (or LANG=fr_FR):
 * every label and sentence in French; English stays as it was (the goldens and the other
 * tests); JSON keeps English keys and texts whatever the locale.
 */

/** English words of these reports that must not be left in a French one (whole words, case-sensitive). */
const ENGLISH = [
  'NPV',
  'Payback',
  'payback',
  'Month',
  'month',
  'months',
  'Hires',
  'One-off',
  'Cost',
  'Cum. saving',
  'saving',
  'Transfers',
  'starts in',
  'leaves',
  'FTE',
  'cash',
  'Peak',
  'Exchange rate',
  'as written',
  'hiring limit',
  'lead time',
  'ramp-up',
  'delays',
  'costs',
  'no release',
  'a month',
  'in the in-house team',
  'are continuous',
  'proven optimal',
  'not proven',
  'verified',
  'engine',
  'rows',
  'integer',
  'Optimal',
  'Feasible',
  'roadmap',
  'Above',
  'Countries',
  'Home',
  'Risk',
  'How it differs',
  'the optimum',
  'knee',
  'Knee',
  'Change from the point before',
  'cost against',
  'Every point',
  'Each point',
  'Each one',
  'least cost',
  'least-cost',
  'drops',
  'adds',
  'home',
  'of hours moved',
  'as much at home',
  'as little',
  'budget allows',
  'search',
  'searches',
  'alternatives',
  'within',
  'per',
];
/** The English words left in `text`, the scenario's own name (data, not a label) taken out first. */
const leftovers = (text: string, name: string): string[] => {
  const words = text.split(name).join('');
  return ENGLISH.filter((w) =>
    new RegExp(`(^|[^\\p{L}_])${w.replace(/[().]/g, '\\$&')}([^\\p{L}_]|$)`, 'u').test(words),
  );
};

const ROADMAP = 'scenarios/roadmap/telecom-66.yaml';
const ROADMAP_NAME = 'Telecom operator — 66-month transition';
const TELECOM_NAME = 'Telecom operator — bestshore 2027';
const NB = '\u00a0';
const FR_ENV = { locale: localeFromEnv({ LANG: 'fr_FR.UTF-8' }) ?? 'en' } as const;

describe('--locale fr: roadmap, pareto and alternatives in French', () => {
  it('roadmap: headline, month table, transfers, approximations and proof', async () => {
    const r = await runMain(['roadmap', ROADMAP, '--locale', 'fr']);
    expect(r.code).toBe(0);
    for (const w of [
      `VAN de la feuille de route${NB}:`,
      `Retour sur investissement${NB}:`,
      'point mort',
      'Mois par mois (EUR)',
      'Embauches',
      'Économie cumulée',
      'ETP FR',
      `66${NB}mois`,
      'Transferts',
      'démarre en',
      'quitte',
      'Les ETP sont continus',
      'optimalité prouvée',
    ])
      expect(r.stdout).toContain(w);
    expect(leftovers(r.stdout, ROADMAP_NAME)).toEqual([]);
    // The same words from a French environment; --locale en wins over it.
    expect((await runMain(['roadmap', ROADMAP], FR_ENV)).stdout).toBe(r.stdout);
    const en = await runMain(['roadmap', ROADMAP]);
    expect(en.stdout).toContain('NPV of the roadmap: ');
    expect((await runMain(['roadmap', ROADMAP, '--locale', 'en'], FR_ENV)).stdout).toBe(en.stdout);
    const svg = await runMain(['roadmap', ROADMAP, '-f', 'svg', '--locale', 'fr']);
    expect(svg.stdout).toContain(`feuille de route 2027-01, 66${NB}mois</title>`);
    expect(svg.stdout).toContain('Économie cumulée par rapport à la situation actuelle (EUR, point mort 2027-');
    expect(svg.stdout).toContain('ETP par équipe');
    expect(leftovers(svg.stdout.replace(/<[^>]*>/g, ' '), ROADMAP_NAME)).toEqual([]);
  });

  it('roadmap --explain: what each transition term costs, in VAN and months of payback', async () => {
    const r = await runMain(['roadmap', ROADMAP, '--explain', '--locale', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ce que coûtent les conditions de transition (chacune levée à son tour)');
    // telecom-66.yaml: MA hires at most 15 a month, RO waits 2 months, the in-house team is never released.
    expect(r.stdout).toMatch(
      /- la limite d’embauches de 15 par mois en MA (?:retarde le point mort de \d+\u00a0mois et )?coûte [\d\u202f]+ EUR de VAN/,
    );
    expect(r.stdout).toMatch(
      /- le délai de recrutement de 2\u00a0mois en RO retarde le point mort de \d+\u00a0mois et coûte/,
    );
    expect(r.stdout).toContain(`- aucun départ dans l’équipe interne (levé${NB}: release_cost 0 par agent)`);
    expect(r.stdout).toContain(`(50${NB}%, 80${NB}%)`);
    expect(leftovers(r.stdout, ROADMAP_NAME)).toEqual([]);
  });

  it('roadmap without a solution: the title and the summary line in French', async () => {
    const file = scratch('bestshore-locale-short-').write(
      'short.yaml',
      readFileSync('test/fixtures/roadmap/small.yaml', 'utf8').replace(
        '    data: none',
        '    data: none\n    max_share: 0.7',
      ),
    );
    const r = await runMain(['roadmap', file, '--locale', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('— aucune feuille de route');
    expect(r.stderr).toContain(`short.yaml${NB}: aucune feuille de route ne couvre chaque mois avec des agents formés`);
    expect(r.stderr).not.toContain('no roadmap');
  });

  it('roadmap in French with a foreign currency: the exchange-rate line', async () => {
    const telecom = readFileSync(ROADMAP, 'utf8')
      .replace('    cost_per_hour: 48\n', '    cost_per_hour: 480\n    currency: MAD\n')
      .replace('  in_house:', '  currencies: { MAD: { rate: 10 } }\n  in_house:');
    const file = scratch('bestshore-locale-fx-').write('fx.yaml', telecom);
    // MAD 10 % dearer: 10 / 1.1 = 9.0909 MAD for a euro.
    const r = await runMain(['roadmap', file, '--fx', 'MAD=+10%', '--locale', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Taux de change MAD \(in-house\)\u00a0: 10,0000 = 1 EUR tel qu’écrit\u00a0; appliqué 9,0909 en 2027-01/,
    );
    expect(r.stdout).toContain(`(choc +10,0 %)${NB}; montants en EUR`);
    expect(leftovers(r.stdout, ROADMAP_NAME)).toEqual([]);
  });

  it('pareto: the front, the knee, the proofs and the changes between points', async () => {
    const args = ['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,home-share'];
    const r = await runMain([...args, '--locale', 'fr']);
    expect(r.code).toBe(0);
    for (const w of [
      `coût selon part onshore${NB}:`,
      'Surcoût',
      'Changement depuis le point précédent',
      'l’optimum',
      'des heures déplacées',
      'Chaque point est le plan au moindre coût pour son ε, prouvé.',
      `Chaque point est le plan du scénario avec${NB}:`,
    ])
      expect(r.stdout).toContain(w);
    expect(leftovers(r.stdout, TELECOM_NAME)).toEqual([]);
    expect((await runMain(args, FR_ENV)).stdout).toBe(r.stdout);
    // JSON is never translated.
    const json = (await runMain([...args, '-f', 'json', '--locale', 'fr'])).stdout;
    expect(json).toBe((await runMain([...args, '-f', 'json'])).stdout);
    expect(json).toContain('"change": "the optimum"');
  });

  it('alternatives: the table, the aims, the proofs and what each differs in', async () => {
    const args = ['alternatives', 'scenarios/telecom.yaml', '--slack', '5%', '--count', '3'];
    const r = await runMain([...args, '--locale', 'fr']);
    expect(r.code).toBe(0);
    for (const w of [
      `3 variantes à 5,0 % de l’optimum au plus`,
      `Optimum${NB}: 450\u202f220 EUR par mois (optimalité prouvée)${NB}; budget`,
      'Coût',
      'Surcoût',
      'Ce qui change',
      'autant sur place (FR) que le budget le permet',
      'moindre coût pour sa variante, prouvé.',
      'des heures déplacées',
    ])
      expect(r.stdout).toContain(w);
    expect(leftovers(r.stdout, TELECOM_NAME)).toEqual([]);
    const md = await runMain([...args, '-f', 'md', '--locale', 'fr']);
    expect(md.stdout).toContain('| # | Coût | Surcoût | Pays | Onshore | Ce qui change |');
    expect(leftovers(md.stdout, TELECOM_NAME)).toEqual([]);
    const json = (await runMain([...args, '-f', 'json', '--locale', 'fr'])).stdout;
    expect(json).toBe((await runMain([...args, '-f', 'json'])).stdout);
  });

  it('init: its messages in French, the files it writes the same', async () => {
    const { dir } = scratch('bestshore-locale-init-');
    const file = join(dir, 'scenario.yaml');
    const r = await runMain(['init', file, '--locale', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `scenario.yaml et ${join(dir, 'scenario.schema.json')} écrits${NB}; ensuite${NB}: bestshore plan`,
    );
    const again = await runMain(['init', file], FR_ENV);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`scenario.yaml existe déjà${NB}: donnez un autre nom, ou --force pour le remplacer`);
    const en = await runMain(['init', join(dir, 'other.yaml')]);
    expect(en.stderr).toContain('other.yaml and ');
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(readFileSync(file, 'utf8'));
  });
});
