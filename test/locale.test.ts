import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../src/cli/locale.js';
import { FRENCH_CLAUSES, frenchMessage } from '../src/scenario/messagesFr.js';
import { RARER_CLAUSES } from './support/frenchSlips.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * --locale fr, or an environment that says fr (LANG=fr_FR.UTF-8: io.locale), writes every label,
 * heading, diagnosis and explanation in French; English stays byte for byte (the goldens).
 */

/** English words of the reports that must not be left in a French one (whole words, case-sensitive). */
const ENGLISH = [
  'Allocation',
  'By country',
  'Activities',
  'Activity',
  'Country',
  'Hours',
  'Cost',
  'Quality',
  'Legal basis',
  'Share of cost',
  'Language',
  'Floor',
  'per month',
  'Saving',
  'Delivering everything',
  'impossible:',
  'notional',
  'Verified against every rule',
  'proven by a dual bound',
  'engine:',
  'optimal plan',
  'no plan satisfies',
  'needs',
  'capacity is',
  'What each rule costs',
  'Marginal values',
  'Why (not) this country',
  'costs',
  'saves',
  'used:',
  'not used',
  'excluded',
  'line ',
  'Ways out',
  'Cheapest way out',
  'expected',
  'unknown key',
  'did you mean',
  'missing required field',
  'problem',
  'nothing was planned',
  'valid (',
  'invalid',
  'comparison',
  'against',
  'By country',
  'Total cost',
  'sweep',
  'share',
  'Tornado',
  'swing',
  'Measure',
  'Service level',
  'Occupancy',
  'agents needed',
  'set by',
];
const leftovers = (text: string): string[] =>
  ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}_])${w.replace(/[()]/g, '\\$&')}([^\\p{L}_]|$)`, 'u').test(text));

const FR_ENV = { locale: localeFromEnv({ LANG: 'fr_FR.UTF-8' }) ?? 'en' } as const;

describe('--locale fr: French words, no English label left', () => {
  it('compare, sweep and erlang', async () => {
    const compare = await runMain([
      'compare',
      'scenarios/telecom.yaml',
      '--variant',
      'cheap=countries.MA.cost_per_hour=15',
      '--locale',
      'fr',
    ]);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toContain('comparaison (par mois\u00a0; Δ par rapport à telecom.yaml)');
    expect(compare.stdout).toContain('Coût total EUR');
    expect(leftovers(compare.stdout)).toEqual([]);
    const sweep = await runMain([
      'sweep',
      'scenarios/telecom.yaml',
      '--vary',
      'countries.MA.cost_per_hour=15..20:3',
      '--locale',
      'fr',
    ]);
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toContain('balayage de 3 points (grille');
    expect(leftovers(sweep.stdout)).toEqual([]);
    const erlang = await runMain(['erlang', '--volume', '100', '--aht', '180', '--sl', '80/20', '--locale', 'fr']);
    expect(erlang.stdout).toContain('Taux de service');
    expect(erlang.stdout).toContain('88,8 %');
    expect(leftovers(erlang.stdout)).toEqual([]);
  });

  it('plan: tables, totals, the home-only line and the proof', async () => {
    const r = await runMain(['plan', 'scenarios/telecom.yaml', '--locale', 'fr']);
    expect(r.code).toBe(0);
    for (const w of [
      'Répartition (par mois)',
      'Par pays',
      'Activités',
      'Base légale',
      'Part du coût',
      'ETP',
      'Total\u00a0: 450\u202f220 EUR par mois',
    ])
      expect(r.stdout).toContain(w);
    expect(r.stdout).toContain('Optimal\u00a0: prouvé par une borne duale');
    expect(leftovers(r.stdout)).toEqual([]);
    // Markdown says the same in French; the environment alone (LANG=fr_FR.UTF-8) gives the same bytes.
    const md = await runMain(['plan', 'scenarios/telecom.yaml', '--locale', 'fr', '-f', 'md']);
    expect(md.stdout).toContain('### Répartition (par mois)');
    expect(leftovers(md.stdout)).toEqual([]);
    expect((await runMain(['plan', 'scenarios/telecom.yaml'], FR_ENV)).stdout).toBe(r.stdout);
    // --locale en wins over a French environment: today's English, byte for byte.
    const en = await runMain(['plan', 'scenarios/telecom.yaml']);
    expect((await runMain(['plan', 'scenarios/telecom.yaml', '--locale', 'en'], FR_ENV)).stdout).toBe(en.stdout);
    expect(en.stdout).toContain('Allocation (per month)');
  });

  it('plan: contact queues, coverage, rota and premiums (tourism)', async () => {
    const r = await runMain(['plan', 'scenarios/tourism.yaml', '--locale', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Majorations de nuit et du dimanche');
    expect(r.stdout).toContain('Lun');
    expect(leftovers(r.stdout)).toEqual([]);
  });

  it('plan of a scenario without a plan: the diagnosis in French, stdout and stderr', async () => {
    const r = await runMain(['plan', 'test/fixtures/infeasible/quality-floor.yaml', '--locale', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('aucun plan ne satisfait les contraintes');
    expect(r.stdout).toContain('premium demande une qualité pondérée de 0.9');
    expect(r.stderr).toContain('(1 constat)');
    // The scenario's own name is its text, not a label.
    expect(leftovers((r.stdout + r.stderr).replaceAll('Quality floor out of reach', ''))).toEqual([]);
    // The French CSV: French column names, the same rows' values.
    const csv = await runMain(['plan', 'test/fixtures/infeasible/quality-floor.yaml', '--locale', 'fr', '-f', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFstatut;règle;activités;message;chemin;ligne\r\n')).toBe(true);
    // JSON never changes: English keys, values and messages.
    const json = await runMain(['plan', 'test/fixtures/infeasible/quality-floor.yaml', '--locale', 'fr', '-f', 'json']);
    expect(json.stdout).toContain('premium needs weighted quality 0.9');
  });

  it('explain: what each rule costs, marginal values, why (not) each country', async () => {
    const r = await runMain(['explain', 'scenarios/telecom.yaml', '--locale', 'fr']);
    expect(r.code).toBe(0);
    for (const w of [
      'pourquoi ce plan',
      'Ce que coûte chaque règle',
      'Valeurs marginales',
      'Pourquoi (pas) ce pays',
      'retenu\u00a0:',
      '(ligne 50)',
    ])
      expect(r.stdout).toContain(w);
    expect(leftovers(r.stdout)).toEqual([]);
  });

  it('explain of a scenario without a plan: the conflict and the ways out', async () => {
    const r = await runMain(['explain', 'test/fixtures/infeasible/quality-floor.yaml', '--locale', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Solution la moins chère');
    expect(r.stdout).toContain("baisser le seuil de qualité de l'activité premium de 0,90 à 0,875");
    expect(leftovers((r.stdout + r.stderr).replaceAll('Quality floor out of reach', ''))).toEqual([]);
  });

  it('validate, with LANG=fr_FR.UTF-8 and no option: problems and verdicts in French, the fix kept', async () => {
    const { write } = scratch('bestshore-locale-');
    const bad = write(
      'bad.yaml',
      'name: x\ncountries:\n  FR:\n    cost_per_hour: 33,5\n    langages: { fr: 0.9 }\nactivities:\n  a: { language: fr, hours: 10, min_qualty: 0.9 }\n',
    );
    const r = await runMain(['validate', bad, 'scenarios/telecom.yaml'], FR_ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'clé inconnue «\u00a0min_qualty\u00a0» (vouliez-vous dire «\u00a0min_quality\u00a0»\u00a0?)',
    );
    expect(r.stderr).toContain('champ obligatoire «\u00a0languages\u00a0» manquant');
    expect(r.stderr).toContain('1 fichier invalide sur 2');
    expect(r.stdout).toBe('scenarios/telecom.yaml\u00a0: valide (4 activités, 3 pays)\n');
    expect(leftovers(r.stdout + r.stderr)).toEqual([]);
    // The same run of plan: its problems in French too, the summary line as well.
    const plan = await runMain(['plan', bad], FR_ENV);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain("rien n'a été planifié");
    expect(leftovers(plan.stderr)).toEqual([]);
    // A warning of a command that plans: in French too (main gives the command's language to io.warn).
    const few = write(
      'few.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 5 }\n',
    );
    const warned = await runMain(['plan', few, '--locale', 'fr']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain("activities.a.hours: avertissement\u00a0: 5 heures par mois, c'est moins de 10");
    expect((await runMain(['plan', few])).stderr).toContain(
      'activities.a.hours: warning: 5 hours per month is less than 10',
    );
    // --format json stays English for machines.
    expect((await runMain(['validate', bad, '--format', 'json'], FR_ENV)).stdout).toContain('unknown key');
  });
});

/** Messages the scenario checks really write: the invalid corpus, and the slips of hand-written YAML. */
const HORIZON = '\nhorizon:\n  start: "2027-03"\n  months: 12\n  current:\n    support: { FR: 5 }\n';

async function englishMessages(): Promise<string[]> {
  const { write } = scratch('bestshore-clauses-');
  const base =
    'name: essai\nhome: FR\ncountries:\n  FR:\n    cost_per_hour: 34\n    languages: { fr: 0.95 }\n  RO:\n    cost_per_hour: 21\n    languages:\n      fr: 0.88\nactivities:\n  support:\n    language: fr\n    hours: 1000\n    data: personal\n    min_home_share: 0.5\n';
  const slips: [string, string][] = [
    ['languages: { fr: 0.95 }', 'languages: { fr: 0,95 }'],
    ['cost_per_hour: 34', 'cost_per_hour: 33,5'],
    ['hours: 1000', 'hours: 1 000'],
    ['min_home_share: 0.5', 'min_home_share: "80%"'],
    ['hours: 1000', 'hours: 80%'],
    ['home: FR', 'home: fr'],
    ['min_home_share: 0.5', 'profile: 3'],
    ['min_home_share: 0.5', 'countries: FR'],
    ['min_home_share: 0.5', 'countries: { FR: 1 }'],
    ['min_home_share: 0.5', 'countries:'],
    ['min_home_share: 0.5', 'profile: abc'],
    ['    hours: 1000', '     hours: 1000'],
    ['  RO:\n', ' RO:\n'],
    ['activities:\n  support:', 'activities:\n  support: 3\n    language: fr'],
    ['name: essai', 'name: essai\n\tperiod: month'],
    ['min_home_share: 0.5', 'profile: [1, 2]'],
    ['min_home_share: 0.5', 'profile:'],
    ['\ncountries:', '\n countries:'],
    ['name: essai', 'name: { a: 1 }'],
    ['home: FR', 'home: [FR]'],
    ['    language: fr', '    language: [fr]'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\nrules:\n  x: { activities: 3, max_share: 0.5 }'],
    ['hours: 1000', 'hours: 01000'],
    ['hours: 1000', 'hours: 0144'],
    ['hours: 1000', 'hours: 1.200'],
    ['name: essai', 'name: "essai'],
    ['languages: { fr: 0.95 }', 'languages: { fr: 0.95'],
    ['\ncountries:', '\nholidays: [FR, RO\ncountries:'],
    ['\ncountries:', '\nwhat\ncountries:'],
    ['    hours: 1000', '    hours: 1000\n    x: { a: [1 }'],
    ['hours: 1000', 'hours: 5'],
    ['cost_per_hour: 34', 'cost_per_hour: 0.5'],
    ['    hours: 1000', '    contacts: { volume: 1000, aht: 5 }'],
    // Times, windows, time zones and a few rules (messagesFrTime.ts).
    ['cost_per_hour: 34', 'cost_per_hour: 34\n    timezone: Mars/Base'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "Mon-Fri 25:00-26:00"'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "Mon-Fri 08:30-12:00"'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "Mo-Fr 08:00-12:00"'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "Mon-Fri 08:00-08:00"'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "xx"'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    coverage: "Mon-Fri 8:5-12:00"'],
    ['name: essai', 'name: essai\nperiod: fortnight'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\nrules:\n  x: { countries: [RO] }'],
    ['languages: { fr: 0.95 }', 'languages: { FR: 0.95 }'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    min_country_share: 0.2'],
    ['min_home_share: 0.5', 'min_home_share: 0.5\n    contacts: { channel: email, volume: 1000, aht: 300 }'],
    ['cost_per_hour: 34', 'cost_per_hour: 34\n    utc_offset: "+1"'],
    // The horizon of a roadmap (messagesFrHorizon.ts).
    ...[
      'volumes:\n    support: { seasonality: [-1] }',
      'volumes:\n    support: { growth: -2 }',
      'volumes:\n    support: { growth: 0.1, monthly: [1] }',
      'countries:\n    RO: { lead_months: 12 }',
      'countries:\n    RO: { lead_months: 1.5 }',
      'countries:\n    RO: { hiring_per_month: -1 }',
      'countries:\n    RO: { ramp: [0] }',
      'countries:\n    RO: { lead_months: 30 }',
      'countries:\n    RO: { currency: RON }',
    ].map((slip): [string, string] => ['min_home_share: 0.5', `min_home_share: 0.5${HORIZON}  ${slip}`]),
    ['min_home_share: 0.5', `min_home_share: 0.5\nperiod: day${HORIZON}`],
  ];
  const files = [
    ...readdirSync('test/fixtures/invalid')
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => join('test/fixtures/invalid', n)),
    ...slips.map(([from, to], i) => write(`slip${i}.yaml`, base.replace(from, to))),
  ];
  const r = await runMain(['validate', '--format', 'json', ...files]);
  const doc = JSON.parse(r.stdout) as { files: { diagnostics: { message: string }[] }[] };
  return doc.files.flatMap((f) => f.diagnostics.map((d) => d.message));
}

describe('scenario problems in French (messagesFr.ts)', () => {
  it('every clause rule rewrites a message the checks really write', async () => {
    const messages = await englishMessages();
    // The rarer clauses have their own slips (frenchClausesMore.test.ts).
    const rarer = new Set<unknown>(RARER_CLAUSES);
    const unused = FRENCH_CLAUSES.filter(
      (clause) => !rarer.has(clause) && !messages.some((m) => new RegExp(clause[0].source).test(m)),
    );
    expect(unused.map(([p]) => p.source)).toEqual([]);
  });

  it('keeps values, keys and the fix to type; leaves no English clause it knows', () => {
    expect(frenchMessage('expected a positive cost per hour (got "33,5": write 33.5, with a decimal point)')).toBe(
      'attendu\u00a0: un coût horaire positif (reçu «\u00a033,5\u00a0»\u00a0: écrivez 33.5, avec un point décimal)',
    );
    expect(frenchMessage('country "RX" is not in countries (did you mean "RO"?)')).toBe(
      "le pays «\u00a0RX\u00a0» n'est pas dans countries (vouliez-vous dire «\u00a0RO\u00a0»\u00a0?)",
    );
    expect(frenchMessage('"25:00" is not a time of day (00:00 to 23:00)')).toBe(
      "«\u00a025:00\u00a0» n'est pas une heure de la journée (00:00 à 23:00)",
    );
    expect(frenchMessage('a rule needs max_share, min_home_share or max_risk_exposure')).toBe(
      'une règle demande max_share, min_home_share ou max_risk_exposure',
    );
    // A clause no rule knows stays as it is.
    expect(frenchMessage('the moon is made of cheese')).toBe('the moon is made of cheese');
  });
});
