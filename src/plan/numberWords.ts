/** Plain number formatting for messages (diagnoses, verifier): 2,500 h, 0.89. */
// One formatter, created once (each toLocaleString call would build a new one); en-GB groups
// thousands with commas like en-US, and is the locale the reports already load.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function hoursText(n: number): string {
  return `${WHOLE.format(Math.round(n))} h`;
}

export function listText(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(' + ');
}

export function ratio(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
