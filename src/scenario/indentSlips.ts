/**
 * YAML errors in plain words, at the line to fix. An indentation slip of one space makes the YAML
 * library report "All mapping items must start at the same column" or "Nested mappings are not
 * allowed in compact mappings" — the second on the line *before* the slip, where the value it
 * now continues starts. When the library fails, this reads the lines as a person does: each key
 * line must start in the column of its siblings, or deeper right after a line ending in ":".
 */
export type Slip = { readonly line: number; readonly col: number; readonly message: string };

type Line = {
  readonly no: number;
  readonly indent: number;
  readonly key: string;
  readonly value: string;
  readonly opens: boolean;
};

const KEY_LINE = /^( *)(- +)?([^\s#:{}[\]][^:#]*?|"[^"]*"|'[^']*'):(\s|$)/;

/** Lines that hold a key (blank lines, comments and block-scalar text left out). */
function keyLines(text: string): Line[] {
  const out: Line[] = [];
  let scalarIndent: number | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '' || body.startsWith('#')) return;
    if (scalarIndent !== undefined && indent > scalarIndent) return;
    scalarIndent = undefined;
    const m = KEY_LINE.exec(raw);
    if (!m) return;
    const value = raw
      .slice(m[0].length)
      .replace(/\s+#.*$/, '')
      .trim();
    if (/^[|>][-+0-9]*$/.test(value)) scalarIndent = indent;
    const dash = m[2]?.length ?? 0;
    out.push({ no: i + 1, indent: indent + dash, key: (m[3] ?? '').trim(), value, opens: value === '' });
  });
  return out;
}

const spaces = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;
const indentBy = (key: string, n: number): string =>
  n === 0 ? `start "${key}" in the first column` : `indent "${key}" by ${spaces(n)}`;

/** An open map: the indentation of its keys and the last key seen there. */
type Level = { readonly indent: number; key: string; no: number; opens: boolean };

function seen(level: Level, l: Line): void {
  level.key = l.key;
  level.no = l.no;
  level.opens = l.opens;
}

/** The first key line whose indentation matches none of the maps it could belong to. */
export function indentSlip(text: string): Slip | undefined {
  const lines = keyLines(text);
  const stack: Level[] = [];
  let previous: Line | undefined;
  for (const l of lines) {
    const top = stack.at(-1);
    if (!top || (previous?.opens && l.indent > top.indent)) {
      stack.push({ indent: l.indent, key: l.key, no: l.no, opens: l.opens });
    } else if (l.indent > top.indent) {
      // A whole step deeper under a line that has its value: fields given to a plain value.
      if (previous && l.indent - previous.indent >= 2) return underValue(l, previous);
      return slip(l, top);
    } else if (l.indent === top.indent) {
      seen(top, l);
    } else {
      let popped = top;
      while ((stack.at(-1)?.indent ?? -1) > l.indent) popped = stack.pop() ?? popped;
      const level = stack.at(-1);
      if (!level || level.indent !== l.indent) {
        // The map it was meant for: the closer of the one just closed and the one it fell back
        // to; on a tie, the one whose last key is like it (opening a map, or with a value).
        const outer = level ? l.indent - level.indent : Infinity;
        const inner = popped.indent - l.indent;
        const alike = level !== undefined && level.opens === l.opens && popped.opens !== l.opens;
        return slip(l, level && (outer < inner || (outer === inner && alike)) ? level : popped);
      }
      seen(level, l);
    }
    previous = l;
  }
  return undefined;
}

function slip(l: Line, sibling: Level): Slip {
  return {
    line: l.no,
    col: l.indent + 1,
    message: `"${l.key}" is indented by ${spaces(l.indent)}, but "${sibling.key}" (line ${sibling.no}), in the same map, by ${spaces(sibling.indent)}: ${indentBy(l.key, sibling.indent)}`,
  };
}

function underValue(l: Line, parent: Line): Slip {
  return {
    line: l.no,
    col: l.indent + 1,
    message: `"${l.key}" is indented under "${parent.key}" (line ${parent.no}), which already has a value on its line (${parent.value}): delete that value to give "${parent.key}" fields below it`,
  };
}

/**
 * The YAML library's other errors by their code, in plain words: what is wrong on the line and
 * what to check (yaml's `ErrorCode`; the codes a hand-written scenario can meet).
 */
const BY_CODE: Readonly<Record<string, string>> = {
  UNEXPECTED_TOKEN:
    'a character YAML does not expect here: check the brackets { } [ ], the quotes and the colons of this line',
  BLOCK_AS_IMPLICIT_KEY:
    'a list item ("- …") among the keys of a map: indent it under its key, or write every entry of this map as "key: value"',
  BLOCK_IN_FLOW:
    'a list or map written over several lines inside { } or [ ]: keep it on one line, or drop the brackets and indent it',
  BAD_DQ_ESCAPE:
    'a backslash inside "double quotes" starts an escape YAML does not know: use \'single quotes\', or write the backslash twice',
  BAD_SCALAR_START: 'a value cannot start with this character (@ or `): put the value in quotes',
  MULTIPLE_DOCS: 'a second YAML document after "---": a scenario is one document (remove the "---" line)',
  MULTIPLE_ANCHORS: 'two anchors (&name) on one value: keep one',
  MULTIPLE_TAGS: 'two tags (!name) on one value: keep one',
  KEY_OVER_1024_CHARS: 'a key longer than 1,024 characters: shorten it',
};

/** The YAML library's wording, in plain words (the first line of its message; `code`, yaml's error code). */
export function plainYamlMessage(message: string, code?: string): string | undefined {
  // Both come with "Implicit map keys need to be followed by map values" at the same line, said below.
  if (message.startsWith('Implicit keys need to be on a single line')) return undefined;
  if (message.startsWith('Unexpected block-seq-ind on same line with key')) return undefined;
  if (message.startsWith('All mapping items must start at the same column'))
    return 'the keys of one map must start in the same column: check the indentation of this line';
  if (message.startsWith('Nested mappings are not allowed in compact mappings'))
    return 'a "key: value" inside a value: check the indentation of the next line, or put the value in quotes';
  if (message.startsWith('Implicit map keys need to be followed by map values'))
    return 'expected "key: value" on this line (a key, a colon, a space, then the value)';
  if (message.startsWith('Tabs are not allowed')) return 'a tab indents this line: YAML indents with spaces only';
  const plain = code === undefined ? undefined : BY_CODE[code];
  if (plain !== undefined) return plain;
  // A code no hand-written scenario was seen to meet: plain words first, the library's after.
  return code === undefined ? message : `YAML cannot read this line (${message})`;
}
