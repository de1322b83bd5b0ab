import { describe, expect, it } from 'vitest';
import { parseYaml } from './parseYaml.js';

/** The problems of a YAML text as `file:line:col message`. */
const problems = (text: string): string[] => {
  const r = parseYaml('s.yaml', text);
  return r.ok ? [] : r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
};

describe('an unclosed quote or bracket: plain words where it was opened', () => {
  it('a quote left open: the line and column of the opening quote, not the end of the file', () => {
    expect(problems('name: "Telecom\ncountries:\n  FR: { cost_per_hour: 30 }\n')).toEqual([
      '1:7 this quoted text has no closing ": close it on this line ("…"), or remove the opening "',
    ]);
    // An apostrophe inside plain text is no quote; the single-quoted text on line 2 is.
    expect(problems("label: it's fine\nname: 'x\n")).toEqual([
      "2:7 this quoted text has no closing ': close it on this line ('…'), or remove the opening '",
    ]);
  });

  it('a { } or [ ] left open: the bracket that is not closed, not the next key', () => {
    // Line 3's first { (column 7) is the one left open; its inner { } closes.
    const map =
      'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 }\nactivities:\n  a: { language: fr }\n';
    expect(problems(map)).toEqual([
      '3:7 this { is not closed: end it with } on this line, or indent the lines it goes on to deeper than its key',
    ]);
    expect(problems('name: x\ncountries: [FR, RO\nactivities: 3\n')).toEqual([
      '2:12 this [ is not closed: end it with ] on this line, or indent the lines it goes on to deeper than its key',
    ]);
  });

  it('a key without its colon is never a file without a message', () => {
    expect(problems('name: x\ncountries\n  FR: { cost_per_hour: 30 }\n')).toEqual([
      '2:1 expected "key: value" on this line (a key, a colon, a space, then the value)',
    ]);
    expect(problems('name: x\n- a\n')).toEqual([
      '2:1 expected "key: value" on this line (a key, a colon, a space, then the value)',
    ]);
  });
});
