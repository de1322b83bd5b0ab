/**
 * Text that fits a terminal of `width` columns: prose wrapped at spaces, with a hanging indent
 * that keeps list items and their continuation lines together. Colour codes take no column.
 * Tables are drawn to fit by plainTable itself; their lines (box drawing) are left as they are.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes (colour codes left out; one per code point). */
export const displayWidth = (s: string): number => [...s.replace(ANSI, '')].length;

// eslint-disable-next-line no-control-regex
const TABLE_LINE = /^\s*(\u001b\[[0-9;]*m)*[┌│├└]/;

/** The indent of the lines a long line continues on: under its text, past a "- " or "1. " mark. */
function hangingIndent(line: string): number {
  const plain = line.replace(ANSI, '');
  const m = /^(\s*)((?:[-•*]|\d+\.)\s+)?/.exec(plain);
  return (m?.[1]?.length ?? 0) + (m?.[2]?.length ?? 0);
}

/** One line wrapped at spaces to `width` columns; a word longer than the line stays whole. */
export function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = Math.min(hangingIndent(line), Math.floor(width / 2));
  const pad = ' '.repeat(indent);
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  const words = line.slice(lead.length).split(/ +/);
  const out: string[] = [];
  let current = lead;
  let used = displayWidth(lead);
  let empty = true;
  for (const word of words) {
    const w = displayWidth(word);
    if (!empty && used + 1 + w > width) {
      out.push(current);
      current = pad + word;
      used = indent + w;
    } else {
      current += (empty ? '' : ' ') + word;
      used += (empty ? 0 : 1) + w;
    }
    empty = false;
  }
  out.push(current);
  return out;
}

/** Every prose line of `text` wrapped to `width`; table lines and text without a width untouched. */
export function fitProse(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((l) => (TABLE_LINE.test(l) ? [l] : wrapLine(l, width)))
    .join('\n');
}

/** Terminal width from $COLUMNS (when set to a sensible number) or the terminal itself. */
export function terminalWidth(env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number | undefined {
  const fromEnv = Number(env['COLUMNS']);
  if (Number.isInteger(fromEnv) && fromEnv >= 20 && fromEnv <= 1000) return fromEnv;
  return ttyColumns !== undefined && ttyColumns >= 20 ? ttyColumns : undefined;
}
