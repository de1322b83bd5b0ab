/**
 * The annex as a document: localized text in a few kinds of blocks, the only thing the
 * HTML, Markdown and DOCX renderers know. layout.ts builds it from the model and i18n.
 */
export type Run = { readonly text: string; readonly bold?: boolean };

export type TableRow = {
  readonly cells: readonly string[];
  readonly kind: 'body' | 'subtotal' | 'total';
};

export type Bar = { readonly label: string; readonly value: number; readonly text: string };
export type BarChart = { readonly title: string; readonly bars: readonly Bar[] };

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  /** Key figures: a few large numbers with a label and a detail line. */
  | { readonly kind: 'figures'; readonly items: readonly { readonly label: string; readonly value: string; readonly detail: string }[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly TableRow[]; readonly numeric: readonly number[] }
  | { readonly kind: 'charts'; readonly charts: readonly BarChart[] };

export type DocSection = { readonly id: string; readonly heading: string; readonly blocks: readonly Block[] };

export type AnnexDoc = {
  readonly lang: string;
  readonly title: string;
  readonly subtitle: string;
  /** Lines under the title (date when given). */
  readonly meta: readonly string[];
  readonly sections: readonly DocSection[];
};

export const text = (t: string): Run => ({ text: t });
export const bold = (t: string): Run => ({ text: t, bold: true });
export const para = (...runs: readonly (Run | string)[]): Block => ({ kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? text(r) : r)) });

/** Plain text of some runs (for renderers without emphasis and for tests). */
export const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
