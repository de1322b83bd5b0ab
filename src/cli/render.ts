import { UsageError } from '../errors.js';
import type { Registered } from '../report/renderer.js';
import { toStdout } from './writeOutput.js';

/** A binary format (a workbook) is refused on a terminal or a pipe, before any work: it needs -o FILE. */
export function refuseBinaryOnStdout<T, O>(entry: Registered<T, O>, format: string, output: string | undefined): void {
  if (entry.kind === 'binary' && toStdout(output)) {
    throw new UsageError(
      `--format ${format} writes ${entry.what}: give -o FILE.${entry.extension} (it is never written to the terminal)`,
    );
  }
}

/** The output of a registered format: text, or a binary file's bytes. */
export async function renderWith<T, O>(entry: Registered<T, O>, value: T, options: O): Promise<string | Uint8Array> {
  return entry.kind === 'text' ? entry.render(value, options) : await entry.render(value, options);
}
