/**
 * A bordered text table in cli-table3's default look (compact: no rules between body rows),
 * drawn in one pass: O(cells). cli-table3's layout manager checks every cell against every cell
 * of the rows above it for row/column-span conflicts (O(rows² × columns)), which costs seconds
 * on plans with hundreds of allocation rows. No spans, one line per cell.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const width = (s: string): number => [...s.replace(ANSI, '')].length;

export function plainTable(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly ('left' | 'right')[] = []): string {
  const n = Math.max(head.length, ...rows.map((r) => r.length));
  const w = Array.from({ length: n }, (_, i) => Math.max(width(head[i] ?? ''), ...rows.map((r) => width(r[i] ?? ''))) + 2);
  const rule = (l: string, m: string, r: string): string => `${l}${w.map((x) => '─'.repeat(x)).join(m)}${r}`;
  const line = (cells: readonly string[]): string => `│${w.map((x, i) => {
    const c = cells[i] ?? '';
    const pad = ' '.repeat(x - 2 - width(c));
    return aligns[i] === 'right' ? ` ${pad}${c} ` : ` ${c}${pad} `;
  }).join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}
