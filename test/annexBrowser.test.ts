/**
 * The HTML annex as a person opens it: headless Chromium loads the file, and we check that it
 * makes no request, logs no error, shows the expected headings and prints on A4.
 * Skipped (with a note) where Chromium is not installed: `apt-get install -y chromium`,
 * or point CHROMIUM at a binary. ANNEX_SCREENSHOT=file.png also saves what the page looks like.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, openBrowser, type InspectOptions, type PageReport } from './annexChromium.js';
import { runMain } from './support/inProcess.js';

const available = hasChromium();
if (!available)
  console.warn(
    `[annex browser test] skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM=/path/to/chromium)`,
  );

const tmp = mkdtempSync(join(tmpdir(), 'bestshore-annex-browser-'));
/** One browser for every page of this file. */
const browser = available ? openBrowser() : undefined;
afterAll(() => browser?.close());
const inspectPage = (file: string, opts?: InspectOptions): Promise<PageReport> => {
  if (!browser) throw new Error('no browser');
  return browser.inspect(file, opts);
};

describe('HTML annex in headless Chromium', () => {
  it.skipIf(!available)('the harness sees requests and console errors (control page)', async () => {
    const page = join(tmp, 'control.html');
    writeFileSync(
      page,
      '<!DOCTYPE html><html><head><title>x</title></head><body><img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script></body></html>',
    );
    const r = await inspectPage(page);
    expect(r.requests).toContain('http://127.0.0.1:9/x.png');
    expect(r.problems.join('\n')).toContain('boom');
  });

  it.skipIf(!available)(
    'the French client annex of scenarios/telecom.yaml loads cleanly, reads right and prints on A4',
    async () => {
      const out = join(tmp, 'telecom-fr.html');
      const run = await runMain(['annex', 'scenarios/telecom.yaml', '--lang', 'fr', '--format', 'html', '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const shotEnv = process.env['ANNEX_SCREENSHOT'];
      const r = await inspectPage(out, shotEnv ? { screenshot: { width: 900, height: 2800 } } : {});
      if (shotEnv && r.screenshot) writeFileSync(shotEnv, r.screenshot);
      expect(r.requests).toEqual([]);
      expect(r.problems).toEqual([]);
      expect(r.title).toBe('Annexe financière et organisationnelle — Telecom operator — bestshore 2027');
      expect(r.headings).toEqual([
        'Annexe financière et organisationnelle',
        '1. Synthèse',
        '2. Répartition par activité et par pays',
        '3. Sites et effectifs par pays',
        '4. Protection des données',
        '5. Hypothèses',
      ]);
      // @page { size: A4 }: 210 × 297 mm = 595.28 × 841.89 pt; a few pages, not one per table.
      expect(r.pageSize[0]).toBeCloseTo(595.28, 0);
      expect(r.pageSize[1]).toBeCloseTo(841.89, 0);
      expect(r.printedPages).toBeGreaterThanOrEqual(2);
      expect(r.printedPages).toBeLessThanOrEqual(5);
    },
  );

  it.skipIf(!available)(
    'the French internal annex of scenarios/tourism.yaml (opening hours) shows its heat-maps, reads right and prints on A4',
    async () => {
      const out = join(tmp, 'tourism-fr.html');
      const run = await runMain([
        'annex',
        'scenarios/tourism.yaml',
        '--lang',
        'fr',
        '--edition',
        'internal',
        '--format',
        'html',
        '-o',
        out,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const shotEnv = process.env['ANNEX_SCREENSHOT'];
      // What the reader sees of the heat-maps: their size, where they sit, rects drawn, table cells not overflowing.
      const probe = `(() => {
      const maps = [...document.querySelectorAll('#coverage .heatmaps svg')].map((s) => s.getBoundingClientRect());
      const cells = [...document.querySelectorAll('#coverage td')];
      return {
        maps: maps.map((b) => [Math.round(b.width), Math.round(b.height), Math.round(b.bottom)]),
        hours: document.querySelectorAll('#coverage rect.hour').length,
        legend: document.querySelector('#coverage .legend')?.textContent ?? '',
        overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      };
    })()`;
      const r = await inspectPage(out, { probe, ...(shotEnv ? { screenshot: { width: 900, height: 5200 } } : {}) });
      if (shotEnv && r.screenshot) writeFileSync(shotEnv.replace(/(\.png)?$/, '-tourism.png'), r.screenshot);
      expect(r.requests).toEqual([]);
      expect(r.problems).toEqual([]);
      expect(r.headings).toEqual([
        'Annexe financière et organisationnelle',
        '1. Synthèse',
        '2. Répartition par activité et par pays',
        '3. Sites et effectifs par pays',
        '4. Couverture horaire',
        '5. Protection des données',
        '6. Engagements de qualité',
        '7. Hypothèses',
      ]);
      const p = r.probe as { maps: number[][]; hours: number; legend: string; overflowing: string[] };
      // Six activities with opening hours: four open 14 h a day, two round the clock.
      expect(p.maps).toHaveLength(6);
      expect(p.hours).toBe(4 * 7 * 14 + 2 * 168);
      for (const [w = 0, h = 0] of p.maps) {
        expect(w).toBeGreaterThan(180);
        expect(h).toBeGreaterThan(200);
      }
      // Three maps a row, their grids level with each other whatever their captions.
      expect(new Set(p.maps.slice(0, 3).map((m) => m[2])).size).toBe(1);
      expect(new Set(p.maps.slice(3).map((m) => m[2])).size).toBe(1);
      expect(p.legend).toContain('Roumanie');
      expect(p.legend).toContain('Suriname');
      expect(p.overflowing).toEqual([]);
      expect(r.pageSize[0]).toBeCloseTo(595.28, 0);
      expect(r.printedPages).toBeGreaterThanOrEqual(3);
      expect(r.printedPages).toBeLessThanOrEqual(8);
    },
  );
  it.skipIf(!available)(
    'the internal annex with its options section: charts drawn inside their frames, no request, prints on A4',
    async () => {
      const out = join(tmp, 'telecom-options-fr.html');
      const run = await runMain([
        'annex',
        'scenarios/telecom.yaml',
        '--edition',
        'internal',
        '--front',
        'cost,home-share',
        '--alternatives',
        '5%',
        '-o',
        out,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      // Each chart's size on the page, and its texts that leave its frame (rotated captions aside).
      const probe = `(() => [...document.querySelectorAll('#options figure svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const vb = svg.viewBox.baseVal;
        const out = [...svg.querySelectorAll('text')].filter((t) => {
          if (t.hasAttribute('transform')) return false;
          const b = t.getBBox();
          return b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5;
        }).map((t) => t.textContent);
        return { width: Math.round(box.width), height: Math.round(box.height), out, dots: svg.querySelectorAll('circle').length };
      }))()`;
      const r = await inspectPage(out, { probe });
      expect(r.requests).toEqual([]);
      expect(r.problems).toEqual([]);
      expect(r.headings).toContain('5. Options et arbitrages');
      const charts = r.probe as { width: number; height: number; out: string[]; dots: number }[];
      expect(charts).toHaveLength(3);
      for (const c of charts) {
        expect(c.width).toBeGreaterThan(400);
        expect(c.height).toBeGreaterThan(100);
        expect(c.out).toEqual([]);
      }
      expect(charts[1]?.dots).toBeGreaterThanOrEqual(3);
      expect(r.pageSize[0]).toBeCloseTo(595.28, 0);
    },
  );
});
