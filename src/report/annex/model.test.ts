import { describe, expect, it } from 'vitest';
import { BASES_YAML, NIGHT_YAML, NO_HOME_YAML, planOf, telecomYaml, tourismYaml } from '../../../test/annexFixtures.js';
import { formatters, messages } from './i18n.js';

/** These tests read the internal figures too (saving, proof, quality). */
const INTERNAL = { edition: 'internal' } as const;
import { buildAnnexModel, type SectionData } from './model.js';

const NNBSP = '\u202f'; // fr-FR thousands separator (narrow no-break space)
const NBSP = '\u00a0';

const section = <K extends SectionData['kind']>(
  sections: readonly SectionData[],
  kind: K,
): Extract<SectionData, { kind: K }> => {
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
    expect(Object.values(m.headings)).toEqual([
      'Synthèse',
      'Répartition par activité et par pays',
      'Sites et effectifs par pays',
      'Couverture horaire',
      'Protection des données',
      'Engagements de qualité',
      'Hypothèses',
    ]);
    expect(m.basisLong('SCC')).toContain("décision d'exécution (UE) 2021/914");
    expect(m.basisLong('adequacy')).toContain('article 45 du RGPD');
  });
});

describe('annex model: language-neutral figures that agree with the plan', () => {
  it("telecom: totals, rows and countries are the plan's own figures", async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const model = buildAnnexModel(plan, scenario, INTERNAL);
    expect(model.date).toBeUndefined();
    expect(model.sections.map((s) => s.kind)).toEqual([
      'summary',
      'allocation',
      'countries',
      'data-protection',
      'quality',
      'assumptions',
    ]);
    const sum = section(model.sections, 'summary');
    expect(sum.cost).toBe(plan.totalCost);
    expect(sum.fte).toBe(plan.totalFte);
    expect(sum.sites).toBe(plan.countries.length);
    expect(sum.periodsPerYear).toBeCloseTo(12, 9);
    const alloc = section(model.sections, 'allocation');
    expect(alloc.activities.flatMap((a) => a.rows).length).toBe(plan.allocation.length);
    expect(alloc.work.cost).toBeCloseTo(
      plan.allocation.reduce((t, r) => t + r.cost, 0),
      6,
    );
    for (const a of alloc.activities) {
      expect(a.rows.reduce((t, r) => t + r.hours, 0)).toBeCloseTo(a.hours, 6);
      expect(a.rows.reduce((t, r) => t + r.share, 0)).toBeCloseTo(1, 9);
    }
    const countries = section(model.sections, 'countries');
    expect(countries.rows.map((r) => r.country.code)).toEqual(plan.countries.map((c) => c.country));
    expect(countries.rows.reduce((t, r) => t + r.costShare, 0)).toBeCloseTo(1, 9);
    const assumptions = section(model.sections, 'assumptions');
    expect(assumptions.shrinkage).toBe(0.3);
    expect(assumptions.countries.map((c) => [c.country.code, c.hoursPerFte])).toEqual(
      scenario.countries.map((c) => [c.code, c.hoursPerFte]),
    );
  });

  it('telecom: home-only is impossible, so the saving is against the notional all-FR price, with reasons as data', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const { baseline } = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'summary');
    if (plan.homeOnly.feasible) {
      expect(baseline).toEqual({ kind: 'feasible', cost: plan.homeOnly.cost, saving: plan.homeOnly.saving });
      return;
    }
    expect(baseline?.kind).toBe('notional');
    if (baseline?.kind !== 'notional') return;
    expect(baseline.cost).toBe(plan.homeOnly.notionalCost);
    expect(baseline.saving).toBeCloseTo((plan.homeOnly.notionalCost ?? 0) - plan.totalCost, 6);
    // One structured reason per English reason of plan/homeOnly.ts.
    expect(baseline.reasons).toHaveLength(plan.homeOnly.reasons.length);
  });

  it('every legal basis and data class, in a fixed order', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    const model = buildAnnexModel(plan, scenario, { ...INTERNAL, date: '2027-03-01' });
    expect(model.date).toBe('2027-03-01');
    const dp = section(model.sections, 'data-protection');
    const pairs = dp.activities.flatMap((a) =>
      a.rows.map((r) => `${a.activity}:${a.data}:${r.country.code}:${r.basis}`),
    );
    expect(pairs).toEqual([
      'perso:personal:MA:SCC',
      'swiss:personal:CH:adequacy',
      'care:health:FR:EU',
      'open:none:MA:no personal data',
      'agency:public:FR:EU',
    ]);
    expect(dp.bases).toEqual(['EU', 'adequacy', 'SCC', 'no personal data']);
    expect(dp.classes).toEqual(['personal', 'health', 'public', 'none']);
    const q = section(model.sections, 'quality');
    expect(q.rows.find((r) => r.activity === 'swiss')).toEqual({
      activity: 'swiss',
      language: 'fr',
      floor: 0.85,
      planned: 0.9,
      met: true,
    });
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
    const { baseline } = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'summary');
    expect(baseline?.kind).toBe('notional');
    if (baseline?.kind !== 'notional' || plan.homeOnly.feasible) return;
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
    const { baseline } = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'summary');
    expect(baseline).toEqual({
      kind: 'impossible',
      reasons: [{ kind: 'language', activity: 'en-line', home: 'FR', language: 'en' }],
    });
  });
});

describe('annex model: opening-hours coverage', () => {
  it('no coverage section and no timing assumptions when no activity has opening hours', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    expect(plan.week).toBeUndefined();
    const model = buildAnnexModel(plan, scenario, INTERNAL);
    expect(model.sections.some((s) => s.kind === 'coverage')).toBe(false);
    expect(section(model.sections, 'assumptions').timing).toBeUndefined();
  });

  it('runs of hours and days: who answers when, thin hours, shared hours, midnight merged on a seven-day week', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const model = buildAnnexModel(plan, scenario, INTERNAL);
    expect(model.sections.map((s) => s.kind)).toEqual([
      'summary',
      'allocation',
      'countries',
      'coverage',
      'data-protection',
      'quality',
      'assumptions',
    ]);
    const cov = section(model.sections, 'coverage');
    expect(cov.timezone).toBe('Europe/Paris');
    expect(cov.week).toBe('2027-01-11');
    expect(cov.countries.map((c) => c.code)).toEqual(['FR', 'SN']);
    const byId = new Map(cov.activities.map((a) => [a.activity, a]));
    expect([...byId.keys()]).toEqual(['desk', 'hotline', 'split']);
    // The text form, as codes: [first day, last day, [from, to, countries, thin]…].
    const runs = (id: string): unknown =>
      byId
        .get(id)
        ?.who.map((g) => [
          g.from,
          g.to,
          g.runs.map((r) => [r.from, r.to, r.key.countries.map((c) => c.code).join('+'), r.key.thin]),
        ]);
    expect(runs('desk')).toEqual([
      [0, 4, [[8, 20, 'FR', false]]],
      [5, 5, [[9, 13, 'FR', false]]],
    ]);
    expect(runs('hotline')).toEqual([[0, 6, [[20, 8, 'SN', true]]]]);
    // Shared 70/30: Senegal, which answers most, is named first.
    expect(runs('split')).toEqual([[0, 4, [[9, 17, 'SN+FR', false]]]]);
    expect(byId.get('desk')?.open.map((g) => [g.from, g.to, g.runs.map((r) => [r.from, r.to])])).toEqual([
      [0, 4, [[8, 20]]],
      [5, 5, [[9, 13]]],
    ]);

    const hotline = byId.get('hotline');
    expect(hotline?.openHours).toBe(7 * 12);
    expect(hotline?.thinHours).toBe(7 * 12);
    expect(hotline?.unansweredHours).toBe(0);
    const split = byId.get('split')?.grid[10]?.[2];
    expect(split?.answers.map((a) => a.country)).toEqual(['SN', 'FR']);
    expect((split?.answers[0]?.agents ?? 0) / (split?.agents ?? 1)).toBeCloseTo(0.7, 6);
    expect(byId.get('split')?.grid[3]?.[2]).toEqual({ covered: false, answers: [], agents: 0 });
  });

  it("the grid holds the plan's hours: agents × weeks per period add up to each activity's hours, open hours to its coverage", async () => {
    for (const yaml of [NIGHT_YAML, tourismYaml()]) {
      const { plan, scenario } = await planOf(yaml);
      const week = plan.week;
      if (!week) throw new Error('no week');
      const cov = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'coverage');
      expect(cov.activities.map((a) => a.activity)).toEqual(
        plan.activities.map((a) => a.activity).filter((a) => week.covered[a] !== undefined),
      );
      for (const a of cov.activities) {
        const hours = a.grid.flat().reduce((t, c) => t + c.agents, 0) * week.weeksPerPeriod;
        expect(hours).toBeCloseTo(plan.activities.find((x) => x.activity === a.activity)?.hours ?? 0, 4);
        expect(a.openHours).toBe(week.covered[a.activity]?.length);
        expect(a.unansweredHours).toBe(0);
        // Every open hour is in exactly one run of the text form.
        const inRuns = a.who.reduce(
          (t, g) =>
            t +
            (g.to - g.from + 1) * g.runs.reduce((u, r) => u + (r.to > r.from ? r.to - r.from : 24 - r.from + r.to), 0),
          0,
        );
        expect(inRuns).toBe(a.openHours);
      }
    }
  });

  it("premiums: the plan's total, split by the countries that pay them", async () => {
    for (const yaml of [NIGHT_YAML, tourismYaml()]) {
      const { plan, scenario } = await planOf(yaml);
      const { premium } = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'coverage');
      expect(plan.premiumCost).toBeGreaterThan(0);
      expect(premium.total).toBe(plan.premiumCost);
      expect(premium.share).toBeCloseTo(plan.premiumCost / plan.totalCost, 12);
      expect(premium.rows.reduce((t, r) => t + r.cost, 0)).toBeCloseTo(plan.premiumCost, 6);
      for (const r of premium.rows) {
        expect(r.cost).toBeCloseTo(
          plan.allocation.filter((x) => x.country === r.country.code).reduce((t, x) => t + x.premiumCost, 0),
          9,
        );
      }
    }
    const { plan, scenario } = await planOf(NIGHT_YAML);
    expect(
      section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'coverage').premium.rows.map((r) => r.country.code),
    ).toEqual(['SN']);
  });

  it("assumptions: working hours, night hours and premium rates in each country's local time", async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const t = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'assumptions').timing;
    expect(t?.timezone).toBe('Europe/Paris');
    expect(
      t?.countries.map((c) => [
        c.country.code,
        c.timezone,
        c.night.map((r) => [r.from, r.to]),
        c.nightPremium,
        c.sundayPremium,
        c.used,
      ]),
    ).toEqual([
      ['FR', 'Europe/Paris', [[21, 6]], 0, 0, true],
      ['SN', 'Africa/Dakar', [[21, 6]], 0.2, 0.5, true],
    ]);
    expect(t?.countries[0]?.working).toEqual([{ from: 0, to: 6, runs: [{ from: 7, to: 23, key: true }] }]);
  });

  it('home-only: opening hours the home country does not work are a reason too, as in plan/homeOnly.ts', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const { baseline } = section(buildAnnexModel(plan, scenario, INTERNAL).sections, 'summary');
    if (baseline?.kind !== 'notional' || plan.homeOnly.feasible) throw new Error('expected a notional baseline');
    expect(baseline.reasons).toHaveLength(plan.homeOnly.reasons.length);
    const hours = baseline.reasons.find((r) => r.kind === 'hours');
    expect(hours).toMatchObject({ kind: 'hours', activity: 'hotline', home: 'FR', timezone: 'Europe/Paris' });
    const f = formatters('fr', 'EUR');
    expect(hours && messages('fr').homeReason(hours, f)).toBe(
      `hotline${NBSP}: FR ne travaille pas Lun–Dim${NBSP}23:00–07:00 (fuseau Europe/Paris)${NBSP}; ses horaires${NBSP}: Lun–Dim${NBSP}07:00–23:00, heure locale`,
    );
    expect(hours && messages('en').homeReason(hours, formatters('en', 'EUR'))).toBe(
      `hotline: FR does not work Mon–Sun${NBSP}23:00–07:00 (Europe/Paris); it works Mon–Sun${NBSP}07:00–23:00, local time`,
    );
  });
});
