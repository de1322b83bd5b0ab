import { describe, expect, it } from 'vitest';
import { jsonOf, runMain } from './support/inProcess.js';

/** `alternatives -f svg|html` and `pareto -f svg|html`: pictures for slides and one page for a browser. */
const FILE = 'scenarios/telecom.yaml';

/** Widths of the parts of each 100 % bar, by row (its y). */
function bars(svg: string): number[][] {
  const rows = new Map<string, number[]>();
  for (const m of svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="18"/g))
    rows.set(m[1] ?? '', [...(rows.get(m[1] ?? '') ?? []), Number(m[2])]);
  return [...rows.values()];
}

describe('option pictures', () => {
  it('alternatives -f svg: a standalone picture, one full bar per plan, parts as wide as its shares', async () => {
    const r = await runMain(['alternatives', FILE, '--slack', '5%', '-f', 'svg']);
    expect(r.code).toBe(0);
    const doc = (await jsonOf(['alternatives', FILE, '--slack', '5%', '-f', 'json'])) as {
      optimum: { shares: Record<string, number> };
      alternatives: { shares: Record<string, number> }[];
    };
    expect(r.stdout).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="[\d.]+" viewBox="0 0 640 [\d.]+"/,
    );
    expect(r.stdout).toContain("font-family=\"Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif\"");
    const rows = bars(r.stdout);
    const plans = [doc.optimum, ...doc.alternatives];
    expect(rows).toHaveLength(plans.length);
    rows.forEach((row, k) => {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(360, 0);
      const shares = Object.values(plans[k]?.shares ?? {}).sort((a, b) => a - b);
      [...row].sort((a, b) => a - b).forEach((w, i) => expect(w / 360).toBeCloseTo(shares[i] ?? NaN, 2));
    });
  });

  it('pareto and alternatives -f html: one page with its pictures and table, asking for nothing', async () => {
    const p = await runMain(['pareto', FILE, '--objectives', 'cost,home-share', '-f', 'html', '--locale', 'fr']);
    expect(p.code).toBe(0);
    const a = await runMain(['alternatives', FILE, '--slack', '5%', '-f', 'html']);
    expect(a.code).toBe(0);
    for (const [page, svgs] of [
      [p.stdout, 2],
      [a.stdout, 1],
    ] as const) {
      expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
      expect(page.match(/<svg /g)?.length).toBe(svgs);
      expect(page).not.toMatch(/<script|<img|<link|url\(/);
      expect(page).toContain('<table>');
    }
    expect(p.stdout).toContain('Coût selon part onshore');
  });
});

describe('progress on a terminal', () => {
  it('pareto counts its points and alternatives its alternatives, ending full; the status line is cleared', async () => {
    for (const [argv, unit] of [
      [['pareto', FILE, '--objectives', 'cost,home-share', '-f', 'json'], 'points'],
      [['alternatives', FILE, '--slack', '5%', '-f', 'json'], 'alternatives'],
    ] as const) {
      const calls: [number, number, string | undefined][] = [];
      const status: string[] = [];
      const r = await runMain(argv, {
        progress: (d, t, u) => calls.push([d, t, u]),
        status: (t) => status.push(t),
      });
      expect(r.code).toBe(0);
      expect(calls.length).toBeGreaterThanOrEqual(2);
      expect(calls.every(([, , u]) => u === unit)).toBe(true);
      const [done, total] = calls[calls.length - 1] ?? [0, 1];
      expect(done).toBe(total);
      for (let k = 1; k < calls.length; k++) expect(calls[k]?.[0]).toBeGreaterThanOrEqual(calls[k - 1]?.[0] ?? 0);
      expect(status[status.length - 1]).toBe('');
    }
  });
});

describe('pareto -f svg geometry', () => {
  it('each point where its value and cost put it: across by the objective, up by the cost, on one linear scale', async () => {
    const svg = (await runMain(['pareto', FILE, '--objectives', 'cost,quality', '-f', 'svg'])).stdout;
    const front = (await jsonOf(['pareto', FILE, '--objectives', 'cost,quality', '-f', 'json'])) as {
      points: { value: number; total_cost: number }[];
    };
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(front.points.length).toBeGreaterThanOrEqual(3);
    expect(dots).toHaveLength(front.points.length);
    const [first, last] = [front.points[0], front.points[front.points.length - 1]];
    const [d0, d1] = [dots[0], dots[dots.length - 1]];
    if (!first || !last || !d0 || !d1) throw new Error('a front of at least one point');
    front.points.forEach((p, k) => {
      const [cx = NaN, cy = NaN] = dots[k] ?? [];
      if (last.value !== first.value)
        expect((cx - (d0[0] ?? 0)) / ((d1[0] ?? 0) - (d0[0] ?? 0))).toBeCloseTo(
          (p.value - first.value) / (last.value - first.value),
          2,
        );
      if (last.total_cost !== first.total_cost)
        expect((cy - (d0[1] ?? 0)) / ((d1[1] ?? 0) - (d0[1] ?? 0))).toBeCloseTo(
          (p.total_cost - first.total_cost) / (last.total_cost - first.total_cost),
          2,
        );
    });
    // Dearer is higher on the page (a smaller y).
    if (last.total_cost > first.total_cost) expect(d1[1] ?? 0).toBeLessThan(d0[1] ?? 0);
  });
});
