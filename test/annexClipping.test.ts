/**
 * Nothing of the HTML annex is clipped or stranded, measured in headless Chromium with the fonts
 * this machine has (bounding boxes, not a screenshot diff): bar-chart labels inside their SVG,
 * no caption line starting with a lone ";" or ",", no table cell whose text overflows it. Both
 * editions, both languages, with and without a bid. Skipped where Chromium is not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser } from './annexChromium.js';
import { runMain } from './support/inProcess.js';

const available = hasChromium();
/** One browser for every case of this file. */
const browser = available ? openBrowser() : undefined;
afterAll(() => browser?.close());
const tmp = mkdtempSync(join(tmpdir(), 'bestshore-annex-clip-'));

/** Run in the page: every clipped or stranded piece of text, described. */
const PROBE = `(() => {
  const out = [];
  let texts = 0, seps = 0;
  for (const svg of document.querySelectorAll('.charts svg')) {
    const box = svg.viewBox.baseVal;
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBBox(); texts++;
      if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) out.push('chart text clipped: ' + t.textContent + ' [' + Math.round(b.x) + ', ' + Math.round(b.x + b.width) + '] of ' + box.width);
    }
  }
  for (const el of document.querySelectorAll('figcaption, td, li, p')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (let i = 0; i < n.textContent.length; i++) chars.push([n, i]);
    let prevTop;
    for (const [n, i] of chars) {
      const ch = n.textContent[i];
      if (/\\s/.test(ch)) continue;
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
      const top = r.getBoundingClientRect().top;
      if (ch === ';') seps++;
      if ((ch === ';' || ch === ',' || ch === ':') && prevTop !== undefined && top > prevTop + 2) out.push('stranded "' + ch + '" in: ' + el.textContent.slice(0, 80));
      prevTop = top;
    }
  }
  for (const td of document.querySelectorAll('td, th')) if (td.scrollWidth > td.clientWidth + 1) out.push('cell overflows: ' + td.textContent);
  return { out, texts, seps };
})()`;

const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['scenarios/telecom.yaml', ['--lang', 'fr']],
  ['scenarios/tourism.yaml', ['--lang', 'fr', '--edition', 'internal']],
  ['scenarios/tourism.yaml', ['--lang', 'en']],
  ['test/annex/bid.yaml', ['--lang', 'fr']],
  ['test/annex/bid.yaml', ['--lang', 'en', '--edition', 'internal']],
  ['test/annex/long-labels.yaml', ['--lang', 'fr']],
  [
    'test/fixtures/valid/esg-carbon-cap.yaml',
    ['--lang', 'fr', '--edition', 'internal', '--set', 'esg.carbon_price=100', '--set', 'esg.telework={FR: 0.4}'],
  ],
  // The transition section: a seven-column headcount table, the transfer schedule, the business case.
  ['scenarios/roadmap/telecom-66.yaml', ['--lang', 'fr', '--edition', 'internal']],
];

describe('HTML annex: no text clipped or stranded (headless Chromium)', () => {
  for (const [file, args] of CASES) {
    it.skipIf(!available)(
      `${file} ${args.join(' ')}`,
      async () => {
        const out = join(tmp, `${file.replace(/\W/g, '_')}${args.join('_')}.html`);
        const run = await runMain(['annex', file, ...args, '-o', out]);
        expect(run.code, run.stderr).toBe(0);
        if (!browser) throw new Error('no browser');
        const r = await browser.inspect(out, { probe: PROBE });
        expect(r.problems).toEqual([]);
        const p = r.probe as { out: string[]; texts: number; seps: number };
        expect(p.out).toEqual([]);
        // Not vacuous: the charts' texts and the list separators were measured.
        expect(p.texts).toBeGreaterThan(4);
        expect(p.seps).toBeGreaterThan(0);
      },
      60_000,
    );
  }
});
