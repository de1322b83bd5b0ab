import { UsageError } from '../../errors.js';

/** Most slack `alternatives` takes: a plan at twice the optimum's cost is no longer an alternative to it. */
export const MAX_SLACK = 1;

/** `--slack 2%` or `--slack 0.02`: a fraction in (0, 1]. */
export function parseSlack(text: string, flag = '--slack'): number {
  const t = text.trim();
  const pct = t.endsWith('%');
  const n = Number(pct ? t.slice(0, -1) : t);
  const v = pct ? n / 100 : n;
  if (!Number.isFinite(v) || v <= 0 || v > MAX_SLACK || t === '' || t === '%') {
    throw new UsageError(
      `${flag}: expected a share of the optimum's cost above 0 and at most 100%, e.g. 2% or 0.02, got "${text}"`,
    );
  }
  return v;
}

/** A whole number in [1, max]. */
export function parseCount(text: string, flag: string, max: number): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag}: expected a whole number from 1 to ${max}, got "${text}"`);
  return n;
}
