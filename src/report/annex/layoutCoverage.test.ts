import { describe, expect, it } from 'vitest';
import { countryColour, PALETTE } from './layoutCoverage.js';

describe('countryColour', () => {
  it('keeps the palette for the first 8 countries, then gives every further country its own lighter colour', () => {
    expect(Array.from({ length: 8 }, (_, i) => countryColour(i))).toEqual([...PALETTE]);
    const colours = Array.from({ length: 24 }, (_, i) => countryColour(i));
    expect(new Set(colours).size).toBe(24);
    expect(colours.every((c) => /^[0-9A-F]{6}$/.test(c))).toBe(true);
    // The 9th is the annex blue halfway to white: 1F4E79 → 8FA7BC.
    expect(countryColour(8)).toBe('8FA7BC');
  });
});
