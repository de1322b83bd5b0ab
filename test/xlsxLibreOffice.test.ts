import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * Where LibreOffice is installed (`soffice`), it recalculates every formula of a plan's workbook
 * — its own engine, not ours — and each result must equal the value the workbook caches, which
 * is what viewers and scripts that do not recalculate read. Skipped where it is not installed.
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const { dir } = scratch('bestshore-lo-');

/** A LibreOffice profile that recalculates OOXML formulas on load (its default trusts the cached values). */
function profile(): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, 'profile')}`;
}

describe.runIf(soffice)('plan workbooks recalculated by LibreOffice', () => {
  // French too: its summary reads the allocation's total through a quoted name, ='Répartition'!E12.
  it.each(['en', 'fr'])('%s: every formula gives the cached value', { timeout: 120_000 }, async (locale) => {
    const book = join(dir, `energy-${locale}.xlsx`);
    const argv = ['plan', join(ROOT, 'scenarios/energy.yaml'), '--locale', locale, '-f', 'xlsx', '-o', book];
    expect((await runMain(argv)).code).toBe(0);
    const cached = (await readExcelFile(readFileSync(book))) as { sheet: string; data: unknown[][] }[];
    const env = profile();
    let compared = 0;
    cached.forEach((sheet, k) => {
      const out = join(dir, `${locale}-sheet${k + 1}`);
      // CSV of sheet k+1 (the last field of the filter options), numbers unformatted.
      const r = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${env}`,
          '--headless',
          '--convert-to',
          `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${k + 1}`,
          '--outdir',
          out,
          book,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const file = readdirSync(out).find((f) => f.endsWith('.csv')) ?? '';
      const rows = readFileSync(join(out, file), 'utf8')
        .split('\n')
        .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? []);
      sheet.data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v !== 'number') return;
          const text = rows[i]?.[j] ?? '';
          const recalculated = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
          expect(
            Math.abs(recalculated - v),
            `${sheet.sheet} row ${i + 1} col ${j + 1}: ${text} vs ${v}`,
          ).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
          compared++;
        }),
      );
    });
    expect(compared).toBeGreaterThan(100);
  });
});
