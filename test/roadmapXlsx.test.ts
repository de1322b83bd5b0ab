import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

const { dir } = scratch('bestshore-roadmap-xlsx-');
const SMALL = 'test/fixtures/roadmap/small.yaml';
type Sheet = { readonly sheet: string; readonly data: readonly (readonly unknown[])[] };
type Month = {
  month: string;
  total: number;
  discount: number;
  cumulative: number;
  cost: Record<string, number>;
  staff: unknown[];
};

/** `roadmap --format xlsx`, read back: the months as the JSON gives them, totals and NPV as formulas. */
describe('roadmap --format xlsx', () => {
  it('writes the summary, the months with formula totals and the staff the JSON gives', async () => {
    const json = await jsonOf(['roadmap', SMALL, '--format', 'json']);
    const out = join(dir, 'roadmap.xlsx');
    const r = await runMain(['roadmap', SMALL, '--format', 'xlsx', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    const sheets = (await readExcelFile(bytes)) as Sheet[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Months', 'Staff']);
    const months = (json.roadmap as { months: Month[] }).months;

    const [head = [], ...body] = sheets[1]?.data ?? [];
    const col = (name: string): number => head.indexOf(name);
    const rows = body.slice(0, -1);
    const total = body[body.length - 1] ?? [];
    expect(rows.map((x) => x[0])).toEqual(months.map((m) => m.month));
    rows.forEach((x, i) => {
      const m = months[i];
      if (!m) throw new Error('a month too many');
      // Each month's total (a SUM of its kinds) is the roadmap's, its cumulative (previous + total) too.
      expect(Math.abs(Number(x[col('Total EUR')]) - m.total)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(Number(x[col('Cumulative EUR')]) - m.cumulative)).toBeLessThanOrEqual(0.05 * (i + 1));
      expect(x[col('salaries EUR')]).toBe(m.cost['salaries']);
    });
    // The discounted sum is the NPV the roadmap was optimised for (Σ total × discount).
    const hand = months.reduce((s, m) => s + m.total * m.discount, 0);
    expect(Math.abs(Number(total[col('Discounted EUR')]) - Number(json.npv))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(hand - Number(json.npv))).toBeLessThanOrEqual(0.5);

    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    const last = rows.length + 1;
    const t = String.fromCharCode(65 + col('Total EUR'));
    const d = String.fromCharCode(65 + col('Discount factor'));
    const cu = String.fromCharCode(65 + col('Cumulative EUR'));
    expect(xml).toContain(`<f>SUM(C2:${String.fromCharCode(65 + col('Total EUR') - 1)}2)</f>`);
    expect(xml).toContain(`<f>${t}3*${d}3</f>`);
    expect(xml).toContain(`<f>${cu}2+${t}3</f>`);
    expect(xml).toContain(`<f>SUM(${t}2:${t}${last})</f>`);

    const summary = Object.fromEntries((sheets[0]?.data ?? []).map((x) => [String(x[0]), x[1]]));
    expect(Math.abs(Number(summary['Saving EUR']) - Number(json.saving))).toBeLessThanOrEqual(0.011);
    const staff = sheets[2]?.data.length ?? 0;
    expect(staff - 1).toBe(months.reduce((s, m) => s + m.staff.length, 0));
  });

  it('is refused on a terminal, as every workbook', async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o FILE.xlsx');
  });
});
