import { markdownText as esc } from '../../text/escape.js';
import type { AnnexDoc, Block, Run, TableRow } from './blocks.js';

/** Paste-ready Markdown (CommonMark + GFM tables): what a bid team drops into its answer. */
const runs = (rs: readonly Run[]): string => rs.map((r) => (r.bold ? `**${esc(r.text)}**` : esc(r.text))).join('');

/** Bars drawn with block characters, 24 cells for the longest. */
const BAR_CELLS = 24;

function mdTable(head: readonly string[], rows: readonly TableRow[], numeric: readonly number[]): string {
  const align = head.map((_, i) => (numeric.includes(i) ? '---:' : ':---'));
  const cell = (c: string, kind: TableRow['kind']): string =>
    c === '' || kind === 'body' ? esc(c) : kind === 'total' ? `**${esc(c)}**` : `*${esc(c)}*`;
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.cells.map((c) => cell(c, r.kind)).join(' | ')} |`),
  ].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return runs(b.runs);
    case 'subheading':
      return `### ${esc(b.text)}`;
    case 'list':
      return b.items.map((i) => `- ${runs(i)}`).join('\n');
    case 'figures':
      return [
        `| ${b.items.map((i) => esc(i.label)).join(' | ')} |`,
        `| ${b.items.map(() => ':---').join(' | ')} |`,
        `| ${b.items.map((i) => `**${esc(i.value)}**`).join(' | ')} |`,
        `| ${b.items.map((i) => esc(i.detail)).join(' | ')} |`,
      ].join('\n');
    case 'table':
      return mdTable(b.head, b.rows, b.numeric);
    case 'charts':
      return b.charts
        .map((c) => {
          const top = Math.max(0, ...c.bars.map((x) => x.value));
          const rows: TableRow[] = c.bars.map((x) => {
            const cells = top > 0 ? Math.max(x.value > 0 ? 1 : 0, Math.round((x.value / top) * BAR_CELLS)) : 0;
            return { kind: 'body', cells: [x.label, `${'█'.repeat(cells)} ${x.text}`] };
          });
          return mdTable([c.title, ''], rows, []);
        })
        .join('\n\n');
    // The front's figures are in the table after it.
    case 'front':
      return '';
    case 'shares':
      return mdTable(
        [b.chart.title, ''],
        b.chart.rows.map((r) => ({
          kind: 'body',
          cells: [
            r.label,
            `${b.chart.legend
              .flatMap((l) => {
                const s = r.parts.find((p) => p.key === l.key)?.share ?? 0;
                return s > 0 ? [`${l.label} ${Math.round(s * 100)}%`] : [];
              })
              .join(' · ')} (${r.note})`,
          ],
        })),
        [],
      );
    case 'lines':
      return b.chart.table === undefined
        ? ''
        : `${esc(b.chart.title)}\n\n${mdTable(b.chart.table.head, b.chart.table.rows, b.chart.table.numeric)}`;
    // Markdown has no colours: the section's table already says who answers when, in words.
    case 'heatmaps':
      return '';
  }
}

export function annexMarkdown(doc: AnnexDoc): string {
  const parts = [`# ${esc(doc.title)}`, `**${esc(doc.subtitle)}**`, ...doc.meta.map(esc)];
  for (const s of doc.sections) parts.push(`## ${esc(s.heading)}`, ...s.blocks.map(block).filter((b) => b !== ''));
  return `${parts.join('\n\n')}\n`;
}
