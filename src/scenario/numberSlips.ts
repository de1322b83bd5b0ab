import type { Diagnostic, Severity } from './diagnostic.js';
import { pathKey, type FieldPath } from './path.js';
import { writtenNumbers } from './sourceMap.js';
import type { Scenario } from './types.js';

/**
 * Numbers that are valid but almost certainly a slip, judged on the text as written:
 * - a leading zero (`0144`): octal to YAML 1.1 readers (= 100), 144 to bestshore — an error;
 * - a dot between thousands (`hours: 1.200`, French style): read as 1.2 — a warning;
 * - tiny hours, a cost per hour below 1, a handling time of a few seconds — warnings.
 * Warnings are printed with file:line:col and change nothing else (the exit code stays).
 */
const LEADING_ZERO = /^[-+]?0\d/;
const OCTAL_DIGITS = /^[-+]?0[0-7]+$/;
const THOUSANDS_DOT = /^[-+]?[1-9]\d{0,2}\.\d{3}$/;

/** Fields that count hours, money, contacts or seconds: never a fraction with three decimals. */
const AMOUNTS: ReadonlySet<string> = new Set([
  'hours',
  'capacity_hours',
  'min_hours',
  'fixed_cost',
  'cost_per_hour',
  'hours_per_fte',
  'seats',
  'volume',
  'aht',
  'asa',
  'patience',
]);
const HOURS: ReadonlySet<string> = new Set(['hours', 'capacity_hours', 'min_hours']);
/** Hours per period below this are a tenth of an FTE at most, whatever the period. */
const FEW_HOURS = 10;
/** Seconds below this are no real handling time. */
const FEW_SECONDS = 10;

type Found = { readonly path: FieldPath; readonly message: string; readonly severity: Severity };

function slip(path: FieldPath, raw: string, s: Scenario): Found | undefined {
  const key = String(path.at(-1) ?? '');
  const value = Number(raw);
  if (LEADING_ZERO.test(raw)) {
    const octal = OCTAL_DIGITS.test(raw) ? `, YAML 1.1 tools read octal ${parseInt(raw, 8)}` : '';
    return {
      path,
      severity: 'error',
      message: `${raw} has a leading zero (bestshore reads ${value}${octal}): write ${value}`,
    };
  }
  if (!AMOUNTS.has(key) || !(value > 0)) return undefined;
  if (THOUSANDS_DOT.test(raw)) {
    const whole = raw.replace('.', '');
    return {
      path,
      severity: 'warning',
      message: `${raw} is read as ${value}; if the dot separates thousands, write ${whole}`,
    };
  }
  if (HOURS.has(key) && value < FEW_HOURS) {
    return {
      path,
      severity: 'warning',
      message: `${value} hours per ${s.period} is less than ${FEW_HOURS}: check the figure (hours are per period, not per day or in thousands)`,
    };
  }
  if (key === 'cost_per_hour' && value < 1) {
    return {
      path,
      severity: 'warning',
      message: `a cost of ${value} ${s.currency} per hour is below 1: check the figure (the full cost of a productive hour, not a rate per minute or in thousands)`,
    };
  }
  if (key === 'aht' && value < FEW_SECONDS) {
    return {
      path,
      severity: 'warning',
      message: `an average handling time of ${value} s is very short: aht is in seconds (5 minutes is 300)`,
    };
  }
  return undefined;
}

/** The slips of a scenario's numbers, located where each was written (file, base or --set). */
export function numberSlips(s: Scenario): Diagnostic[] {
  return writtenNumbers(s.source).flatMap(({ path, raw, pos }) => {
    const found = slip(path, raw, s);
    return found === undefined
      ? []
      : [
          {
            file: pos.file ?? s.source.file,
            line: pos.line,
            col: pos.col,
            path: pathKey(found.path),
            message: found.message,
            severity: found.severity,
          },
        ];
  });
}
