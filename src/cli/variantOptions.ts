import { UsageError } from '../errors.js';
import { parseSet, type SetOption } from '../scenario/variants.js';

export type Variant = { readonly name: string; readonly sets: readonly SetOption[] };

/** Assignments are split at commas that start a new `path=` (so `countries=[FR, RO]` stays whole). */
const NEXT_ASSIGNMENT = /,(?=\s*[^,=\s[\]{}]+=)/;

/**
 * `--variant NAME=path=value[,path=value...]`: a named variant of the first scenario of
 * `compare`. Without a name (`--variant path=value`) the assignments are the name.
 */
export function parseVariant(text: string): Variant {
  const first = text.indexOf('=');
  if (first <= 0)
    throw new UsageError(
      `--variant ${text}: expected NAME=path=value[,path=value...], e.g. "MA+10%=countries.MA.cost_per_hour=18.7"`,
    );
  let name = text.slice(0, first).trim();
  let rest = text.slice(first + 1).trim();
  if (!/^[^=,]+=/.test(rest)) {
    name = text.trim();
    rest = text.trim();
  }
  const sets = rest.split(NEXT_ASSIGNMENT).map((part) => {
    const parsed = parseSet(part.trim(), `--variant "${name}":`);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    return parsed;
  });
  return { name, sets };
}
