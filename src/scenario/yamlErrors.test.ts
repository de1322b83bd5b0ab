import { describe, expect, it } from 'vitest';
import { parseYaml } from './parseYaml.js';
import { frenchMessage } from './messagesFr.js';
import { YAML_FRENCH_CLAUSES } from './messagesFrYaml.js';

/** The problems of a YAML text as `line:col message`. */
const problems = (text: string): string[] => {
  const r = parseYaml('s.yaml', text);
  return r.ok ? [] : r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
};

/** Words of the YAML library that must never reach a user. */
const JARGON =
  /token|YAML stream|implicit map key|parseAllDocuments|reserved character|flow collections|escape sequence|A node can/;

const SLIPS: Record<string, string> = {
  'a stray closing brace': 'name: x\ncountries:\n  FR: { a: 1 }}\n',
  'a list item among the keys of a map': 'activities:\n  sales:\n    language: fr\n  - x\n',
  'an unknown escape in double quotes': 'name: "a\\q"\n',
  'a value starting with @': 'name: @x\n',
  'two documents': 'name: x\n---\nname: y\n',
  'two anchors on one value': 'a: &x &y 1\n',
  'a block list inside braces': 'a: { b:\n  - 1 }\n',
  'two tags on one value': 'a: !x !y 1\n',
  'a key of over 1,024 characters': `${'k'.repeat(1030)}: 1\n`,
};

describe("the YAML library's other errors, in plain words at their line", () => {
  it.each(Object.entries(SLIPS))('%s', (_, text) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p).not.toMatch(JARGON);
    // And in French, no English clause left (the file's own characters aside).
    for (const p of found) expect(frenchMessage(p)).not.toMatch(/\b(the|this|check|line|value|write)\b/);
  });

  it('names the line and says what to check', () => {
    expect(problems(SLIPS['a stray closing brace'] ?? '')).toEqual([
      '3:15 a character YAML does not expect here: check the brackets { } [ ], the quotes and the colons of this line',
    ]);
    expect(problems(SLIPS['two documents'] ?? '')[0]).toMatch(
      /^2:1 a second YAML document after "---": a scenario is one document/,
    );
    expect(problems(SLIPS['a value starting with @'] ?? '')).toEqual([
      '1:7 a value cannot start with this character (@ or `): put the value in quotes',
    ]);
  });

  it('every French wording of these rewrites a message the parser really writes', () => {
    const messages = Object.values(SLIPS).flatMap((t) => {
      const r = parseYaml('s.yaml', t);
      return r.ok ? [] : r.diagnostics.map((d) => d.message);
    });
    // The last rule is the fallback for codes no hand-written file was seen to reach.
    const unused = YAML_FRENCH_CLAUSES.slice(0, -1).filter(
      ([p]) => !messages.some((m) => new RegExp(p.source).test(m)),
    );
    expect(unused.map(([p]) => p.source)).toEqual([]);
    expect(frenchMessage('YAML cannot read this line (Some library words)')).toBe(
      'YAML ne peut pas lire cette ligne (Some library words)',
    );
  });
});
