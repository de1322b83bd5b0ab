import { describe, expect, it } from 'vitest';
import { formatNumber, type NumberStyle } from './formatNumber.js';

const TAGS: Record<NumberStyle, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Intl is the oracle: the formatter exists only to keep ICU off the start-up path. */
function intl(n: number, decimals: number, style: NumberStyle): string {
  return new Intl.NumberFormat(TAGS[style], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

describe('formatNumber', () => {
  const edge = [
    0, 1, -1, 1e-7, 5e-7, -5e-7, 1e21, 1.5e25, 0.995, 0.5, 1.005, 2.675, 999.995, 999.9949, 1000, 1234.5, -1234.5,
    123456.785, 1e6, 12345678.9, 9.99e20, -0.001, 0.0049, 1.5, 2.5, -2.5, 0.045,
  ];

  it.each(['en', 'fr'] as const)('writes the characters Intl writes (%s), edge values', (style) => {
    for (const n of edge)
      for (const d of [0, 1, 2, 4]) expect(formatNumber(n, d, style), `${n} with ${d}`).toBe(intl(n, d, style));
  });

  it.each(['en', 'fr'] as const)('writes the characters Intl writes (%s), 20,000 random values', (style) => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 12 - 3);
      const n = (random() - 0.3) * magnitude;
      const d = i % 5;
      expect(formatNumber(n, d, style), `${n} with ${d}`).toBe(intl(n, d, style));
    }
  });

  it('groups thousands by the style', () => {
    expect(formatNumber(1234567.891, 2, 'en')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 2, 'fr')).toBe('1\u202f234\u202f567,89');
    expect(formatNumber(-0, 0)).toBe('0');
  });
});
