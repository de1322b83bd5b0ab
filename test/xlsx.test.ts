import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { column } from '../src/report/xlsx/cells.js';
import { ROOT } from './helpers.js';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

const { dir } = scratch('bestshore-xlsx-');
type Sheet = { readonly sheet: string; readonly data: readonly (readonly unknown[])[] };

/** Plan `scenario` to an .xlsx and read it back: the sheets (values, formulas' cached results) and the raw parts. */
async function workbook(
  scenario: string,
  name: string,
): Promise<{ sheets: Sheet[]; parts: Record<string, string>; bytes: Buffer }> {
  const out = join(dir, name);
  const r = await runMain(['plan', scenario, '--format', 'xlsx', '-o', out]);
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  const bytes = readFileSync(out);
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  return { sheets: (await readExcelFile(bytes)) as Sheet[], parts, bytes };
}

const sheetOf = (sheets: Sheet[], name: string): Sheet => {
  const s = sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}: ${sheets.map((x) => x.sheet).join(', ')}`);
  return s;
};
const byHeader = (s: Sheet): Record<string, unknown>[] => {
  const [head = [], ...rows] = s.data;
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
};
const near = (a: unknown, b: number, tol = 0.011) => expect(Math.abs(Number(a) - b)).toBeLessThanOrEqual(tol);

describe('plan --format xlsx', () => {
  const energy = join(ROOT, 'scenarios/energy.yaml');

  it('writes the allocation, countries and queues the JSON output gives, with formula totals', async () => {
    const json = await jsonOf(['plan', energy, '--format', 'json']);
    const { sheets, parts } = await workbook(energy, 'energy.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Summary',
      'Allocation',
      'Countries',
      'Activities',
      'Schedule',
      'Queues',
    ]);

    const allocation = byHeader(sheetOf(sheets, 'Allocation'));
    const rows = allocation.slice(0, -1);
    const expected = json.allocation as { activity: string; country: string; hours: number; cost: number }[];
    expect(rows.map((r) => [r.Activity, r.Country, r.Hours, r['Cost EUR']])).toEqual(
      expected.map((a) => [a.activity, a.country, a.hours, a.cost]),
    );
    // The total line is a SUM over the data rows, and its cached result is the plan's total.
    const totalAt = rows.length + 2;
    expect(parts['xl/worksheets/sheet2.xml']).toContain(`<c r="E${totalAt}" s="`);
    expect(parts['xl/worksheets/sheet2.xml']).toMatch(
      new RegExp(`<c r="E${totalAt}"[^>]*><f>SUM\\(E2:E${totalAt - 1}\\)</f><v>[0-9.]+</v></c>`),
    );
    near(allocation.at(-1)?.['Cost EUR'], json.total_cost as number, 0.01 * rows.length);
    // The summary points at that total: same figure, by formula.
    const summary = Object.fromEntries(sheetOf(sheets, 'Summary').data.map((r) => [String(r[0]), r[1]]));
    expect(summary['Total cost EUR']).toBe(allocation.at(-1)?.['Cost EUR']);
    expect(parts['xl/worksheets/sheet1.xml']).toContain(`<f>Allocation!E${totalAt}</f>`);

    const countries = byHeader(sheetOf(sheets, 'Countries'));
    const jc = json.countries as { country: string; cost: number; cost_share: number }[];
    expect(countries.slice(0, -1).map((c) => c.Country)).toEqual(jc.map((c) => c.country));
    countries.slice(0, -1).forEach((c, i) => near(c['Share of cost'], jc[i]?.cost_share ?? NaN, 1e-4));
    near(countries.at(-1)?.['Share of cost'], 1, 1e-9);

    const queues = byHeader(sheetOf(sheets, 'Queues'));
    const jq = json.contacts as { country: string; service_level: number; peak_agents: number; agent_hours: number }[];
    expect(
      queues.slice(0, jq.length).map((q) => [q.Country, q['Service level'], q['Peak agents'], q['Agent hours']]),
    ).toEqual(jq.map((q) => [q.country, q.service_level, q.peak_agents, q.agent_hours]));
    // Number formats: money with two decimals, shares as percentages.
    expect(parts['xl/styles.xml']).toContain('formatCode="#,##0.00"');
    expect(parts['xl/styles.xml']).toContain('formatCode="0.0%"');
    expect(parts['xl/workbook.xml']).toContain('fullCalcOnLoad="1"');
  });

  it('lists every scheduled hour, adding up to the hours of the allocation', async () => {
    const tourism = join(ROOT, 'scenarios/tourism.yaml');
    const json = await jsonOf(['plan', tourism, '--format', 'json']);
    const { sheets } = await workbook(tourism, 'tourism.xlsx');
    const schedule = byHeader(sheetOf(sheets, 'Schedule'));
    const jsched = json.schedule as { hours: number }[];
    expect(schedule.length - 1).toBe(jsched.length);
    const covered = (json.allocation as { activity: string; hours: number }[]).filter((a) =>
      (json.schedule as { activity: string }[]).some((s) => s.activity === a.activity),
    );
    near(
      schedule.at(-1)?.['Hours per month'],
      covered.reduce((t, a) => t + a.hours, 0),
      0.05,
    );
  });

  it('gives the same bytes for the same plan', async () => {
    const telecom = join(ROOT, 'scenarios/telecom.yaml');
    const a = await workbook(telecom, 'a.xlsx');
    const b = await workbook(telecom, 'b.xlsx');
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('never writes the workbook to the terminal', async () => {
    const r = await runMain(['plan', join(ROOT, 'scenarios/telecom.yaml'), '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('give -o FILE.xlsx');
  });

  it('writes the diagnosis of a scenario with no plan, with file and line, and exits 1', async () => {
    const file = join(ROOT, 'test/fixtures/infeasible/capacity-overall.yaml');
    const json = await jsonOf(['plan', file, '--format', 'json'], 1);
    const { sheets } = await workbook(file, 'none.xlsx');
    const rows = byHeader(sheetOf(sheets, 'Diagnosis'));
    const findings = json.diagnosis as { rule: string; line: number; path: string }[];
    expect(rows.map((r) => [r.Rule, r.Line, r.Field])).toEqual(findings.map((f) => [f.rule, f.line, f.path]));
  });
});

describe('column letters', () => {
  it('counts as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(column)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('compare and sweep --format xlsx', () => {
  const telecom = join(ROOT, 'scenarios/telecom.yaml');

  async function book(
    argv: readonly string[],
    name: string,
  ): Promise<{ sheets: Sheet[]; parts: Record<string, string> }> {
    const out = join(dir, name);
    const r = await runMain([...argv, '--format', 'xlsx', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    return {
      sheets: (await readExcelFile(bytes)) as Sheet[],
      parts: Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)])),
    };
  }

  it('compare: a column per scenario, each Δ a formula against the reference, as the JSON deltas', async () => {
    const argv = ['compare', telecom, '--variant', 'ma=countries.MA.cost_per_hour=19'];
    const json = await jsonOf([...argv, '-f', 'json']);
    const { sheets, parts } = await book(argv, 'compare.xlsx');
    const data = sheetOf(sheets, 'Comparison').data;
    expect(data[0]).toEqual([null, 'telecom.yaml', 'ma', 'Δ ma']);
    const rows = json.rows as { label: string; values: number[]; deltas: number[] }[];
    const body = data.slice(1).filter((r) => r[1] !== null);
    expect(body.length).toBe(rows.length);
    body.forEach((r, i) => {
      expect(r[1]).toBe(rows[i]?.values[0]);
      expect(r[2]).toBe(rows[i]?.values[1]);
      near(r[3], rows[i]?.deltas[1] ?? NaN, 1e-6);
    });
    expect(parts['xl/worksheets/sheet1.xml']).toMatch(/<c r="D2"[^>]*><f>C2-B2<\/f><v>/);
  });

  it('sweep: every point as the JSON lists it, and the tornado swing as a formula', async () => {
    const argv = ['sweep', telecom, '--spread', 'countries.MA.cost_per_hour=±10%', '--samples', '4'];
    const json = await jsonOf([...argv, '-f', 'json']);
    const { sheets, parts } = await book(argv, 'sweep.xlsx');
    const points = byHeader(sheetOf(sheets, 'Points'));
    const jp = json.points as { values: number[]; total_cost: number }[];
    expect(points.map((p) => [p['countries.MA.cost_per_hour'], p['Cost EUR']])).toEqual(
      jp.map((p) => [p.values[0], p.total_cost]),
    );
    const [bar] = byHeader(sheetOf(sheets, 'Tornado'));
    near(bar?.['Swing EUR'], Math.abs(Number(bar?.['Cost at high EUR']) - Number(bar?.['Cost at low EUR'])), 1e-6);
    expect(parts['xl/worksheets/sheet3.xml']).toContain('<f>ABS(E2-C2)</f>');
  });
});

describe('explain --format xlsx', () => {
  it('writes what each rule costs as the JSON gives it, the share as a formula', async () => {
    const telecom = join(ROOT, 'scenarios/telecom.yaml');
    const json = await jsonOf(['explain', telecom, '-f', 'json']);
    const out = join(dir, 'explain.xlsx');
    expect((await runMain(['explain', telecom, '-f', 'xlsx', '-o', out])).code).toBe(0);
    const bytes = readFileSync(out);
    const sheets = (await readExcelFile(bytes)) as Sheet[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Rule costs', 'Marginal values', 'Country choices']);
    const rules = byHeader(sheetOf(sheets, 'Rule costs'));
    const jr = json.rules as { rule: string; saving: number }[];
    expect(rules.map((r) => [r.Rule, r['Saving EUR']])).toEqual(jr.map((r) => [r.rule, r.saving]));
    rules.forEach((r) => near(r['Saving share'], Number(r['Saving EUR']) / Number(r['Cost without it EUR']), 1e-9));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).toContain(
      '<f>IF(D2=0,0,E2/D2)</f>',
    );
  });
});
