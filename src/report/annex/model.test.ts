import { describe, expect, it } from 'vitest';
import { BASES_YAML, NO_HOME_YAML, planOf, telecomYaml } from '../../../test/annexFixtures.js';
import { formatters, messages } from './i18n.js';
import { buildAnnexModel, type SectionData } from './model.js';

const NNBSP = '\u202f'; // fr-FR thousands separator (narrow no-break space)
const NBSP = '\u00a0';

const section = <K extends SectionData['kind']>(sections: readonly SectionData[], kind: K): Extract<SectionData, { kind: K }> => {
  const s = sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return s as Extract<SectionData, { kind: K }>;
};

describe('annex i18n: numbers as a French or English reader writes them', () => {
  it('French: 1 234,56 €, 33,5 %, 1er mars 2027', () => {
    const f = formatters('fr', 'EUR');
    expect(f.money(1234.56)).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(f.money(450220)).toBe(`450${NNBSP}220,00${NBSP}€`);
    expect(f.percent(0.335)).toBe(`33,5${NBSP}%`);
    expect(f.num(19900, 0)).toBe(`19${NNBSP}900`);
    expect(f.fte(164.234)).toBe(`164,2${NBSP}ETP`);
    expect(f.date('2027-03-01')).toBe('1er mars 2027');
    expect(f.date('2027-03-15')).toBe('15 mars 2027');
    expect(f.currencyLabel).toBe('€');
  });

  it('English: €1,234.56, 33.5%, 1 March 2027; a label that is not ISO 4217 follows the number', () => {
    const f = formatters('en', 'EUR');
    expect(f.money(1234.56)).toBe('€1,234.56');
    expect(f.percent(0.335)).toBe('33.5%');
    expect(f.date('2027-03-01')).toBe('1 March 2027');
    expect(formatters('en', 'k€').money(1234.5)).toBe(`1,234.50${NBSP}k€`);
    expect(formatters('fr', 'k€').money(-0.001)).toBe(`0,00${NBSP}k€`);
  });

  it('the French table is real French, with accents', () => {
    const m = messages('fr');
    expect(m.title).toBe('Annexe financière et organisationnelle');
    expect(Object.values(m.headings)).toEqual(['Synthèse', 'Répartition par activité et par pays', 'Sites et effectifs par pays', 'Protection des données', 'Engagements de qualité', 'Hypothèses']);
    expect(m.basisLong('SCC')).toContain("décision d'exécution (UE) 2021/914");
    expect(m.basisLong('adequacy')).toContain('article 45 du RGPD');
  });
});

describe('annex model: language-neutral figures that agree with the plan', () => {
  it('telecom: totals, rows and countries are the plan\'s own figures', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const model = buildAnnexModel(plan, scenario);
    expect(model.date).toBeUndefined();
    expect(model.sections.map((s) => s.kind)).toEqual(['summary', 'allocation', 'countries', 'data-protection', 'quality', 'assumptions']);
    const sum = section(model.sections, 'summary');
    expect(sum.cost).toBe(plan.totalCost);
    expect(sum.fte).toBe(plan.totalFte);
    expect(sum.sites).toBe(plan.countries.length);
    expect(sum.periodsPerYear).toBeCloseTo(12, 9);
    const alloc = section(model.sections, 'allocation');
    expect(alloc.activities.flatMap((a) => a.rows).length).toBe(plan.allocation.length);
    expect(alloc.work.cost).toBeCloseTo(plan.allocation.reduce((t, r) => t + r.cost, 0), 6);
    for (const a of alloc.activities) {
      expect(a.rows.reduce((t, r) => t + r.hours, 0)).toBeCloseTo(a.hours, 6);
      expect(a.rows.reduce((t, r) => t + r.share, 0)).toBeCloseTo(1, 9);
    }
    const countries = section(model.sections, 'countries');
    expect(countries.rows.map((r) => r.country.code)).toEqual(plan.countries.map((c) => c.country));
    expect(countries.rows.reduce((t, r) => t + r.costShare, 0)).toBeCloseTo(1, 9);
    const assumptions = section(model.sections, 'assumptions');
    expect(assumptions.shrinkage).toBe(0.3);
    expect(assumptions.countries.map((c) => [c.country.code, c.hoursPerFte])).toEqual(scenario.countries.map((c) => [c.code, c.hoursPerFte]));
  });

  it('telecom: home-only is impossible, so the saving is against the notional all-FR price, with reasons as data', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const { baseline } = section(buildAnnexModel(plan, scenario).sections, 'summary');
    if (plan.homeOnly.feasible) {
      expect(baseline).toEqual({ kind: 'feasible', cost: plan.homeOnly.cost, saving: plan.homeOnly.saving });
      return;
    }
    expect(baseline.kind).toBe('notional');
    if (baseline.kind !== 'notional') return;
    expect(baseline.cost).toBe(plan.homeOnly.notionalCost);
    expect(baseline.saving).toBeCloseTo((plan.homeOnly.notionalCost ?? 0) - plan.totalCost, 6);
    // One structured reason per English reason of plan/homeOnly.ts.
    expect(baseline.reasons).toHaveLength(plan.homeOnly.reasons.length);
  });

  it('every legal basis and data class, in a fixed order', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    const model = buildAnnexModel(plan, scenario, '2027-03-01');
    expect(model.date).toBe('2027-03-01');
    const dp = section(model.sections, 'data-protection');
    const pairs = dp.activities.flatMap((a) => a.rows.map((r) => `${a.activity}:${a.data}:${r.country.code}:${r.basis}`));
    expect(pairs).toEqual(['perso:personal:MA:SCC', 'swiss:personal:CH:adequacy', 'care:health:FR:EU', 'open:none:MA:no personal data', 'agency:public:FR:EU']);
    expect(dp.bases).toEqual(['EU', 'adequacy', 'SCC', 'no personal data']);
    expect(dp.classes).toEqual(['personal', 'health', 'public', 'none']);
    const q = section(model.sections, 'quality');
    expect(q.rows.find((r) => r.activity === 'swiss')).toEqual({ activity: 'swiss', language: 'fr', floor: 0.85, planned: 0.9, met: true });
    expect(q.rows.find((r) => r.activity === 'perso')?.floor).toBeUndefined();
    const { baseline } = section(model.sections, 'summary');
    expect(baseline).toEqual({ kind: 'feasible', cost: 63000, saving: 22000 });
  });

  it('every rule that keeps work out of the home country has a reason, as plan/homeOnly.ts has', async () => {
    const { plan, scenario } = await planOf(`name: Rules
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, capacity_hours: 900 }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
  IE: { cost_per_hour: 40, languages: { fr: 0.97 } }
activities:
  a: { language: fr, hours: 500, max_share: 0.6 }
  b: { language: fr, hours: 500, min_countries: 2 }
  c: { language: fr, hours: 100, min_quality: 0.93 }
`);
    const { baseline } = section(buildAnnexModel(plan, scenario).sections, 'summary');
    expect(baseline.kind).toBe('notional');
    if (baseline.kind !== 'notional' || plan.homeOnly.feasible) return;
    expect(baseline.reasons.map((r) => r.kind)).toEqual(['max-share', 'min-countries', 'quality', 'capacity']);
    expect(baseline.reasons).toHaveLength(plan.homeOnly.reasons.length);
    const f = formatters('fr', 'EUR');
    expect(baseline.reasons.map((r) => messages('fr').homeReason(r, f))).toEqual([
      `a${NBSP}: au plus 60${NBSP}% de l'activité dans un même pays`,
      `b${NBSP}: au moins 2 pays exigés`,
      `c${NBSP}: qualité FR de 90,0${NBSP}%, sous le seuil de 93,0${NBSP}%`,
      `FR${NBSP}: capacité de 900${NBSP}h pour 1${NNBSP}100${NBSP}h à produire`,
    ]);
  });

  it('home-only illegal: no reference price, and the reason names the language', async () => {
    const { plan, scenario } = await planOf(NO_HOME_YAML);
    const { baseline } = section(buildAnnexModel(plan, scenario).sections, 'summary');
    expect(baseline).toEqual({ kind: 'impossible', reasons: [{ kind: 'language', activity: 'en-line', home: 'FR', language: 'en' }] });
  });
});
