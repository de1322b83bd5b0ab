import { displayWidth as width } from '../text/fitWidth.js';

/**
 * A bordered text table in cli-table3's default look (compact: no rules between body rows),
 * drawn in one pass: O(cells). cli-table3's layout manager checks every cell against every cell
 * of the rows above it for row/column-span conflicts (O(rows² × columns)), which costs seconds
 * on plans with hundreds of allocation rows. No spans, one line per cell.
 *
 * `fit`: a table wider than `fit.width` columns is split into several tables of the columns that
 * fit side by side, each repeating the first `fit.keep` columns (the row's name); when even one
 * column beside those does not fit, each row is stacked as "Head: value" lines.
 */
export type Fit = {
  readonly width: number;
  /** Leading columns every split table repeats (default 1). */
  readonly keep?: number;
  /** Columns after those that stay together (a value and its Δ: 2; default 1). */
  readonly unit?: number;
};
type Align = 'left' | 'right';

export function plainTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  aligns: readonly Align[] = [],
  fit?: Fit,
): string {
  const n = Math.max(head.length, ...rows.map((r) => r.length));
  const w = Array.from(
    { length: n },
    (_, i) => Math.max(width(head[i] ?? ''), ...rows.map((r) => width(r[i] ?? ''))) + 2,
  );
  const total = (cols: readonly number[]): number => cols.reduce((t, i) => t + (w[i] ?? 0) + 1, 1);
  const all = Array.from({ length: n }, (_, i) => i);
  if (!fit || total(all) <= fit.width) return draw(all, head, rows, aligns, w);
  const keep = all.slice(0, Math.min(fit.keep ?? 1, n - 1));
  const rest = all.slice(keep.length);
  const size = Math.max(1, fit.unit ?? 1);
  const units = Array.from({ length: Math.ceil(rest.length / size) }, (_, k) => rest.slice(k * size, (k + 1) * size));
  if (units.some((u) => total([...keep, ...u]) > fit.width)) return stacked(head, rows);
  const groups: number[][] = [];
  for (const u of units) {
    const last = groups.at(-1);
    if (last && total([...keep, ...last, ...u]) <= fit.width) last.push(...u);
    else groups.push([...u]);
  }
  return groups.map((g) => draw([...keep, ...g], head, rows, aligns, w)).join('\n');
}

function draw(
  cols: readonly number[],
  head: readonly string[],
  rows: readonly (readonly string[])[],
  aligns: readonly Align[],
  w: readonly number[],
): string {
  const rule = (l: string, m: string, r: string): string => `${l}${cols.map((i) => '─'.repeat(w[i] ?? 2)).join(m)}${r}`;
  const line = (cells: readonly string[]): string =>
    `│${cols
      .map((i) => {
        const c = cells[i] ?? '';
        const pad = ' '.repeat((w[i] ?? 2) - 2 - width(c));
        return aligns[i] === 'right' ? ` ${pad}${c} ` : ` ${c}${pad} `;
      })
      .join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

/** One block per row: its first cell, then "Head: value" for the others (empty values left out). */
function stacked(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return rows
    .map((r) =>
      [r[0] ?? '', ...r.slice(1).flatMap((c, k) => (width(c) === 0 ? [] : [`  ${head[k + 1] ?? ''}: ${c}`]))].join(
        '\n',
      ),
    )
    .join('\n\n');
}
