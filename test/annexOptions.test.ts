import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

/**
 * The internal annex's options section (`annex --edition internal --front … --alternatives …`):
 * the same front and alternatives as `bestshore pareto` and `bestshore alternatives`, drawn in
 * HTML, as native tables in DOCX, as tables in Markdown; refused in the client edition.
 */
type Front = { points: { value: number; total_cost: number; shares: Record<string, number> }[]; knee: number | null };
type Alts = { alternatives: { rank: number; total_cost: number; shares: Record<string, number> }[] };

const FILE = 'scenarios/telecom.yaml';
const ASK = ['--edition', 'internal', '--front', 'cost,home-share', '--alternatives', '5%'];

describe('annex options section', () => {
  it('HTML: the front as a chart, the shares along it and the alternatives, as pareto and alternatives give them', async () => {
    const r = await runMain(['annex', FILE, '--format', 'html', '--lang', 'en', ...ASK]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const front = (await jsonOf(['pareto', FILE, '--objectives', 'cost,home-share', '-f', 'json'])) as Front;
    const alts = (await jsonOf(['alternatives', FILE, '--slack', '5%', '-f', 'json'])) as Alts;
    const section = r.stdout.slice(r.stdout.indexOf('<section id="options">'));
    expect(section).toContain('<h2>');
    expect(section).toContain('Options and trade-offs');
    // One dot per point of the front, the knee ringed when there is one.
    expect(section.match(/<circle [^>]*r="4"/g)?.length).toBe(front.points.length);
    expect(section.match(/<circle [^>]*r="9"/g)?.length ?? 0).toBe(front.knee === null ? 0 : 1);
    // Two bar charts: the optimum and each alternative; each point of the front. Each bar's parts
    // are as wide as the plan's country shares (the bar is 360 px wide).
    const charts = section.split('<figure class="option-chart">').slice(1);
    expect(charts).toHaveLength(3);
    const bars = (svg: string): number[][] => {
      const rows = new Map<string, number[]>();
      for (const m of svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="18"/g))
        rows.set(m[1] ?? '', [...(rows.get(m[1] ?? '') ?? []), Number(m[2])]);
      return [...rows.values()];
    };
    const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
    const widths = (shares: Record<string, number>): number[] => sorted(Object.values(shares).map((s) => s * 360));
    const altBars = bars(charts[0] ?? '');
    expect(altBars).toHaveLength(alts.alternatives.length + 1);
    alts.alternatives.forEach((a, k) =>
      sorted(altBars[k + 1] ?? []).forEach((w, i) => expect(w).toBeCloseTo(widths(a.shares)[i] ?? NaN, 0)),
    );
    const frontBars = bars(charts[2] ?? '');
    expect(frontBars).toHaveLength(front.points.length);
    front.points.forEach((p, k) =>
      sorted(frontBars[k] ?? []).forEach((w, i) => expect(w).toBeCloseTo(widths(p.shares)[i] ?? NaN, 0)),
    );
    // The tables: the optimum and each alternative; each point with its cost.
    for (const p of front.points)
      expect(section).toContain(
        `€${Math.floor(p.total_cost).toLocaleString('en-US')}.${(Math.round(p.total_cost * 100) % 100).toString().padStart(2, '0')}`,
      );
  });

  it('French Markdown and Word: the same section in tables; Word draws the bars as shaded cells', async () => {
    const md = await runMain(['annex', FILE, '--format', 'md', ...ASK]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## 5. Options et arbitrages');
    expect(md.stdout).toContain('### Variantes proches de l’optimum');
    expect(md.stdout).toContain('### Coût selon part onshore');
    const dir = scratch('bestshore-annex-options-');
    const out = `${dir.dir}/annexe.docx`;
    const docx = await runMain(['annex', FILE, '-o', out, ...ASK]);
    expect(docx.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Options et arbitrages');
    // The countries' colours as cell shading (France in the annex's blue, then the palette).
    expect(xml).toMatch(/w:fill="1F4E79"/);
    expect(xml).toMatch(/w:fill="E69F00"/);
  });

  it('the client edition has no options section: --front and --alternatives are refused (exit 2)', async () => {
    const r = await runMain(['annex', FILE, '--front', 'cost,home-share']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--front: the options section is only in --edition internal');
    const s = await runMain(['annex', FILE, '--edition', 'internal', '--sections', 'summary,options']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('the options section needs --front');
    const c = await runMain(['annex', FILE, '--sections', 'options']);
    expect(c.code).toBe(2);
    const bad = await runMain(['annex', FILE, '--edition', 'internal', '--front', 'cost,beauty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--front: unknown objective "beauty"');
    const whole = await runMain(['annex', FILE, '--edition', 'internal', '--alternatives', '3%', '--whole-fte']);
    expect(whole.code).toBe(2);
    expect(whole.stderr).toContain('--alternatives: not with --whole-fte');
    for (const argv of [
      ['pareto', FILE, '--workers', '0'],
      ['alternatives', FILE, '--workers', 'many'],
    ]) {
      const w = await runMain(argv);
      expect(w.code).toBe(2);
      expect(w.stderr).toContain('--workers');
    }
    // Without the flags, the internal edition is as it was.
    const plain = await runMain(['annex', FILE, '--format', 'md', '--edition', 'internal']);
    expect(plain.stdout).not.toContain('Options et arbitrages');
  });
});
