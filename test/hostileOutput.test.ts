import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, runMain, scratch } from './support/inProcess.js';

/**
 * Names, keys, file names and variant names are the user's text, and may be anyone's: escape
 * sequences must not reach the terminal, no tag or link may come out of the Markdown reports,
 * and the XML documents (DOCX annex, JUnit) stay well formed whatever they quote.
 */
const tmp = scratch('bestshore-hostile-out-');

// YAML double-quoted escapes: \e ESC, \a BEL, \r CR, \0 NUL.
const TERMINAL_SCENARIO = `name: "Evil \\e[2J\\e]0;pwned\\a co\\r\\0"
currency: "EUR\\e[31m"
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
activities:
  "sales\\e[1A\\e[2K": { language: fr, hours: 1000, min_quality: 0.88 }
  "care\\u202eevil": { language: fr, hours: 500 }
`;

const MARKDOWN_SCENARIO = `name: "[click](javascript:alert(1)) <script>alert(1)</script>"
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
activities:
  "<script>alert(1)</script>": { language: fr, hours: 1000, min_quality: 0.88 }
  "<img src=x onerror=alert(1)>": { language: fr, hours: 600 }
  "two\\nlines | and a pipe": { language: fr, hours: 400 }
  "[link](javascript:alert(2))": { language: fr, hours: 300 }
`;

/** Whether `pattern` occurs not escaped: not preceded by an odd number of backslashes. */
const unescaped = (md: string, pattern: RegExp): boolean =>
  [...md.matchAll(new RegExp(pattern.source, 'gi'))].some(
    (m) => (/\\*$/.exec(md.slice(0, m.index)) ?? [''])[0].length % 2 === 0,
  );

/** No markup from the scenario: no tag, no link or image to a script, every table row whole. */
function expectInertMarkdown(md: string): void {
  expect(unescaped(md, /<(script|img|\/script)/)).toBe(false);
  expect(unescaped(md, /\]\(javascript:/)).toBe(false);
  expect(md).toMatch(/\\<(script|img)/);
  const lines = md.split('\n');
  // Each table: its rows have as many cell borders (unescaped pipes) as its header.
  lines.forEach((line, i) => {
    if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) return;
    const borders = (l: string): number => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    for (let j = i; lines[j]?.startsWith('|'); j++) expect(borders(lines[j] ?? ''), lines[j]).toBe(borders(line));
  });
}

describe('terminal and log injection: control characters never reach the terminal raw', () => {
  const file = tmp.write('evil.yaml', TERMINAL_SCENARIO);

  it('plan (table): names, ids and the currency are shown with visible escapes', async () => {
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('Evil \\x1b[2J\\x1b]0;pwned\\x07 co\\x0d\\x00');
    expect(r.stdout).toContain('sales\\x1b[1A\\x1b[2K');
    expect(r.stdout).toContain('care\\u202eevil');
  });

  it('explain, compare and sweep (tables), and the csv plan', async () => {
    for (const argv of [
      ['explain', file],
      ['compare', file, '--variant', 'v\u001b[2J=countries.RO.cost_per_hour=21'],
      ['sweep', file, '--vary', 'countries.RO.cost_per_hour=19..21:3'],
      ['plan', file, '-f', 'csv'],
      ['alternatives', file, '--slack', '30%'],
      ['alternatives', file, '--slack', '30%', '-f', 'csv'],
    ]) {
      const r = await runMain(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      // The CSV's own line ends are CRLF.
      expect(r.stdout.replace(/\r\n/g, '\n'), argv.join(' ')).not.toMatch(RAW_CONTROL);
      expect(r.stdout, argv.join(' ')).toContain('\\x1b');
    }
  });

  it('diagnostics on stderr: a key with escape sequences, in a file whose name has some', async () => {
    const bad = tmp.write(
      'bad\u001b]0;title\u0007.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, "cap\\e[2Kacity": 1 }\nactivities:\n  a: { language: fr, hours: 10 }\n',
    );
    const r = await runMain(['plan', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain(
      'bad\\x1b]0;title\\x07.yaml:3:52 countries.FR.cap\\x1b[2Kacity: unknown key "cap\\x1b[2Kacity"',
    );
    const v = await runMain(['validate', bad, file]);
    expect(`${v.stdout}${v.stderr}`).not.toMatch(RAW_CONTROL);
  });

  it('check prints file names from the folder it searches, and their errors, escaped', async () => {
    const dir = scratch('bestshore-hostile-check-');
    dir.write('a\u001b[2J.yaml', 'name: x\n');
    const r = await runMain(['check', dir.dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('INVALID ');
    expect(r.stdout).toContain('a\\x1b[2J.yaml');
  });
});

describe('Markdown reports: no tag, link or broken table from a name', () => {
  const file = tmp.write('markdown.yaml', MARKDOWN_SCENARIO);

  it.each([['plan'], ['explain'], ['compare']])('%s -f md', async (command) => {
    const argv =
      command === 'compare'
        ? [command, file, '--variant', '<b>v</b>=countries.RO.cost_per_hour=21', '-f', 'md']
        : [command, file, '-f', 'md'];
    const r = await runMain(argv);
    expect(r.code).toBe(0);
    expectInertMarkdown(r.stdout);
    expect(r.stdout).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('alternatives -f md, and the pareto SVG: no tag from a name', async () => {
    const md = await runMain(['alternatives', file, '--slack', '30%', '-f', 'md']);
    expect(md.code).toBe(0);
    expectInertMarkdown(md.stdout);
    const svg = await runMain(['pareto', file, '--objectives', 'cost,home-share', '-f', 'svg']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).not.toMatch(/<script|<img/i);
    expect(svg.stdout).toContain('&lt;script&gt;');
    for (const format of ['svg', 'html']) {
      const alt = await runMain(['alternatives', file, '--slack', '30%', '-f', format]);
      expect(alt.code).toBe(0);
      expect(alt.stdout).not.toMatch(/<script|<img/i);
      expect(alt.stdout).toContain('&lt;script&gt;');
    }
    const sweep = await runMain([
      'sweep',
      file,
      '--vary',
      'activities.<script>alert(1)</script>.hours=900..1100:3',
      '-f',
      'svg',
    ]);
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).not.toMatch(/<script|<img/i);
    expect(sweep.stdout).toContain('&lt;script&gt;');
  });

  it('annex -f md (the escaping the plan reports now share)', async () => {
    const r = await runMain(['annex', file, '-f', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    expectInertMarkdown(r.stdout);
  });

  it('plan -f md of a scenario with no plan: the finding and its location', async () => {
    const infeasible = tmp.write(
      'no-plan.yaml',
      `${MARKDOWN_SCENARIO}  "\`x\` <b>": { language: fr, hours: 100, countries: [FR], data: health, min_quality: 0.95 }\n`,
    );
    const r = await runMain(['plan', infeasible, '-f', 'md']);
    expect(r.code).toBe(1);
    expectInertMarkdown(r.stdout);
  });
});

describe('XML documents stay well formed: U+FFFE, U+FFFF and controls in names', () => {
  // Characters XML 1.0 cannot carry: a parser rejects the document.
  // eslint-disable-next-line no-control-regex
  const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
  const scenario = `name: "Nonchar \\uFFFE\\uFFFF & <co>"
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
activities:
  "act\\uFFFF\\e": { language: fr, hours: 100 }
expect: { status: optimal, total_cost: 1 }
`;

  it('annex -f docx: every part of the zip', async () => {
    const file = tmp.write('nonchar.yaml', scenario);
    const out = join(tmp.dir, 'annex.docx');
    const r = await runMain(['annex', file, '-f', 'docx', '-o', out]);
    expect(r.code).toBe(0);
    const parts = unzipSync(readFileSync(out));
    for (const [name, bytes] of Object.entries(parts)) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(strFromU8(bytes), name).not.toMatch(XML_ILLEGAL);
    }
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('act\\uffff\\x1b');
  });

  it('annex -f html: no tag from a name, no character HTML cannot carry', async () => {
    const file = tmp.write('nonchar-html.yaml', scenario.replace('act\\uFFFF', '<script>act\\uFFFF'));
    const r = await runMain(['annex', file, '-f', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(XML_ILLEGAL);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('&lt;script&gt;act\\uffff\\x1b');
  });

  it('check --junit: file names and messages', async () => {
    const dir = scratch('bestshore-hostile-junit-');
    dir.write('differs\uffff.yaml', scenario);
    const junit = join(dir.dir, 'junit.xml');
    const r = await runMain(['check', dir.dir, '--junit', junit]);
    expect(r.code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).not.toMatch(XML_ILLEGAL);
    expect(xml).toContain('differs\\uffff.yaml');
  });
});

describe('a newline in a name cannot forge a line of the terminal or the log', () => {
  it('plan (table) and annex (stderr) of a scenario with no plan: each finding keeps its two lines', async () => {
    const file = tmp.write(
      'forge.yaml',
      `name: "forge"
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, capacity_hours: 10 }
activities:
  "a\\nbestshore: all good, exit 0": { language: fr, hours: 100, data: health }
`,
    );
    const plan = await runMain(['plan', file]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).not.toMatch(/^bestshore: all good/m);
    expect(plan.stdout).toContain('a\\x0abestshore: all good, exit 0');
    const annex = await runMain(['annex', file]);
    expect(annex.code).toBe(1);
    expect(annex.stderr).not.toMatch(/^bestshore: all good/m);
  });
});
