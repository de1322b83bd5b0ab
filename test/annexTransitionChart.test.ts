import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

/**
 * The transition section's charts: headcount per site month by month (HTML picture; the
 * section's table gives the figures elsewhere) and, in the internal edition, the cumulative
 * saving against today's delivery (HTML picture; a native table in DOCX and Markdown). Checked
 * against the roadmap's own JSON, recomputed here.
 */
const FILE = 'scenarios/roadmap/telecom-66.yaml';

type Month = { month: string; cumulative: number; staff: { pool: string }[] };
type RoadmapJson = {
  payback: { month: string } | null;
  as_is: { path: { months: Month[] } };
  roadmap: { months: Month[] };
};
const figures = (html: string): string[] =>
  [...html.matchAll(/<figure class="lines">.*?<\/figure>/gs)].map((m) => m[0]);
/** Points of each line: one M then an L per further month. */
const points = (svg: string): number[] =>
  [...svg.matchAll(/<path d="([^"]*)" fill="none"/g)].map(
    (m) => (m[1] ?? '').split(/[ML]/).filter((p) => p.trim() !== '').length,
  );

describe('annex transition charts', async () => {
  const rm = (await jsonOf(['roadmap', FILE, '-f', 'json'])) as RoadmapJson;
  const months = rm.roadmap.months;
  const pools = new Set(months.flatMap((m) => m.staff.map((s) => s.pool)));
  const saving = months.map((m, i) => (rm.as_is.path.months[i]?.cumulative ?? 0) - m.cumulative);

  it.each([
    ['fr', 'Effectifs par site, mois par mois', 'Économie cumulée', 'retour sur investissement'],
    ['en', 'Headcount per site, month by month', 'Cumulative saving', 'payback'],
  ])(
    'HTML (%s): one line per site and one for the saving, a point per month, payback marked',
    async (lang, fte, cash, mark) => {
      const r = await runMain(['annex', FILE, '--format', 'html', '--lang', lang, '--edition', 'internal']);
      expect(r.code, r.stderr).toBe(0);
      const [headcount, cumulative, ...rest] = figures(r.stdout);
      expect(rest).toHaveLength(0);
      expect(headcount).toContain(`<figcaption>${fte}</figcaption>`);
      expect(points(headcount ?? '')).toEqual([...pools].map(() => months.length));
      expect(cumulative).toContain(`<figcaption>${cash}`);
      expect(points(cumulative ?? '')).toEqual([months.length]);
      expect(cumulative).toContain(`${mark} ${rm.payback?.month ?? 'none'}`);
      // The axis reaches the lowest and the highest saving (the J-curve's dip and the end).
      const low = Math.round(Math.min(0, ...saving));
      expect(cumulative?.replace(/[\s\u202f\u00a0,]/g, '')).toContain(`>${low}<`);
    },
  );

  it('client edition: the headcount chart only (the saving is the business case)', async () => {
    const r = await runMain(['annex', FILE, '--format', 'html', '--lang', 'en']);
    expect(figures(r.stdout)).toHaveLength(1);
    expect(r.stdout).not.toContain('Cumulative saving');
  });

  it('Markdown and DOCX: the saving every sixth month and the last, as a table', async () => {
    const md = await runMain(['annex', FILE, '--format', 'md', '--lang', 'en', '--edition', 'internal']);
    const shown = months.flatMap((m, i) => (i % 6 === 5 || i === months.length - 1 ? [{ m, i }] : []));
    for (const { m, i } of shown) {
      const row = md.stdout.split('\n').find((l) => l.startsWith(`| ${m.month} | `)) ?? '';
      expect(Number(row.split('|')[2]?.replace(/[^\d.-]/g, ''))).toBeCloseTo(saving[i] ?? NaN, 1);
    }
    const { dir } = scratch('bestshore-annex-chart-');
    const out = join(dir, 'annex.docx');
    expect((await runMain(['annex', FILE, '-o', out, '--lang', 'fr', '--edition', 'internal'])).code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Économie cumulée par rapport à la situation actuelle prolongée');
    for (const { m } of shown) expect(xml).toContain(`>${m.month}<`);
  });

  it('states the exchange rates used, as the roadmap computes them, in both languages', async () => {
    const fx = [
      '--set',
      'horizon.currencies={MAD: {rate: 10.8, drift: 0.02}}',
      '--set',
      'horizon.countries.MA.currency=MAD',
    ];
    const doc = (await jsonOf(['roadmap', FILE, '-f', 'json', ...fx])) as {
      exchange_rates: { first_month: number; last_month: number }[];
    };
    const [rate] = doc.exchange_rates;
    const en = await runMain(['annex', FILE, '--format', 'md', '--lang', 'en', ...fx]);
    expect(en.stdout).toContain(
      `Amounts in €, converted at each month's rate: MAD (Morocco) ${rate?.first_month.toFixed(4)} to 1 in the first month, ${rate?.last_month.toFixed(4)} in the last (drift +2.0% a year).`,
    );
    const fr = await runMain(['annex', FILE, '--format', 'md', '--lang', 'fr', ...fx]);
    expect(fr.stdout).toMatch(
      /Montants en €, convertis au taux de chaque mois : MAD \(Maroc\) 10,8000 pour 1 au premier mois, 9,7015 au dernier \(dérive de \+2,0\s%\spar an\)\./,
    );
    // Without currencies, not a word of them.
    expect((await runMain(['annex', FILE, '--format', 'md', '--lang', 'en'])).stdout).not.toContain('Amounts in');
  });
});
