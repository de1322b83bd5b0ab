/**
 * Fixed-decimal number text for people, in English (1,234.50) or French (1 234,50 with a
 * narrow no-break space), the same characters as Intl.NumberFormat('en-GB' | 'fr-FR') gives
 * (a test holds them equal). Written out because the first Intl formatter of a process loads
 * ICU data, ~20 ms: a third of the start-up budget of `bestshore plan`.
 */
export type NumberStyle = 'en' | 'fr';

const MARKS: Record<NumberStyle, { readonly group: string; readonly point: string }> = {
  en: { group: ',', point: '.' },
  fr: { group: '\u202f', point: ',' },
};

export function formatNumber(n: number, decimals: number, style: NumberStyle = 'en'): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '-∞' : 'NaN';
  const [whole, fraction] = roundHalfUp(Math.abs(n), decimals);
  const { group, point } = MARKS[style];
  let grouped = whole;
  for (let i = whole.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)}${group}${grouped.slice(i)}`;
  // Intl keeps the sign of a negative number that rounds to zero (-0.00), but not of -0 itself.
  const sign = n < 0 ? '-' : '';
  return decimals === 0 ? `${sign}${grouped}` : `${sign}${grouped}${point}${fraction}`;
}

/**
 * Rounds the shortest decimal text of `abs` (the digits JavaScript prints, as ICU reads them:
 * 1.005 is "1.005", so it rounds to 1.01) half away from zero, to `decimals` places.
 */
function roundHalfUp(abs: number, decimals: number): [whole: string, fraction: string] {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const dot = mantissa.indexOf('.');
  let digits = mantissa.replace('.', '');
  let point = (dot === -1 ? mantissa.length : dot) + Number(exponent); // digits before the point
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point + decimals + 1, '0');
  let kept = digits.slice(0, point + decimals);
  if (digits.charCodeAt(point + decimals) >= 53 /* '5' */) {
    kept = increment(kept);
    if (kept.length > point + decimals) point += 1;
  }
  const whole = kept.slice(0, point).replace(/^0+(?=\d)/, '');
  return [whole, kept.slice(point)];
}

/** "0999" → "1000", "99" → "100": adds one to a string of decimal digits. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
}
