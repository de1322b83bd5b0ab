import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASES_YAML, NIGHT_YAML, NO_HOME_YAML, planOf, telecomYaml, tourismYaml } from '../../../test/annexFixtures.js';
import { plain } from './blocks.js';
import { formatters, messages } from './i18n.js';
import { isIsoDay, renderAnnexHtml, renderAnnexMarkdown } from './index.js';
import { layoutAnnex } from './layout.js';

/** These tests read the internal figures too (saving, proof, quality). */
const INTERNAL = { edition: 'internal' } as const;
import { buildAnnexModel } from './model.js';

/** Text of an HTML fragment as a reader sees it (tags dropped, entities decoded). */
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ');

describe('HTML annex', () => {
  it('is one self-contained file: no script, no link, no URL, an A4 print stylesheet, inline SVG charts', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const html = renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr-FR">')).toBe(true);
    for (const banned of [
      '<script',
      '<link',
      '<img',
      '<iframe',
      'src=',
      'href=',
      '@import',
      'url(',
      'http:',
      'https:',
      '//cdn',
      '@font-face',
    ]) {
      expect(html, banned).not.toContain(banned);
    }
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it("French: the plan's figures, French words and French number style", async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const text = visible(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' }));
    const f = formatters('fr', plan.currency);
    expect(text).toContain('Annexe financière et organisationnelle');
    expect(text).toContain(`Prix total ${f.money(plan.totalCost)}`);
    expect(text).toMatch(/\d\u202f\d{3},\d{2}\u00a0€/); // 1 234,56 €
    expect(text).not.toMatch(/\d,\d{3}\.\d{2}/); // no 1,234.56 anywhere
    for (const r of plan.allocation) expect(text).toContain(f.money(r.cost));
    for (const c of plan.countries)
      expect(text).toContain(
        `${scenario.countries.find((k) => k.code === c.country)?.nameFr} 1 ${f.money(c.costPerHour)} ${f.num(c.hours, 0)} ${f.num(c.fte, 1)} ${f.money(c.cost)}`,
      );
    for (const a of plan.activities) expect(text).toContain(f.percent(a.quality));
    expect(text).toContain(`Total ${f.num(plan.totalHours, 0)} ${f.num(plan.totalFte, 1)} ${f.money(plan.totalCost)}`);
    expect(text).toContain('Hypothèses');
    expect(text).toContain('30\u00a0%');
  });

  it('English: the same figures in English style', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const text = visible(renderAnnexHtml(plan, scenario, { lang: 'en', edition: 'internal' }));
    const f = formatters('en', plan.currency);
    expect(text).toContain('Financial and organisational annex');
    expect(text).toContain(`Total price ${f.money(plan.totalCost)}`);
    expect(f.money(plan.totalCost)).toMatch(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(text).toContain('Data protection');
  });

  it('legal bases in plain words: EU, adequacy, SCC under Decision 2021/914, no personal data', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    const fr = visible(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' }));
    expect(fr).toContain('perso Données personnelles Maroc Clauses contractuelles types (décision 2021/914)');
    expect(fr).toContain("swiss Données personnelles Suisse Décision d'adéquation");
    expect(fr).toContain('care Données de santé France UE / EEE');
    expect(fr).toContain('open Aucune donnée personnelle Maroc Sans objet (aucune donnée personnelle)');
    expect(fr).toContain("décision d'exécution (UE) 2021/914 de la Commission du 4 juin 2021 (article 46 du RGPD)");
    expect(fr).toContain("Données de santé\u00a0: pays de l'Union européenne ou de l'EEE uniquement.");
    expect(fr).toContain("Données du secteur public\u00a0: traitement dans le pays d'origine (France) uniquement");
    expect(fr).toContain(
      'Par rapport à une production 100\u00a0% France (63\u202f000,00\u00a0€ par mois), le plan permet une économie de 22\u202f000,00\u00a0€ par mois, soit 34,9\u00a0%.',
    );
    const en = visible(renderAnnexHtml(plan, scenario, { lang: 'en', edition: 'internal' }));
    expect(en).toContain('Commission Implementing Decision (EU) 2021/914 of 4 June 2021 (GDPR Article 46)');
    expect(en).toContain('swiss Personal data Switzerland Adequacy decision');
  });

  it('says why all-onshore is impossible, in the annex language, and prices nothing it cannot', async () => {
    const { plan, scenario } = await planOf(NO_HOME_YAML);
    const fr = visible(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' }));
    expect(fr).toContain(
      "Une production 100\u00a0% France n'est pas possible\u00a0: en-line\u00a0: anglais non proposé par FR",
    );
    expect(fr).toContain('Aucun prix de référence 100\u00a0% France ne peut donc être calculé.');
    expect(visible(renderAnnexHtml(plan, scenario, { lang: 'en', edition: 'internal' }))).toContain(
      'en-line: FR does not offer English',
    );
  });

  it('the date appears only when given, written out in the annex language', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    expect(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' })).not.toMatch(/Date\u00a0:/);
    expect(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal', date: '2027-03-01' })).toContain(
      'Date\u00a0: 1er mars 2027',
    );
    expect(renderAnnexMarkdown(plan, scenario, { lang: 'en', edition: 'internal', date: '2027-03-01' })).toContain(
      'Date: 1 March 2027',
    );
    expect(isIsoDay('2027-02-28')).toBe(true);
    expect(isIsoDay('2027-02-30')).toBe(false);
    expect(isIsoDay('1/3/2027')).toBe(false);
  });

  it('same input, same bytes (HTML and Markdown)', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    for (const lang of ['fr', 'en'] as const) {
      expect(renderAnnexHtml(plan, scenario, { lang })).toBe(renderAnnexHtml(plan, scenario, { lang }));
      expect(renderAnnexMarkdown(plan, scenario, { lang })).toBe(renderAnnexMarkdown(plan, scenario, { lang }));
    }
  });
});

describe('fixed site costs (site economics)', () => {
  it('the allocation still adds up: hours priced by the hour, then site costs on their own line, then the plan total', async () => {
    const { plan, scenario } = await planOf(`name: Fixed
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.8 }, scc: true, fixed_cost: 1000 }
activities:
  line: { language: fr, hours: 1000 }
`);
    expect(plan.totalCost).toBe(16000);
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr', edition: 'internal' });
    const money = formatters('fr', 'EUR').money;
    expect(md).toContain(`| *Total des heures productives* |  | *1\u202f000* | *7,5* | *${money(15000)}* |  |`);
    expect(md).toContain(`| Coûts de site et heures payées non affectées |  |  |  | ${money(1000)} |  |`);
    expect(md).toContain(`| **Total** |  | **1\u202f000** | **7,5** | **${money(16000)}** |  |`);
    expect(md).toContain('les coûts fixes du site et les heures payées non affectées');
    expect(md).toContain('les coûts fixes des sites ouverts');
  });
});

describe('Markdown annex', () => {
  it('is paste-ready: headings, GFM tables with right-aligned numbers, bold totals', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr', edition: 'internal' });
    const f = formatters('fr', plan.currency);
    expect(md.startsWith('# Annexe financière et organisationnelle\n\n**Telecom operator — bestshore 2027**\n')).toBe(
      true,
    );
    expect(md).toContain('## 1. Synthèse\n');
    expect(md).toContain('## 4. Protection des données\n');
    expect(md).toContain(
      '| Activité | Pays | Heures | ETP | Prix | Part |\n| :--- | :--- | ---: | ---: | ---: | ---: |\n',
    );
    expect(md).toContain(
      `| **Total** |  | **${f.num(plan.totalHours, 0)}** | **${f.num(plan.totalFte, 1)}** | **${f.money(plan.totalCost)}** |  |`,
    );
    expect(md).toContain('| back-office | Roumanie |'); // ids are left readable, not escaped
    expect(md).not.toContain('<svg');
    // Every table row has as many cells as its header.
    for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const widths = table.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(widths).size).toBe(1);
    }
  });
});

describe('layout', () => {
  it('numbers the sections in order, each with its heading from the language table', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    const doc = layoutAnnex(buildAnnexModel(plan, scenario, INTERNAL), 'en');
    // No opening hours in this scenario: no coverage section, and the others are numbered without a gap.
    const { coverage: _, ...headings } = messages('en').headings;
    expect(doc.sections.map((s) => s.heading)).toEqual(Object.values(headings).map((h, i) => `${i + 1}. ${h}`));
    const summary = doc.sections[0]?.blocks.find((b) => b.kind === 'paragraph');
    expect(summary && summary.kind === 'paragraph' ? plain(summary.runs) : '').toBe(
      'The plan spreads 2,100 productive hours per month (16.5\u00a0FTE) over 3 delivery sites, one per country: France, Switzerland and Morocco.',
    );
  });
});

describe('coverage section', () => {
  const NB = '\u00a0';
  /** The coverage section of an HTML annex. */
  const coverageHtml = (html: string): string => /<section id="coverage">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  /** Heat-map SVGs of a section, with their captions. */
  const heatmaps = (html: string): { title: string; svg: string }[] =>
    [
      ...coverageHtml(html).matchAll(
        /<figure><figcaption>([^<]*)<span>[\s\S]*?<\/figcaption>(<svg[\s\S]*?<\/svg>)<\/figure>/g,
      ),
    ].map((m) => ({ title: m[1] ?? '', svg: m[2] ?? '' }));

  it('HTML: one inline SVG heat-map per activity with opening hours, one rect per open hour, thin and shared hours marked', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const html = renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' });
    const maps = heatmaps(html);
    expect(maps.map((m) => m.title)).toEqual(['desk', 'hotline', 'split']);
    const rects = (svg: string): number => (svg.match(/<rect class="hour"/g) ?? []).length;
    expect(maps.map((m) => rects(m.svg))).toEqual([5 * 12 + 4, 7 * 12, 5 * 8]);
    for (const m of maps) expect(rects(m.svg)).toBe(plan.week?.covered[m.title]?.length);
    // Colours: France is the first country of the legend (blue), Senegal the second (orange).
    expect(
      maps[0]?.svg.match(/<rect class="hour"[^>]*fill="#([0-9A-F]{6})"/g)?.every((r) => r.endsWith('fill="#1F4E79"')),
    ).toBe(true);
    expect(maps[1]?.svg).toContain('fill="#E69F00"');
    // Thin hours carry a dot (the hotline has fewer than one agent at once); others do not.
    expect((maps[1]?.svg.match(/<circle /g) ?? []).length).toBe(7 * 12);
    expect(maps[0]?.svg).not.toContain('<circle');
    // Shared hours: Senegal's colour, a band of France on the right.
    expect((maps[2]?.svg.match(/<path d="M[^"]*" fill="#1F4E79"\/>/g) ?? []).length).toBe(5 * 8);
    // A day column per day, an hour row per hour, a tooltip per open hour, a summary for screen readers.
    expect(maps[0]?.svg).toContain('>Lun</text>');
    expect(maps[0]?.svg).toContain('>22:00</text>');
    expect(maps[1]?.svg).toContain(
      `<title>Dim 23:00–24:00${NB}: Sénégal 0,5${NB}agent (moins d'un agent à la fois)</title>`,
    );
    expect(maps[1]?.svg).toContain(
      `aria-label="hotline — Lun–Dim${NB}20:00–08:00. Lun–Dim 20:00–08:00${NB}: Sénégal (moins d'un agent à la fois)."`,
    );
    const text = visible(coverageHtml(html));
    expect(text).toContain(
      "France Sénégal Heure partagée (bande de droite\u00a0: les autres pays) Moins d'un agent à la fois Fermé",
    );
    expect(text).toContain(
      `hotline Lun–Dim${NB}20:00–08:00 Lun–Dim 20:00–08:00${NB}: Sénégal (moins d'un agent à la fois)`,
    );
    expect(text).toContain(`split Lun–Ven${NB}09:00–17:00 Lun–Ven 09:00–17:00${NB}: Sénégal et France`);
    const f = formatters('fr', 'EUR');
    expect(text).toContain(
      `Majorations de nuit et du dimanche payées${NB}: ${f.money(plan.premiumCost)} par mois, soit ${f.percent(plan.premiumCost / plan.totalCost)} du prix total (Sénégal ${f.money(plan.premiumCost)})`,
    );
    // Still self-contained.
    for (const banned of ['<script', 'href=', 'src=', 'url(', '<image']) expect(html).not.toContain(banned);
  });

  it('Markdown: the compact text form, runs of identical hours and days grouped, French typography', async () => {
    const { plan, scenario } = await planOf(NIGHT_YAML);
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr', edition: 'internal' });
    expect(md).toContain('## 4. Couverture horaire\n');
    expect(md).toContain(
      [
        "| Activité | Heures d'ouverture | Jours | Pays qui répondent |",
        '| :--- | :--- | :--- | :--- |',
        `| desk | Lun–Ven${NB}08:00–20:00${NB}; Sam${NB}09:00–13:00 | Lun–Ven | 08:00–20:00${NB}: France |`,
        `|  |  | Sam | 09:00–13:00${NB}: France |`,
        `| hotline | Lun–Dim${NB}20:00–08:00 | Lun–Dim | 20:00–08:00${NB}: Sénégal (moins d'un agent à la fois) |`,
        `| split | Lun–Ven${NB}09:00–17:00 | Lun–Ven | 09:00–17:00${NB}: Sénégal et France |`,
      ].join('\n'),
    );
    expect(md).not.toContain('<svg');
    expect(md).toContain('### Horaires et majorations');
    expect(md).toContain(`| Sénégal | Africa/Dakar | 24${NB}h/24, 7${NB}j/7 | 21:00–06:00 | +20${NB}% | +50${NB}% |`);
    expect(md).toContain(`| France | Europe/Paris | Lun–Dim${NB}07:00–23:00 | — | — | — |`);
    expect(md).toContain(`hotline${NB}: FR ne travaille pas Lun–Dim${NB}23:00–07:00`);
    const en = renderAnnexMarkdown(plan, scenario, { lang: 'en', edition: 'internal' });
    expect(en).toContain('## 4. Opening-hours coverage\n');
    expect(en).toContain(
      `| hotline | Mon–Sun${NB}20:00–08:00 | Mon–Sun | 20:00–08:00: Senegal (fewer than one agent at once) |`,
    );
    expect(en).toContain(`| split | Mon–Fri${NB}09:00–17:00 | Mon–Fri | 09:00–17:00: Senegal and France |`);
    expect(en).toMatch(
      /Night and Sunday premiums paid: €[\d,]+\.\d\d per month, or \d+\.\d% of the total price \(Senegal €[\d,]+\.\d\d\), included in the prices above\./,
    );
    expect(en).toContain('| Senegal | Africa/Dakar | 24/7 | 21:00–06:00 | +20% | +50% |');
  });

  it('tourism: the 24/7 booking desk is answered from Suriname at night, its Dutch line from Suriname all week', async () => {
    const { plan, scenario } = await planOf(tourismYaml());
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr', edition: 'internal' });
    expect(md).toContain(`| booking-nl | 24${NB}h/24, 7${NB}j/7 | Lun–Dim | 00:00–24:00${NB}: Suriname |`);
    // Nights from Suriname (Romania's sites are closed), days from Romania; one entry per country.
    expect(md).toMatch(
      /\| booking-en \| 24\u00a0h\/24, 7\u00a0j\/7 \| Lun–\S+ \| 00:00–06:00, \d\d:00–24:00\u00a0: Suriname\u00a0; 06:00–\d\d:00\u00a0: Roumanie/,
    );
    expect(md).toContain(`| booking-fr | Lun–Dim${NB}08:00–22:00 | Lun–Dim | 08:00–22:00${NB}: Roumanie |`);
    const html = renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' });
    const maps = heatmaps(html);
    expect(maps.map((m) => m.title)).toEqual([
      'booking-fr',
      'booking-en',
      'booking-de',
      'booking-it',
      'booking-es',
      'booking-nl',
    ]);
    for (const m of maps)
      expect((m.svg.match(/<rect class="hour"/g) ?? []).length).toBe(plan.week?.covered[m.title]?.length);
    expect(renderAnnexHtml(plan, scenario, { lang: 'fr', edition: 'internal' })).toBe(html);
    expect(renderAnnexMarkdown(plan, scenario, { lang: 'en', edition: 'internal' })).toBe(
      renderAnnexMarkdown(plan, scenario, { lang: 'en', edition: 'internal' }),
    );
  });
});

describe('the annex claims no more than the certificate proves', () => {
  it('the client edition makes no claim of optimality and names no method', async () => {
    const { plan, scenario } = await planOf(energy());
    for (const lang of ['fr', 'en'] as const) {
      const text = renderAnnexMarkdown(plan, scenario, { lang });
      for (const word of [
        'optimal',
        'borne duale',
        'dual bound',
        'programme linéaire',
        'linear programme',
        'solveur',
        'solver',
      ])
        expect(text).not.toContain(word);
    }
  });

  const energy = (): string => readFileSync(new URL('../../../scenarios/energy.yaml', import.meta.url), 'utf8');

  it('a whole-agent queue plan: proven by branch and bound and a dual bound, in French and English', async () => {
    const { plan, scenario } = await planOf(energy());
    const fr = renderAnnexMarkdown(plan, scenario, { lang: 'fr', edition: 'internal' });
    expect(fr).toContain(
      'optimalité prouvée par séparation et évaluation pour les choix en nombres entiers et par une borne duale pour les heures',
    );
    // Queues are staffed from enumerated patterns: the proof says it is over those, not over every staffing.
    expect(fr).toContain(
      "les files d'appels sont dimensionnées en agents entiers, heure par heure, parmi les combinaisons d'effectifs que le modèle énumère\u00a0: la preuve porte sur ces combinaisons",
    );
    expect(fr).not.toContain('le moins coûteux de tous');
    const en = renderAnnexMarkdown(plan, scenario, { lang: 'en', edition: 'internal' });
    expect(en).toContain('proven by branch and bound for the whole-number choices and by a dual bound for the hours');
    expect(en).toContain('from the staffing patterns the model enumerates: the proof is over those patterns');
  });

  it('a plan stopped by its time limit says how far from the optimum it may be, never that it is the least expensive', async () => {
    const { plan, scenario } = await planOf(energy());
    if (plan.certificate.kind !== 'mip') throw new Error('expected a mixed-integer certificate');
    const stopped = { ...plan, status: 'feasible' as const, certificate: { ...plan.certificate, mipGap: 1.5e-4 } };
    const fr = renderAnnexMarkdown(stopped, scenario, { lang: 'fr', edition: 'internal' });
    expect(fr).not.toContain('le moins coûteux de tous');
    expect(fr).toContain(
      "l'optimalité du plan n'a toutefois pas pu être prouvée\u00a0: son coût dépasse d'au plus 0,0150\u00a0% celui du plan le moins coûteux du modèle",
    );
    expect(renderAnnexMarkdown(stopped, scenario, { lang: 'en', edition: 'internal' })).toContain(
      'its cost is at most 0.0150% above the least expensive plan of the model',
    );
  });
});
