import type { LoadOptions } from '../scenario/loadLayers.js';
import type { Io } from './io.js';

/** `--allow-extends-outside` as commander gives it. */
export type ReadFlags = { readonly allowExtendsOutside?: boolean };

/**
 * How the commands read scenarios: "-" is standard input when the Io has one; `extends` stays in
 * the scenario's folder (or `root`, the folder `check` was given) unless the flag allows more.
 */
export function loadOptions(io: Io, opts: ReadFlags, root?: string): LoadOptions {
  return {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(root === undefined ? {} : { root }),
    extendsOutside: opts.allowExtendsOutside === true,
  };
}
