import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

const tmp = mkdtempSync(join(tmpdir(), 'bestshore-annex-cli-'));
const path = (name: string): string => join(tmp, name);
const write = (name: string, text: string): string => {
  writeFileSync(path(name), text);
  return path(name);
};

const INFEASIBLE = 'test/fixtures/cli/health-capacity.yaml';

describe('bestshore annex', () => {
  it('exit 0: the French HTML annex on stdout by default, nothing on stderr', async () => {
    const r = await runMain(['annex', 'scenarios/telecom.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="fr-FR">')).toBe(true);
    expect(r.stdout).toContain('<h1>Annexe financière et organisationnelle</h1>');
  });

  it('exit 0: --lang en --format md prints paste-ready English Markdown', async () => {
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '--lang', 'en', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Financial and organisational annex\n')).toBe(true);
    expect(r.stdout).toContain('## 4. Data protection');
    expect(r.stdout).toMatch(/\| \*\*Total\*\* \| {2}\| \*\*[\d,]+\*\* \| \*\*[\d.]+\*\* \| \*\*€[\d,]+\.\d\d\*\* \|/);
  });

  it('--locale is the annex language too (--lang its older name); the environment decides when neither is given', async () => {
    const md = ['annex', 'scenarios/telecom.yaml', '--format', 'md'];
    const byLang = await runMain([...md, '--lang', 'en']);
    const byLocale = await runMain([...md, '--locale', 'en']);
    expect(byLocale.code).toBe(0);
    expect(byLocale.stdout).toBe(byLang.stdout);
    expect((await runMain([...md, '--locale', 'en', '--lang', 'en'])).stdout).toBe(byLang.stdout);
    // An environment that says en (LANG=en_GB.UTF-8: io.locale) makes it English; one that names no language keeps it French.
    expect((await runMain(md, { locale: 'en' })).stdout).toBe(byLang.stdout);
    const french = await runMain(md);
    expect(french.stdout.startsWith('# Annexe financière et organisationnelle\n')).toBe(true);
    expect((await runMain(md, { locale: 'fr' })).stdout).toBe(french.stdout);
    // The option wins over the environment.
    expect((await runMain([...md, '--locale', 'fr'], { locale: 'en' })).stdout).toBe(french.stdout);
    const both = await runMain([...md, '--locale', 'fr', '--lang', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--locale fr and --lang en disagree');
  });

  it('exit 0: -o writes the file atomically (overwrites, leaves no temporary file) and prints nothing', async () => {
    const out = write('annex.html', 'old content');
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '-o', out, '--date', '2027-03-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Date\u00a0: 1er mars 2027');
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('exit 0: --format docx -o writes a Word file, byte for byte the same on a second run', async () => {
    const a = path('a.docx');
    const b = path('b.docx');
    expect((await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'docx', '-o', a])).code).toBe(0);
    expect((await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'docx', '-o', b])).code).toBe(0);
    const bytes = readFileSync(a);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.equals(readFileSync(b))).toBe(true);
  });

  it('same scenario, same HTML and Markdown bytes from run to run', async () => {
    for (const format of ['html', 'md']) {
      const first = (await runMain(['annex', 'scenarios/telecom.yaml', '--format', format])).stdout;
      expect((await runMain(['annex', 'scenarios/telecom.yaml', '--format', format])).stdout).toBe(first);
    }
  });

  it('exit 0: a scenario with opening hours (tourism) gets its coverage section, the same bytes every run', async () => {
    const md = await runMain(['annex', 'scenarios/tourism.yaml', '--format', 'md']);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## 4. Couverture horaire\n');
    expect(md.stdout).toContain('| booking-nl | 24\u00a0h/24, 7\u00a0j/7 | Lun–Dim | 00:00–24:00\u00a0: Suriname |');
    expect(md.stdout).toMatch(/Majorations de nuit et du dimanche payées\u00a0: [\d\u202f]+,\d\d\u00a0€ par mois/);
    expect(md.stdout).toContain('### Horaires et majorations');
    const html = await runMain(['annex', 'scenarios/tourism.yaml']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<section id="coverage">');
    expect((await runMain(['annex', 'scenarios/tourism.yaml'])).stdout).toBe(html.stdout);
    const a = path('tourism-a.docx');
    const b = path('tourism-b.docx');
    expect((await runMain(['annex', 'scenarios/tourism.yaml', '--format', 'docx', '-o', a])).code).toBe(0);
    expect((await runMain(['annex', 'scenarios/tourism.yaml', '--format', 'docx', '-o', b])).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('exit 1: an infeasible scenario gets its diagnosis on stderr and no annex is written', async () => {
    const f = INFEASIBLE;
    const out = path('never.html');
    const r = await runMain(['annex', f, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('health-line');
    expect(r.stderr).toMatch(/no plan satisfies the constraints; no annex was written/);
    expect(existsSync(out)).toBe(false);
    expect((await runMain(['annex', f])).stdout).toBe('');
  });

  it('exit 2: docx without -o is refused rather than written to the terminal', async () => {
    const r = await runMain(['annex', 'scenarios/telecom.yaml', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--format docx writes a binary Word file: give -o FILE.docx');
  });

  it('exit 2: bad --lang, --format, --date, a missing folder for -o, an invalid scenario', async () => {
    const cases: [string[], RegExp][] = [
      [['--lang', 'de'], /argument 'de' is invalid|Allowed choices are fr, en/],
      [['--format', 'pdf'], /Allowed choices are html, md, docx/],
      [['--date', '2027-02-30'], /--date: expected a day as YYYY-MM-DD, got "2027-02-30"/],
      [['--date', 'tomorrow'], /--date: expected a day as YYYY-MM-DD/],
      [['-o', join(tmp, 'no', 'such', 'folder', 'a.html')], /cannot write .*the folder does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(['annex', 'scenarios/telecom.yaml', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
    const bad = write(
      'bad.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: -1, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 10 }\n',
    );
    const r = await runMain(['annex', bad, '-o', path('bad.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:3:9 countries.FR.cost_per_hour`);
    expect(existsSync(path('bad.html'))).toBe(false);
  });

  it('is listed in the help with its options', async () => {
    const r = await runMain(['annex', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--lang <lang>',
      '--locale <locale>',
      '--format <format>',
      '--output <file>',
      '--date <YYYY-MM-DD>',
      '--solver <engine>',
      '--time-limit <seconds>',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });
});
