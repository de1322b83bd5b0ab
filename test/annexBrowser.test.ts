/**
 * The HTML annex as a person opens it: headless Chromium loads the file, and we check that it
 * makes no request, logs no error, shows the expected headings and prints on A4.
 * Skipped (with a note) where Chromium is not installed: `apt-get install -y chromium`,
 * or point CHROMIUM at a binary. ANNEX_SCREENSHOT=file.png also saves what the page looks like.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, inspectPage } from './annexChromium.js';
import { runCli } from './helpers.js';

const available = hasChromium();
if (!available) console.warn(`[annex browser test] skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM=/path/to/chromium)`);

const tmp = mkdtempSync(join(tmpdir(), 'bestshore-annex-browser-'));

describe('HTML annex in headless Chromium', () => {
  it.skipIf(!available)('the harness sees requests and console errors (control page)', async () => {
    const page = join(tmp, 'control.html');
    writeFileSync(page, '<!DOCTYPE html><html><head><title>x</title></head><body><img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script></body></html>');
    const r = await inspectPage(page);
    expect(r.requests).toContain('http://127.0.0.1:9/x.png');
    expect(r.problems.join('\n')).toContain('boom');
  });

  it.skipIf(!available)('the French annex of scenarios/telecom.yaml loads cleanly, reads right and prints on A4', async () => {
    const out = join(tmp, 'telecom-fr.html');
    const run = runCli(['annex', 'scenarios/telecom.yaml', '--lang', 'fr', '--format', 'html', '-o', out]);
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
      '5. Engagements de qualité',
      '6. Hypothèses',
    ]);
    // @page { size: A4 }: 210 × 297 mm = 595.28 × 841.89 pt; a few pages, not one per table.
    expect(r.pageSize[0]).toBeCloseTo(595.28, 0);
    expect(r.pageSize[1]).toBeCloseTo(841.89, 0);
    expect(r.printedPages).toBeGreaterThanOrEqual(2);
    expect(r.printedPages).toBeLessThanOrEqual(5);
  });
});
