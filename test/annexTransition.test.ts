import { describe, expect, it } from 'vitest';
import { jsonOf, runMain } from './support/inProcess.js';

/**
 * The annex's transition section: a scenario with a `horizon` gets its roadmap (as `bestshore
 * roadmap` plans it) in the annex. Its figures are checked against the roadmap's own JSON,
 * recomputed here: headcount per pool at month 1 and at the last month, the one-off costs
 * over the term, the payback month and the transfer months.
 */
const FILE = 'scenarios/roadmap/telecom-66.yaml';

type Staff = { pool: string; country: string; headcount: number };
type Month = { month: string; t: number; cost: Record<string, number>; staff: Staff[] };
type RoadmapJson = {
  npv: number;
  saving: number | null;
  payback: { month: string } | null;
  peak_one_off: { month: string; amount: number };
  transfers: { activity: string; country: string; kind: string; month: string }[];
  roadmap: { months: Month[] };
};

const headings = (md: string): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3));
/** "1,234,567.89" or "1 234 567,89" (any space) as a number. */
const numberIn = (text: string, lang: 'en' | 'fr'): number =>
  Number(lang === 'en' ? text.replace(/[^\d.-]/g, '') : text.replace(/[^\d,-]/g, '').replace(',', '.'));
const section = (md: string, heading: string): string => {
  const start = md.indexOf(`. ${heading}\n`);
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
};

describe('annex transition section', () => {
  it('carries the roadmap: headcount, transfers, one-off costs, and the business case in the internal edition', async () => {
    const rm = (await jsonOf(['roadmap', FILE, '-f', 'json'])) as RoadmapJson;
    const r = await runMain(['annex', FILE, '--format', 'md', '--lang', 'en', '--edition', 'internal']);
    expect(r.code, r.stderr).toBe(0);
    expect(headings(r.stdout).some((h) => h.endsWith('Transition and ramp-up'))).toBe(true);
    const s = section(r.stdout, 'Transition and ramp-up');
    const months = rm.roadmap.months;
    const first = months[0] as Month;
    const last = months[months.length - 1] as Month;
    expect(s).toContain(`| Site | ${first.month} |`);
    expect(s).toContain(` ${last.month} |`);
    // The total row: headcount of every pool at month 1 and at the last month.
    const totalRow = s.split('\n').find((l) => l.startsWith('| **Total**') || l.startsWith('| Total')) ?? '';
    const cells = totalRow
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const headcount = (m: Month): number => m.staff.reduce((n, x) => n + x.headcount, 0);
    expect(numberIn(cells[1] ?? '', 'en')).toBeCloseTo(headcount(first), 0);
    expect(numberIn(cells[cells.length - 1] ?? '', 'en')).toBeCloseTo(headcount(last), 0);
    // One-off costs over the term, summed from the months.
    const oneOff = months.reduce(
      (t, m) => t + ['hiring', 'transfer', 'opening', 'exit', 'release'].reduce((u, k) => u + (m.cost[k] ?? 0), 0),
      0,
    );
    const oneOffTotal = s
      .split('\n')
      .filter((l) => /Total/.test(l))
      .map((l) =>
        l
          .split('|')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      )
      .find((c) => c.length === 2);
    expect(numberIn(oneOffTotal?.[1] ?? '', 'en')).toBeCloseTo(oneOff, 0);
    // Each transfer, with its month; payback and peak in the business case.
    for (const x of rm.transfers) expect(s).toContain(`${x.month}: `);
    expect(s.match(/^- \d{4}-\d{2}: /gm)?.length).toBe(rm.transfers.length);
    expect(s).toContain(rm.payback ? `Payback in ${rm.payback.month}.` : 'No payback within the term.');
    expect(s).toContain(`in ${rm.peak_one_off.month}.`);
  });

  it('client edition and French: the schedule without the business case', async () => {
    const r = await runMain(['annex', FILE, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const s = section(r.stdout, 'Transition et montée en charge');
    expect(s).toContain('Calendrier des transferts');
    expect(s).not.toContain('Valeur actuelle nette');
    expect(s).not.toContain('Retour sur investissement');
  });

  it('no horizon, no transition section; --sections can leave it out', async () => {
    const plain = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'md', '--lang', 'en']);
    expect(plain.stdout).not.toContain('Transition and ramp-up');
    const without = await runMain([
      'annex',
      FILE,
      '--format',
      'md',
      '--lang',
      'en',
      '--sections',
      'summary,allocation',
    ]);
    expect(without.code).toBe(0);
    expect(headings(without.stdout)).toHaveLength(2);
    expect(without.stdout).not.toContain('Transition and ramp-up');
  });
});
