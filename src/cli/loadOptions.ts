import type { LoadOptions } from '../scenario/loadLayers.js';
import type { Io } from './io.js';

/** How the commands read scenarios: "-" is standard input when the Io has one. */
export function loadOptions(io: Io): LoadOptions {
  return io.stdin ? { stdin: io.stdin } : {};
}
