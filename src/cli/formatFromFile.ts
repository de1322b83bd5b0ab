import { extname } from 'node:path';

/**
 * The output format a file name asks for by its extension (`annexe.docx` → `docx`), among
 * `known` (extension → format, lower case, with the dot); undefined for stdout, `-` or another
 * extension.
 */
export function formatFromFile<F extends string>(
  file: string | undefined,
  known: Readonly<Record<string, F>>,
): F | undefined {
  if (file === undefined || file === '-') return undefined;
  const ext = extname(file).toLowerCase();
  return Object.hasOwn(known, ext) ? known[ext] : undefined;
}
