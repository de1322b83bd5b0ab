import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain, scratch } from './support/inProcess.js';

const SMALL = 'test/fixtures/roadmap/small.yaml';

describe('bestshore roadmap', () => {
  it('prints the answers a committee asks for, in a table', async () => {
    const r = await runMain(['roadmap', SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NPV of the roadmap: [\d,]+ EUR over 12 months from 2027-03/);
    expect(r.stdout).toMatch(/NPV of today's delivery continued: [\d,]+ EUR; saving: [\d,]+ EUR/);
    expect(r.stdout).toMatch(/Payback: 2027-\d\d \(month \d+\)/);
    expect(r.stdout).toMatch(/Peak one-off spend: [\d,]+ EUR in 2027-\d\d/);
    expect(r.stdout).toMatch(/starts in RO/);
    expect(r.stdout).toMatch(/[▁▂▃▄▅▆▇█]{12}/);
    expect(r.stdout).toContain('Approximations');
    expect(r.stdout).toMatch(/Optimal: proven optimal/);
  });

  it('writes JSON with a format version, whose figures add up', async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      format_version: number;
      kind: string;
      npv: number;
      saving: number;
      as_is: { npv: number };
      roadmap: { months: { total: number; discount: number; cumulative: number }[] };
    };
    expect(doc.format_version).toBe(1);
    expect(doc.kind).toBe('roadmap');
    expect(doc.roadmap.months).toHaveLength(12);
    const npv = doc.roadmap.months.reduce((t, m) => t + m.total * m.discount, 0);
    expect(doc.npv).toBeCloseTo(npv, -1);
    expect(doc.saving).toBeCloseTo(doc.as_is.npv - doc.npv, 1);
    expect(doc.roadmap.months.at(-1)?.cumulative).toBeCloseTo(
      doc.roadmap.months.reduce((t, m) => t + m.total, 0),
      0,
    );
  });

  it('writes one CSV row per month, French Excel style with --locale fr', async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'csv', '--locale', 'fr']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(13);
    // French column names, as the plan's French CSV has (activité;pays;heures…).
    expect(lines[0]).toMatch(
      /^mois;t;salaires;majorations;sites;recrutement;.*;économie_cumulée;etp_FR;etp_RO;embauches$/,
    );
    const en = await runMain(['roadmap', SMALL, '--format', 'csv']);
    expect(en.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^month,t,salaries,.*,cumulative_saving,fte_FR/);
    expect(lines[1]).toMatch(/^2027-03;1;/);
  });

  it('draws an SVG chart: one point per month on each line, names escaped', async () => {
    const dir = scratch('roadmap-');
    const file = dir.write(
      'svg.yaml',
      readFileSync(SMALL, 'utf8').replace('name: Small roadmap', 'name: "Small <roadmap> & co"'),
    );
    const r = await runMain(['roadmap', file, '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(r.stdout).toContain('Small &lt;roadmap&gt; &amp; co');
    expect(r.stdout).not.toContain('<roadmap>');
    const paths = [...r.stdout.matchAll(/<path d="([^"]+)"/g)].map((m) => (m[1] ?? '').split(' ').length);
    // The saving, then FR and RO: 12 months each.
    expect(paths).toEqual([12, 12, 12]);
    expect(r.stdout).toMatch(/payback 2027-\d\d/);
  });

  it("continues today's delivery in today's shares for the comparison", async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as {
      as_is: {
        path: {
          months: {
            hours: { activity: string; country: string; hours: number }[];
            staff: { pool: string; hires: number }[];
          }[];
        };
      };
    };
    for (const m of doc.as_is.path.months) {
      // Today: care and back in FR only (25 and 12 FTE): every hour stays there.
      expect(m.hours.every((h) => h.country === 'FR')).toBe(true);
      expect(m.staff.every((s) => s.pool === 'FR')).toBe(true);
    }
  });

  it('--explain prices each transition term by lifting it: never a negative cost', async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'json', '--explain']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { npv: number; rule_costs: { pool: string; rule: string; npv: number }[] };
    // MA: hiring limit, lead time, ramp; RO: the same; FR may not release.
    expect(doc.rule_costs.map((c) => `${c.pool} ${c.rule}`).sort()).toEqual([
      'FR can_release',
      'MA hiring_per_month',
      'MA lead_months',
      'MA ramp',
      'RO hiring_per_month',
      'RO lead_months',
      'RO ramp',
    ]);
    for (const c of doc.rule_costs) expect(c.npv).toBeGreaterThanOrEqual(-1e-6 * doc.npv);
    expect(doc.rule_costs.some((c) => c.npv > 1)).toBe(true);
    const plain = JSON.parse((await runMain(['roadmap', SMALL, '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(plain['rule_costs']).toBeUndefined();
  });

  it('--explain in words: what each term costs and how long it delays payback', async () => {
    const r = await runMain(['roadmap', SMALL, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^- the hiring limit of 6 a month in MA (delays payback by \d+ months? and |brings payback \d+ months? forward and )?costs [\d,]+ EUR NPV$/m,
    );
    expect(r.stdout).toMatch(/^- the lead time of 2 months in RO .*costs [\d,]+ EUR NPV$/m);
    expect(r.stdout).toMatch(/^- the ramp-up \(50%, 80%\) in MA .*costs [\d,]+ EUR NPV$/m);
    expect(r.stdout).toMatch(/^- no release in FR \(lifted: release_cost 0 an agent\) .*costs [\d,]+ EUR NPV$/m);
  });

  it('exits 1 with the months short of trained agents', async () => {
    const dir = scratch('roadmap-');
    const file = dir.write(
      'short.yaml',
      readFileSync(SMALL, 'utf8').replace('    data: none', '    data: none\n    max_share: 0.7'),
    );
    const r = await runMain(['roadmap', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/too few trained agents in \d+ months? \(2027-03/);
    expect(r.stdout).toMatch(/lead_months: 1/);
    expect(r.stderr).toMatch(/no roadmap staffs every month/);
  });

  it('exits 2 on a bad horizon, each error at its line', async () => {
    const dir = scratch('roadmap-');
    const text = readFileSync(SMALL, 'utf8')
      .replace('  months: 12', '  months: 200')
      .replace('    care: { FR: 25 }', '    care: { FR: 25, XX: 3 }')
      .replace(
        '    care: { seasonality: [1, 1, 1, 1, 1, 1.2, 1.3, 1.2, 1, 1, 1, 1] }',
        '    cara: { seasonality: [1, 1] }',
      );
    const r = await runMain(['roadmap', dir.write('bad.yaml', text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ horizon\.months: expected at most 120 months/);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ horizon\.volumes\.cara\.seasonality: expected 12 monthly indices/);
  });

  it('reports horizon names that are not in the scenario, with a suggestion', async () => {
    const dir = scratch('roadmap-');
    const text = readFileSync(SMALL, 'utf8')
      .replace('    care: { FR: 25 }', '    care: { FR: 25, XX: 3 }')
      .replace('    care: { seasonality', '    cara: { seasonality');
    const r = await runMain(['validate', dir.write('names.yaml', text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /names\.yaml:\d+:\d+ horizon\.volumes\.cara: activity "cara" is not in activities \(did you mean "care"\?\)/,
    );
    expect(r.stderr).toMatch(/horizon\.current\.care\.XX: country "XX" is not in countries/);
  });

  it('plans a scenario without a horizon over the default 36 months', async () => {
    const r = await runMain(['roadmap', 'scenarios/telecom.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { months: number; as_is: { available: boolean; why: string } };
    expect(doc.months).toBe(36);
    expect(doc.as_is.available).toBe(false);
    expect(doc.as_is.why).toMatch(/not delivered today/);
  });
});
