import { describe, expect, it } from 'vitest';
import { hours, joinPhrases, phrase, phraseText } from './numberWords.js';

describe("phrases: words in the reader's language, hour figures in their number style", () => {
  it('keeps the template text and writes the figures at render time', () => {
    const p = phrase`${'support'} needs ${hours(2500.4)} in ${'FR'}; capacity is ${hours(12000)}`;
    expect(phraseText(p)).toBe('support needs 2,500 h in FR; capacity is 12,000 h');
    expect(phraseText(p, 'fr')).toBe('support needs 2\u202f500 h in FR; capacity is 12\u202f000 h');
  });

  it('nests phrases and joins them', () => {
    const parts = [phrase`FR 0.95 up to ${hours(1500)}`, ['RO 0.85']];
    const p = phrase`reach at most ${0.875} (${joinPhrases(parts, ', ')})`;
    expect(phraseText(p)).toBe('reach at most 0.875 (FR 0.95 up to 1,500 h, RO 0.85)');
    expect(phraseText(p, 'fr')).toBe('reach at most 0.875 (FR 0.95 up to 1\u202f500 h, RO 0.85)');
  });

  it("writes the part in the reader's language when a part holds each language", () => {
    const p = phrase`${'RO'}: ${[{ en: phrase`needs ${hours(2500)}`, fr: phrase`demande ${hours(2500)}` }]}.`;
    expect(phraseText(p)).toBe('RO: needs 2,500 h.');
    expect(phraseText(p, 'fr')).toBe('RO: demande 2\u202f500 h.');
  });
});
