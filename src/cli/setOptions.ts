import { UsageError } from '../errors.js';
import { parseSet, type SetOption } from '../scenario/variants.js';

/** `--set path=value` options as commander collects them (repeatable: a list). */
export type SetFlags = { readonly set?: readonly string[] };

/** Parse every `--set`; a malformed one is a usage error naming it. */
export function setsFrom(opts: SetFlags, flag = '--set'): SetOption[] {
  return (opts.set ?? []).map((text) => {
    const parsed = parseSet(text, flag);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    return parsed;
  });
}
