import { describe, expect, it } from 'vitest';
import { BASES_YAML, NO_HOME_YAML, planOf, telecomYaml } from '../../../test/annexFixtures.js';
import { plain } from './blocks.js';
import { formatters, messages } from './i18n.js';
import { isIsoDay, renderAnnexHtml, renderAnnexMarkdown } from './index.js';
import { layoutAnnex } from './layout.js';
import { buildAnnexModel } from './model.js';

/** Text of an HTML fragment as a reader sees it (tags dropped, entities decoded). */
const visible = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ')
  .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/[ \t\r\n]+/g, ' ');

describe('HTML annex', () => {
  it('is one self-contained file: no script, no link, no URL, an A4 print stylesheet, inline SVG charts', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const html = renderAnnexHtml(plan, scenario, { lang: 'fr' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr-FR">')).toBe(true);
    for (const banned of ['<script', '<link', '<img', '<iframe', 'src=', 'href=', '@import', 'url(', 'http:', 'https:', '//cdn', '@font-face']) {
      expect(html, banned).not.toContain(banned);
    }
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('French: the plan\'s figures, French words and French number style', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const text = visible(renderAnnexHtml(plan, scenario, { lang: 'fr' }));
    const f = formatters('fr', plan.currency);
    expect(text).toContain('Annexe financière et organisationnelle');
    expect(text).toContain(`Prix total ${f.money(plan.totalCost)}`);
    expect(text).toMatch(/\d\u202f\d{3},\d{2}\u00a0€/); // 1 234,56 €
    expect(text).not.toMatch(/\d,\d{3}\.\d{2}/); // no 1,234.56 anywhere
    for (const r of plan.allocation) expect(text).toContain(f.money(r.cost));
    for (const c of plan.countries) expect(text).toContain(`${scenario.countries.find((k) => k.code === c.country)?.nameFr} 1 ${f.money(c.costPerHour)} ${f.num(c.hours, 0)} ${f.num(c.fte, 1)} ${f.money(c.cost)}`);
    for (const a of plan.activities) expect(text).toContain(f.percent(a.quality));
    expect(text).toContain(`Total ${f.num(plan.totalHours, 0)} ${f.num(plan.totalFte, 1)} ${f.money(plan.totalCost)}`);
    expect(text).toContain('Hypothèses');
    expect(text).toContain('30\u00a0%');
  });

  it('English: the same figures in English style', async () => {
    const { plan, scenario } = await planOf(telecomYaml());
    const text = visible(renderAnnexHtml(plan, scenario, { lang: 'en' }));
    const f = formatters('en', plan.currency);
    expect(text).toContain('Financial and organisational annex');
    expect(text).toContain(`Total price ${f.money(plan.totalCost)}`);
    expect(f.money(plan.totalCost)).toMatch(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(text).toContain('Data protection');
  });

  it('legal bases in plain words: EU, adequacy, SCC under Decision 2021/914, no personal data', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    const fr = visible(renderAnnexHtml(plan, scenario, { lang: 'fr' }));
    expect(fr).toContain('perso Données personnelles Maroc Clauses contractuelles types (décision 2021/914)');
    expect(fr).toContain("swiss Données personnelles Suisse Décision d'adéquation");
    expect(fr).toContain('care Données de santé France UE / EEE');
    expect(fr).toContain('open Aucune donnée personnelle Maroc Sans objet (aucune donnée personnelle)');
    expect(fr).toContain("décision d'exécution (UE) 2021/914 de la Commission du 4 juin 2021 (article 46 du RGPD)");
    expect(fr).toContain('Données de santé\u00a0: pays de l\'Union européenne ou de l\'EEE uniquement.');
    expect(fr).toContain("Données du secteur public\u00a0: traitement dans le pays d'origine (France) uniquement");
    expect(fr).toContain('Par rapport à une production 100\u00a0% France (63\u202f000,00\u00a0€ par mois), le plan permet une économie de 22\u202f000,00\u00a0€ par mois, soit 34,9\u00a0%.');
    const en = visible(renderAnnexHtml(plan, scenario, { lang: 'en' }));
    expect(en).toContain('Commission Implementing Decision (EU) 2021/914 of 4 June 2021 (GDPR Article 46)');
    expect(en).toContain('swiss Personal data Switzerland Adequacy decision');
  });

  it('says why all-onshore is impossible, in the annex language, and prices nothing it cannot', async () => {
    const { plan, scenario } = await planOf(NO_HOME_YAML);
    const fr = visible(renderAnnexHtml(plan, scenario, { lang: 'fr' }));
    expect(fr).toContain("Une production 100\u00a0% France n'est pas possible\u00a0: en-line\u00a0: anglais non proposé par FR");
    expect(fr).toContain('Aucun prix de référence 100\u00a0% France ne peut donc être calculé.');
    expect(visible(renderAnnexHtml(plan, scenario, { lang: 'en' }))).toContain('en-line: FR does not offer English');
  });

  it('the date appears only when given, written out in the annex language', async () => {
    const { plan, scenario } = await planOf(BASES_YAML);
    expect(renderAnnexHtml(plan, scenario, { lang: 'fr' })).not.toMatch(/Date\u00a0:/);
    expect(renderAnnexHtml(plan, scenario, { lang: 'fr', date: '2027-03-01' })).toContain('Date\u00a0: 1er mars 2027');
    expect(renderAnnexMarkdown(plan, scenario, { lang: 'en', date: '2027-03-01' })).toContain('Date: 1 March 2027');
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
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr' });
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
    const md = renderAnnexMarkdown(plan, scenario, { lang: 'fr' });
    const f = formatters('fr', plan.currency);
    expect(md.startsWith('# Annexe financière et organisationnelle\n\n**Telecom operator — bestshore 2027**\n')).toBe(true);
    expect(md).toContain('## 1. Synthèse\n');
    expect(md).toContain('## 4. Protection des données\n');
    expect(md).toContain('| Activité | Pays | Heures | ETP | Prix | Part |\n| :--- | :--- | ---: | ---: | ---: | ---: |\n');
    expect(md).toContain(`| **Total** |  | **${f.num(plan.totalHours, 0)}** | **${f.num(plan.totalFte, 1)}** | **${f.money(plan.totalCost)}** |  |`);
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
    const doc = layoutAnnex(buildAnnexModel(plan, scenario), 'en');
    expect(doc.sections.map((s) => s.heading)).toEqual(Object.values(messages('en').headings).map((h, i) => `${i + 1}. ${h}`));
    const summary = doc.sections[0]?.blocks.find((b) => b.kind === 'paragraph');
    expect(summary && summary.kind === 'paragraph' ? plain(summary.runs) : '').toBe(
      'The plan spreads 2,100 productive hours per month (16.5\u00a0FTE) over 3 delivery sites, one per country: France, Switzerland and Morocco.');
  });
});
