import type { LoadOptions } from '../scenario/loadLayers.js';
import type { Io } from './io.js';

/** `--allow-extends-outside` as commander gives it. */
export type ReadFlags = { readonly allowExtendsOutside?: boolean };

/**
 * How the commands read scenarios: "-" is standard input when the Io has one; `extends` stays in
 * the scenario's folder (or `found.root`, the folder `check` was given; `found.walked`: the file
 * was found in it rather than named) unless the flag allows more.
 */
export function loadOptions(
  io: Io,
  opts: ReadFlags,
  found?: { readonly root: string; readonly walked: boolean },
): LoadOptions {
  return {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(found === undefined ? {} : { root: found.root, found: found.walked }),
    extendsOutside: opts.allowExtendsOutside === true,
  };
}
