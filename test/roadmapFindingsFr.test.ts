import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { roadmapFindingFr } from '../src/report/i18n/roadmapFindings.fr.js';
import { runMain, scratch } from './support/inProcess.js';

const NB = '\u00a0';
const SMALL = 'test/fixtures/roadmap/small.yaml';

/** A roadmap with no solution says why in French under --locale fr (JSON keeps the English findings). */
describe('roadmap findings in French', () => {
  it('each finding diagnose.ts writes, rewritten', () => {
    expect(roadmapFindingFr('too few trained agents in 2 months (2027-03, 2027-04): work would go unserved')).toBe(
      `trop peu d'agents formés sur 2${NB}mois (2027-03, 2027-04)${NB}: du travail resterait sans agent`,
    );
    expect(roadmapFindingFr('2027-03: care is 1,234.5 h short in RO (8.3 FTE)')).toBe(
      `2027-03${NB}: il manque 1${NB}234,5${NB}h pour care en RO (8,3${NB}ETP)`,
    );
    expect(
      roadmapFindingFr(
        'RO: 0.0 FTE today; first new agents in month 2 (lead_months: 1); at most 15.0 new agents a month (hiring_per_month): see horizon.countries.RO',
      ),
    ).toBe(
      `RO${NB}: 0,0${NB}ETP aujourd'hui${NB}; premiers nouveaux agents au mois 2 (lead_months${NB}: 1)${NB}; au plus 15,0 nouveaux agents par mois (hiring_per_month)${NB}: voir horizon.countries.RO`,
    );
    expect(roadmapFindingFr('something new')).toBe('something new');
  });

  it('the table of a roadmap short of agents has no English finding left', async () => {
    const dir = scratch('roadmap-fr-');
    const file = dir.write(
      'short.yaml',
      readFileSync(SMALL, 'utf8').replace('    data: none', '    data: none\n    max_share: 0.7'),
    );
    const r = await runMain(['roadmap', file, '--locale', 'fr']);
    expect(r.code).toBe(1);
    const findings = r.stdout.split('\n').filter((l) => l.startsWith('- '));
    expect(findings.length).toBeGreaterThan(2);
    expect(findings[0]).toMatch(/^- trop peu d'agents formés sur \d+\u00a0mois \(2027-03/);
    for (const f of findings) expect(f).not.toMatch(/ short in | FTE today|too few|work would go/);
    const json = await runMain(['roadmap', file, '--locale', 'fr', '--format', 'json']);
    expect(json.stdout).toContain('too few trained agents');
    // The workbook's findings sheet (Constats) in French too.
    const out = join(dir.dir, 'short.xlsx');
    expect((await runMain(['roadmap', file, '--locale', 'fr', '-f', 'xlsx', '-o', out])).code).toBe(1);
    const sheets = (await readExcelFile(readFileSync(out))) as { sheet: string; data: unknown[][] }[];
    const cells =
      sheets
        .find((x) => x.sheet === 'Constats')
        ?.data.slice(1)
        .map((r) => String(r[0])) ?? [];
    expect(cells[0]).toMatch(/^trop peu d'agents formés/);
    expect(cells.length).toBe(findings.length);
  });
});
