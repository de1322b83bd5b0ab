import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../src/cli/locale.js';
import { XLSX_LABELS_FR } from '../src/report/i18n/xlsxLabels.fr.js';
import { sheetRef } from '../src/report/xlsx/cells.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * `--format xlsx --locale fr`: French sheet names, heads and labels for a French bid team; every
 * number the English workbook holds, in the same cell; formulas that name another sheet name
 * one the workbook has. English stays as it was (xlsx.test.ts, roadmapXlsx.test.ts).
 */
const { dir } = scratch('bestshore-xlsx-fr-');
type Sheet = { readonly sheet: string; readonly data: readonly (readonly unknown[])[] };
type Book = { readonly sheets: Sheet[]; readonly parts: Record<string, string>; readonly bytes: Buffer };

const FR_ENV = { locale: localeFromEnv({ LANG: 'fr_FR.UTF-8' }) ?? 'en' } as const;
const TELECOM = 'scenarios/telecom.yaml';
const SAME = /^(#|t|P\d0|[A-Z]{3}\/h|Total( [A-Z]{3})?|sites [A-Z]{3}|countries\..*|telecom\.yaml|ma|Δ ma)$/;

async function book(argv: readonly string[], name: string, env: 'fr' | 'en' | 'lang'): Promise<Book> {
  const out = join(dir, `${name}-${env}.xlsx`);
  const locale = env === 'lang' ? [] : ['--locale', env];
  const r = await runMain([...argv, ...locale, '--format', 'xlsx', '-o', out], env === 'lang' ? FR_ENV : {});
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  const bytes = readFileSync(out);
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  return { sheets: (await readExcelFile(bytes)) as Sheet[], parts, bytes };
}

const names = (b: Book): string[] => b.sheets.map((s) => s.sheet);
const heads = (b: Book, sheet: string): unknown[] => [...(b.sheets.find((s) => s.sheet === sheet)?.data[0] ?? [])];

/** The formulas of each sheet part (xl/worksheets/sheetN.xml), XML entities decoded. */
const formulas = (b: Book): string[][] =>
  names(b).map((_, i) =>
    [...(b.parts[`xl/worksheets/sheet${i + 1}.xml`] ?? '').matchAll(/<f>([^<]*)<\/f>/g)].map((m) =>
      (m[1] ?? '').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
    ),
  );

/** The sheets a formula names: `Name!A1` or `'Quoted name'!A1`. */
const referenced = (f: string): string[] =>
  [...f.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/g)].map((m) => m[1]?.replaceAll("''", "'") ?? m[2] ?? '');

/** Both workbooks hold the same numbers in the same cells; text stays text (its words may differ). */
function sameFigures(en: Book, fr: Book): void {
  expect(fr.sheets.length).toBe(en.sheets.length);
  en.sheets.forEach((s, k) => {
    const other = fr.sheets[k]?.data ?? [];
    expect(other.length, s.sheet).toBe(s.data.length);
    s.data.forEach((row, r) =>
      row.forEach((v, c) => {
        const w = other[r]?.[c];
        if (typeof v === 'number' || v === null) expect(w, `${s.sheet} ${r + 1}:${c + 1}`).toBe(v);
        else expect(typeof w, `${s.sheet} ${r + 1}:${c + 1}`).toBe(typeof v);
      }),
    );
  });
}

/** Excel's rule for a sheet name, and every cross-sheet reference pointing at a sheet of the book. */
function soundNames(fr: Book): void {
  for (const n of names(fr)) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  const all = new Set(names(fr));
  for (const f of formulas(fr).flat()) for (const s of referenced(f)) expect(all, f).toContain(s);
}

/** The French formulas are the English ones, each sheet name translated. */
function sameFormulas(en: Book, fr: Book): void {
  const rename = (f: string): string =>
    names(en).reduce(
      (t, n, i) => t.replaceAll(`${n}!`, `${/^\w+$/.test(names(fr)[i] ?? '') ? names(fr)[i] : `'${names(fr)[i]}'`}!`),
      f,
    );
  expect(formulas(fr)).toEqual(formulas(en).map((fs) => fs.map(rename)));
}

describe('--format xlsx --locale fr', () => {
  it('plan: French sheets and heads, the summary pointing at Répartition, the figures the English holds', async () => {
    const argv = ['plan', 'scenarios/energy.yaml'];
    const [en, fr] = [await book(argv, 'energy', 'en'), await book(argv, 'energy', 'fr')];
    expect(names(en)).toEqual(['Summary', 'Allocation', 'Countries', 'Activities', 'Schedule', 'Queues']);
    expect(names(fr)).toEqual(['Synthèse', 'Répartition', 'Pays', 'Activités', 'Planning', 'Files']);
    expect(heads(fr, 'Répartition')).toEqual([
      'Activité',
      'Pays',
      'Heures',
      'ETP',
      'Coût EUR',
      'dont majorations EUR',
      'Qualité',
      'Base légale',
    ]);
    expect(heads(fr, 'Files').slice(0, 5)).toEqual([
      'Activité',
      'Pays',
      'Contacts par mois',
      'DMT s',
      'Agents en pointe',
    ]);
    // The Summary's totals name the allocation sheet, quoted since its name has an accent.
    expect(formulas(fr)[0]).toContain(`'Répartition'!E${fr.sheets[1]?.data.length ?? 0}`);
    const summary = Object.fromEntries((fr.sheets[0]?.data ?? []).map((r) => [String(r[0]), r[1]]));
    expect(summary['Coût total EUR']).toBe(fr.sheets[1]?.data.at(-1)?.[4]);
    expect(summary['Période']).toBe('mois');
    // The week's days as the French table writes them.
    const days = fr.sheets[4]?.data.slice(1, -1).map((r) => String(r[3])) ?? [];
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((d) => !['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'].includes(d))).toEqual([]);
    sameFigures(en, fr);
    sameFormulas(en, fr);
    soundNames(fr);
  });

  it('plan: LANG=fr_FR.UTF-8 alone gives the same French workbook', async () => {
    const argv = ['plan', TELECOM];
    const [fr, lang] = [await book(argv, 'telecom', 'fr'), await book(argv, 'telecom', 'lang')];
    expect(lang.bytes.equals(fr.bytes)).toBe(true);
    expect(names(lang)[0]).toBe('Synthèse');
  });

  it.each([
    ['opening hours', ['plan', 'scenarios/tourism.yaml'], ['Synthèse', 'Répartition', 'Pays', 'Activités', 'Planning']],
    [
      'ESG',
      ['plan', 'test/fixtures/valid/esg-carbon-cap.yaml'],
      ['Synthèse', 'Répartition', 'Pays', 'Activités', 'RSE'],
    ],
    ['no plan', ['plan', 'test/fixtures/infeasible/capacity-overall.yaml'], ['Diagnostic']],
    ['explain', ['explain', TELECOM], ['Coût des règles', 'Valeurs marginales', 'Choix des pays']],
    [
      'explain, no plan',
      ['explain', 'test/fixtures/infeasible/capacity-overall.yaml'],
      ['Conflit', 'Solutions', 'Diagnostic'],
    ],
    ['compare', ['compare', TELECOM, '--variant', 'ma=countries.MA.cost_per_hour=19'], ['Comparaison']],
    [
      'sweep',
      ['sweep', TELECOM, '--spread', 'countries.MA.cost_per_hour=±10%', '--samples', '4'],
      ['Points', 'Bandes', 'Tornade'],
    ],
    ['roadmap', ['roadmap', 'test/fixtures/roadmap/small.yaml'], ['Synthèse', 'Mois', 'Effectifs']],
  ])('%s: French sheet names, the English figures cell for cell', async (name, argv, expected) => {
    const [en, fr] = [await book(argv, name, 'en'), await book(argv, name, 'fr')];
    expect(names(fr).slice(0, expected.length)).toEqual(expected);
    // Every head translated: none left as the English workbook writes it, but for the words
    // French spells the same, codes (#, t, P10, EUR/h) and what the user named (paths, variants).
    fr.sheets.forEach((s, k) => {
      const english = en.sheets[k]?.data[0] ?? [];
      const kept = s.data[0]?.filter((h, i) => typeof h === 'string' && h === english[i] && !SAME.test(h));
      expect(kept, s.sheet).toEqual([]);
    });
    sameFigures(en, fr);
    sameFormulas(en, fr);
    soundNames(fr);
  });

  it('every label is translated, but for the words French spells the same', () => {
    const same = Object.entries(XLSX_LABELS_FR).filter(([en, fr]) => en === fr);
    expect(same.map(([en]) => en)).toEqual(['Points', 'Plan', 'Total', 'Contacts', 'Agents', 'tCO2e', 'plan']);
  });

  it('explain: a way out names its change, a country choice its status, in French', async () => {
    const infeasible = await book(['explain', 'test/fixtures/infeasible/capacity-overall.yaml'], 'ways', 'fr');
    const changes = infeasible.sheets[1]?.data.slice(1).map((r) => r[1]) ?? [];
    expect(changes.length).toBeGreaterThan(0);
    expect(
      changes.filter((c) => !['assouplir', 'lever', 'autoriser le pays', 'signer des CCT'].includes(String(c))),
    ).toEqual([]);
    const choices = (await book(['explain', TELECOM], 'choices', 'fr')).sheets[2]?.data.slice(1).map((r) => r[2]) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.filter((c) => !['retenu', 'non retenu', 'exclu', 'fermé'].includes(String(c)))).toEqual([]);
  });

  it('a formula names a sheet bare when Excel reads it so, else quoted with its quotes doubled', () => {
    expect(['Allocation', 'Répartition', 'Rule costs', "Pays d'origine"].map(sheetRef)).toEqual([
      'Allocation',
      "'Répartition'",
      "'Rule costs'",
      "'Pays d''origine'",
    ]);
  });
});
