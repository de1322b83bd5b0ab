/** Plain number formatting for messages (diagnoses, verifier): 2,500 h, 0.89. */
import { formatNumber } from '../text/formatNumber.js';

export function hoursText(n: number): string {
  return `${formatNumber(Math.round(n), 0)} h`;
}

export function listText(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(' + ');
}

export function ratio(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
