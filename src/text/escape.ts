/**
 * The one place that makes untrusted text (names, keys, file names, variant names, any value
 * from a scenario or the command line) safe for the medium it is written to. Every renderer and
 * every message on stderr goes through one of these; none writes user text raw.
 *
 * A character that must not reach the medium is shown as a visible escape rather than dropped,
 * so the reader still sees that something was there: ESC → `\x1b`, U+202E → `\u202e`.
 */

/** C0 controls, DEL and C1 controls (ESC, BEL, CR, LF, NUL, CSI…). */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';
/** Bidirectional marks, embeddings, overrides and isolates: they reorder what a terminal shows. */
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Line and paragraph separators: new lines to some terminals and log viewers. */
const SEPARATORS = '\\u2028\\u2029';
/** Noncharacters XML cannot carry. */
const NONCHARACTERS = '\\ufffe\\uffff';
/** A UTF-16 half without its other half: no encoding can write it. */
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

const unsafe = (chars: string): RegExp => new RegExp(`[${chars}]|${LONE_SURROGATE}`, 'g');
const TERMINAL_UNSAFE = unsafe(`${CONTROLS}${BIDI}${SEPARATORS}${NONCHARACTERS}`);
/** Documents keep tab, LF and CR where the medium allows them (XML), and bidi marks (Arabic names need them). */
const XML_UNSAFE = unsafe(`\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${NONCHARACTERS}`);
const MARKDOWN_UNSAFE = unsafe(`${CONTROLS}${SEPARATORS}${NONCHARACTERS}`);
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/** `\x1b` for a character below U+0100, `\u202e` above (lower-case hex, as JavaScript writes them). */
export function visibleEscape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Terminal and logs: no character that moves the cursor, rings, erases, changes colours, starts
 * a new line or reorders text — C0 and C1 controls (ESC, BEL, CR, LF, NUL…), DEL, bidi
 * controls, line separators — each shown as its escape. Printable text is unchanged.
 */
export function terminalText(s: string): string {
  return s.replace(TERMINAL_UNSAFE, visibleEscape);
}

/** Several lines of our own making: each line made safe, the line breaks between them kept. */
export function terminalLines(s: string): string {
  return s.split('\n').map(terminalText).join('\n');
}

/** XML character data with no markup escaped (for libraries that escape markup themselves, as docx does). */
export function xmlChars(s: string): string {
  return s.replace(XML_UNSAFE, visibleEscape);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * XML or HTML text, or a double-quoted attribute value (JUnit, SVG, the annex's HTML): markup characters as entities, and the
 * characters XML 1.0 cannot carry at all (controls but tab/LF/CR, U+FFFE, U+FFFF, lone
 * surrogates) shown as escapes, so the document stays well formed.
 */
export function xmlText(s: string): string {
  return xmlChars(s).replace(/[&<>"]/g, (c) => XML_ENTITIES[c] ?? c);
}

/**
 * Markdown (CommonMark + GFM tables) text inside a line or a table cell: line breaks become
 * spaces (a newline would end the table row or the list item), control characters escapes, and
 * every character with a meaning — \ ` * _ [ ] < > | — backslash-escaped, so no tag, link,
 * image, emphasis or cell border can come from the text.
 */
export function markdownText(s: string): string {
  return s
    .replace(LINE_BREAKS, ' ')
    .replace(MARKDOWN_UNSAFE, visibleEscape)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/**
 * A Markdown code span holding `s` literally (backslashes are not escapes there): fenced with
 * more backticks than the longest run inside, padded when it starts or ends with one.
 */
export function markdownCode(s: string): string {
  const body = s.replace(LINE_BREAKS, ' ').replace(MARKDOWN_UNSAFE, visibleEscape);
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
