import { z } from 'zod';

/**
 * Pieces every part of the scenario schema uses (schema.ts, globalRulesSchema.ts, esgSchema.ts):
 * here once, so that the parts schema.ts imports need not import schema.ts back.
 */

/** Codes are checked here for values; map keys are checked by rules.ts so their bodies still get validated. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const CountryCode = z
  .string({ error: 'expected a country code such as FR' })
  .regex(COUNTRY_CODE, { error: 'expected an ISO 3166-1 alpha-2 code such as FR' });

/** 90 where 0.9 is meant: a share written as a percentage (from 5 to 100). */
export const percentHint = (v: unknown): string =>
  typeof v === 'number' && v >= 5 && v <= 100 ? `: write ${Number((v / 100).toPrecision(12))} for ${v}%` : '';

/** A share in [0, 1]; a value written as a percentage (90 for 0.9) is told how to write it. */
export const share = (what: string) =>
  z
    .number({ error: `expected ${what} between 0 and 1` })
    .min(0, { error: `${what} must be between 0 and 1` })
    .max(1, { error: (issue) => `${what} must be between 0 and 1${percentHint(issue.input)}` });
