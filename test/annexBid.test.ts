import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import { buildAnnexModel, type PriceScheduleData } from '../src/report/annex/model.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { jsonOf, runMain, scratch } from './support/inProcess.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * The bid sections of the annex (test/annex/bid.yaml): offer, price schedule with HT,
 * TVA and TTC, commitments, staffing, cost breakdown, signature — every figure checked against
 * the plan's own JSON, in both languages.
 */
const FILE = 'test/annex/bid.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const eur = (lang: 'fr' | 'en', n: number): string =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(n);
const headings = (md: string): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3));

type PlanJson = { total_cost: number; activities: { activity: string; hours: number; cost: number }[] };

describe('bid sections', () => {
  it('every bid section, in French and English, in reading order', async () => {
    const fr = await runMain(['annex', FILE, '--format', 'md']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(headings(fr.stdout)).toEqual([
      '1. Offre',
      '2. Synthèse',
      '3. Bordereau des prix',
      '4. Répartition par activité et par pays',
      '5. Sites et effectifs par pays',
      '6. Engagements de service',
      '7. Couverture horaire',
      '8. Protection des données',
      "9. Hypothèses d'effectifs et de planification",
      '10. Décomposition du prix horaire',
      '11. Hypothèses',
      '12. Signature',
    ]);
    const en = await runMain(['annex', FILE, '--format', 'md', '--lang', 'en']);
    expect(headings(en.stdout)).toEqual([
      '1. Offer',
      '2. Executive summary',
      '3. Price schedule',
      '4. Allocation by activity and country',
      '5. Sites and FTE by country',
      '6. Service commitments',
      '7. Opening-hours coverage',
      '8. Data protection',
      '9. Staffing and scheduling assumptions',
      '10. Hourly price breakdown',
      '11. Assumptions',
      '12. Signature',
    ]);
  });

  it('the price schedule adds up to the plan: HT = total_cost, TVA = 20 % of it, TTC = HT + TVA, in both languages', async () => {
    const plan = (await jsonOf(['plan', FILE, '--format', 'json'])) as PlanJson;
    const ht = plan.total_cost;
    for (const lang of ['fr', 'en'] as const) {
      const md = (await runMain(['annex', FILE, '--format', 'md', '--lang', lang])).stdout;
      expect(md).toContain(eur(lang, ht));
      expect(md).toContain(eur(lang, ht * 0.2));
      expect(md).toContain(eur(lang, ht * 1.2));
      // The yearly line: 12 months.
      expect(md).toContain(eur(lang, ht * 12));
    }
    // Without site costs, each activity's amount is its cost in the plan, and the unit prices divide it.
    const fr = (await runMain(['annex', FILE, '--format', 'md'])).stdout;
    const calls = plan.activities.find((a) => a.activity === 'calls');
    expect(calls).toBeDefined();
    if (!calls) return;
    expect(fr).toContain(
      `| Accueil téléphonique | ${eur('fr', calls.cost / calls.hours)} | ${eur('fr', calls.cost / 12000)} | ${eur('fr', calls.cost / ((12000 * 300) / 60))} |`,
    );
  });

  it('with --whole-fte, idle paid hours are spread over the activities: the amounts still add up to the total', async () => {
    const s = scenarioOf(TEXT);
    const plan = await planScenario(s, highsSolver, { timeLimitSeconds: 30, wholeFte: true });
    if (plan.status === 'infeasible') throw new Error('expected a plan');
    const ps = buildAnnexModel(plan, s, { edition: 'client' }).sections.find(
      (x): x is PriceScheduleData => x.kind === 'price-schedule',
    );
    expect(ps).toBeDefined();
    if (!ps) return;
    const work = plan.activities.reduce((t, a) => t + a.cost, 0);
    expect(plan.totalCost).toBeGreaterThan(work + 1);
    expect(ps.spread).toBeCloseTo(plan.totalCost - work, 6);
    expect(ps.rows.reduce((t, r) => t + r.price, 0)).toBeCloseTo(plan.totalCost, 6);
    for (const r of ps.rows) expect((r.unitPrices[r.unit] ?? 0) * r.quantity).toBeCloseTo(r.price, 6);
  });

  it('commitments: volume, AHT, the target and the service level the plan reaches, the opening hours', async () => {
    const plan = (await jsonOf(['plan', FILE, '--format', 'json'])) as {
      contacts?: { activity: string; volume: number; service_level: number }[];
    };
    const fr = (await runMain(['annex', FILE, '--format', 'md'])).stdout;
    const row = fr.split('\n').find((l) => l.startsWith('| Accueil téléphonique | Voix |'));
    expect(row).toBeDefined();
    expect(row).toContain('| 12\u202f000 | 300 | 80\u00a0% en 20\u00a0s |');
    expect(row).toContain('Lun–Ven\u00a009:00–18:00');
    const queues = plan.contacts?.filter((q) => q.activity === 'calls') ?? [];
    expect(queues.length).toBeGreaterThan(0);
    const reached =
      queues.reduce((t, q) => t + q.volume * q.service_level, 0) / queues.reduce((t, q) => t + q.volume, 0);
    expect(reached).toBeGreaterThanOrEqual(0.8);
    expect(row).toContain(
      `| ${new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(reached)} |`,
    );
  });

  it("commitments: the buyer's global rules with the share the plan gives, from the plan's own rows", async () => {
    const plan = (await jsonOf(['plan', FILE, '--format', 'json'])) as {
      allocation: { country: string; hours: number }[];
    };
    const total = plan.allocation.reduce((t, r) => t + r.hours, 0);
    const ma = plan.allocation.filter((r) => r.country === 'MA').reduce((t, r) => t + r.hours, 0) / total;
    expect(ma).toBeLessThanOrEqual(0.4 + 1e-9);
    expect(ma).toBeGreaterThan(0.3);
    const pct = new Intl.NumberFormat('fr-FR', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(ma);
    const fr = (await runMain(['annex', FILE, '--format', 'md'])).stdout;
    expect(fr).toContain(`| CCTP art. 5.3 | Rabat (Maroc)\u00a0: au plus 40\u00a0% des heures | ${pct} |`);
    const en = (await runMain(['annex', FILE, '--format', 'md', '--lang', 'en'])).stdout;
    expect(en).toContain('| CCTP art. 5.3 | Rabat (Maroc): at most 40% of the hours |');
  });

  it('cost breakdown: written parts as given, the others from the stated default shares after the margin', async () => {
    const md = (await runMain(['annex', FILE, '--format', 'md', '--lang', 'en'])).stdout;
    expect(md).toContain('| Lille (France) | €22.40 | €3.20 | €2.10 | €1.60 | €0.80 | €1.90 | €32.00 |');
    // Rabat: 18 × 6 % = 1.08 margin; 16.92 left: salaries 70 % = 11.84, supervision 10 % = 1.69, IT 8 % = 1.35, premises 7 % = 1.18, overheads 5 % = 0.85.
    expect(md).toContain('| Rabat (Maroc)\u00a0\\* | €11.84 | €1.69 | €1.35 | €1.18 | €0.85 | €1.08 | €18.00 |');
    expect(md).toContain('Rabat (Maroc): indicative breakdown');
  });

  it('offer and signature: the supplier, lot, validity counted from the offer date, the signatory', async () => {
    const fr = (await runMain(['annex', FILE, '--format', 'md'])).stdout;
    expect(fr).toContain('| Lot | Lot 2 — Relation usagers |');
    expect(fr).toContain("| Validité de l'offre | 120\u00a0jours, jusqu'au 15 juin 2027 |");
    expect(fr).toContain('Fait à Lille, le 15 février 2027');
    expect(fr).toContain('Claire Martin, Directrice commerciale');
  });

  it('exit 2: a breakdown that does not add up to the rate, a country not in the scenario, a date not in the calendar', async () => {
    const { write } = scratch('bestshore-bid-');
    const bad = write(
      'bad.yaml',
      TEXT.replace('overheads: 0.8, margin: 1.9', 'overheads: 0.8, margin: 2.9')
        .replace('offer_date: 2027-02-15', 'offer_date: 2027-02-30')
        .replace('    FR: { salaries', '    XX: { salaries: 1 }\n    FR: { salaries'),
    );
    const r = await runMain(['annex', bad, '--format', 'md']);
    expect(r.code).toBe(2);
    const lines = TEXT.split('\n');
    const line = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(r.stderr).toContain(
      `:${line('cost_breakdown') + 2}:5 bid.cost_breakdown.FR: the parts add up to 33 per hour, but FR's cost_per_hour is 32: they must be equal`,
    );
    expect(r.stderr).toContain(
      `:${line('cost_breakdown') + 1}:5 bid.cost_breakdown.XX: country "XX" is not in countries`,
    );
    expect(r.stderr).toContain(`:${line('offer_date')}:3 bid.offer_date: 2027-02-30 is not a day of the calendar`);
  });

  it('HTML carries the bid sections too, escaped like every scenario text', async () => {
    const html = (await runMain(['annex', FILE])).stdout;
    expect(html).toContain('Total TTC');
    expect(html).toContain("Signature et cachet de l'entreprise");
    const { write } = scratch('bestshore-bid-html-');
    const hostile = write(
      'hostile.yaml',
      TEXT.replace('name: "Relation Plus SAS"', 'name: "<script>alert(1)</script> & Cie"'),
    );
    const out = (await runMain(['annex', hostile])).stdout;
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie');
  });

  it('an annex without a bid has none of these sections unless asked for', async () => {
    const md = (
      await runMain([
        'annex',
        'scenarios/telecom.yaml',
        '--format',
        'md',
        '--sections',
        'staffing,price-schedule,commitments',
      ])
    ).stdout;
    // No bid: no price schedule; telecom has neither contacts nor opening hours: no commitments.
    expect(headings(md)).toEqual(["1. Hypothèses d'effectifs et de planification"]);
  });
});
