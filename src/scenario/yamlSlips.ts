/**
 * The YAML library's reports of an unclosed quote, `{ }` or `[ ]`, in plain words at the line
 * to fix: the library reports them where it gave up (the end of the file, or the next key), not
 * where the quote or bracket was opened.
 */
export type YamlSlip = { readonly line: number; readonly col: number; readonly message: string };

/** The characters of a line outside quotes and comments, each with its column (1-based). */
function code(line: string): { ch: string; col: number }[] {
  const out: { ch: string; col: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === quote && !(quote === '"' && line[i - 1] === '\\')) quote = undefined;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
    if (ch === '"' || ch === "'") {
      // A quote opens a quoted text at the start of a value only (it's: an apostrophe inside plain text).
      if (i === 0 || /[\s:,[{-]/.test(line[i - 1] ?? '')) quote = ch;
      continue;
    }
    out.push({ ch, col: i + 1 });
  }
  return out;
}

/** The line and column of the last `open` left unclosed on the lines before `before` (1-based). */
function unclosed(lines: readonly string[], before: number, open: string, close: string): YamlSlip | undefined {
  const stack: { line: number; col: number }[] = [];
  for (let n = 0; n < Math.min(before - 1, lines.length); n++) {
    for (const { ch, col } of code(lines[n] ?? '')) {
      if (ch === open) stack.push({ line: n + 1, col });
      else if (ch === close) stack.pop();
    }
  }
  const at = stack.at(-1);
  return at && { ...at, message: '' };
}

/** The first line whose quoted text (starting `quote`) is not closed on that line. */
function openQuote(lines: readonly string[], quote: string): YamlSlip | undefined {
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    let open: number | undefined;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (open === undefined) {
        if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
        if ((ch === '"' || ch === "'") && (i === 0 || /[\s:,[{-]/.test(line[i - 1] ?? ''))) {
          if (ch !== quote) {
            // Another kind of quote: skip its text.
            const end = line.indexOf(ch, i + 1);
            if (end < 0) break;
            i = end;
            continue;
          }
          open = i;
        }
      } else if (ch === quote && !(quote === '"' && line[i - 1] === '\\')) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else open = undefined;
      }
    }
    if (open !== undefined) return { line: n + 1, col: open + 1, message: '' };
  }
  return undefined;
}

/** An unclosed quote or bracket the library reported at `line`, located where it was opened; else undefined. */
export function yamlSlip(text: string, message: string, line: number): YamlSlip | undefined {
  const lines = text.split(/\r?\n/);
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    const at = openQuote(lines, quote);
    return (
      at && {
        ...at,
        message: `this quoted text has no closing ${quote}: close it on this line (${quote}…${quote}), or remove the opening ${quote}`,
      }
    );
  }
  const flow = /^Flow (map|sequence) in block collection must be sufficiently indented and end with a ([}\]])/.exec(
    message,
  );
  if (flow) {
    const [open, close] = flow[1] === 'map' ? ['{', '}'] : ['[', ']'];
    const at = unclosed(lines, line + 1, open, close);
    return at
      ? {
          ...at,
          message: `this ${open} is not closed: end it with ${close} on this line, or indent the lines it goes on to deeper than its key`,
        }
      : { line, col: 1, message: `a ${open} … ${close} above is not closed where YAML expects it: check its brackets` };
  }
  return undefined;
}
