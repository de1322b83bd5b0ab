import type { FrontChart } from '../charts/frontSvg.js';
import type { SharesChart } from '../charts/sharesSvg.js';

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

/**
 * Lines over the months (the transition's headcount per site and cumulative saving): a
 * picture where the renderer can draw one (HTML: SVG); elsewhere `table`, its figures, or
 * nothing when the section's tables already give them (DOCX, Markdown).
 */
export type LineChart = {
  readonly title: string;
  /** One label per point, "YYYY-MM"; the axis marks each January. */
  readonly months: readonly string[];
  readonly series: readonly { readonly label: string; readonly values: readonly number[] }[];
  /** The axis's ends (0 always in range), and their text in the document's number style. */
  readonly axis: { readonly lo: number; readonly hi: number; readonly loText: string; readonly hiText: string };
  /** A month marked on the axis (payback), with its words. */
  readonly mark: { readonly index: number; readonly text: string } | undefined;
  readonly table:
    | { readonly head: readonly string[]; readonly rows: readonly TableRow[]; readonly numeric: readonly number[] }
    | undefined;
};

/** One hour of a heat-map: who answers, in the colours of the legend. */
export type HeatCell = {
  readonly open: boolean;
  /** Colours (6 hex digits, no #) of the countries answering, most hours first; empty when closed or nobody answers. */
  readonly colors: readonly string[];
  /** Each country's share of the hour's agents, in the order of `colors` (they add up to 1). */
  readonly shares: readonly number[];
  /** Fewer agents at once than the legend's threshold. */
  readonly thin: boolean;
  /** Short text for a table cell: country codes ("RO", "SR+RO"), "!" when nobody answers. */
  readonly short: string;
  /** The hour in words (tooltip, screen readers). */
  readonly title: string;
};

/** A week of one activity: 24 rows (hours) × 7 columns (days). */
export type HeatMap = {
  /** The activity, and its opening hours under it. */
  readonly title: string;
  readonly detail: string;
  /** The whole map in words (screen readers). */
  readonly summary: string;
  readonly cells: readonly (readonly HeatCell[])[];
};

export type HeatLegend = {
  readonly countries: readonly { readonly color: string; readonly code: string; readonly label: string }[];
  /** Only when some hour is shared by several countries. */
  readonly shared: string | undefined;
  /** Only when some hour is thin. */
  readonly thin: string | undefined;
  readonly closed: string;
  /** For renderers that print codes in the cells (DOCX): what "SR+RO" means, and the grey cells. */
  readonly codes: string;
  readonly closedGrey: string;
  /** Only when some open hour has nobody to answer. */
  readonly nobody: string | undefined;
};

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  /** Key figures: a few large numbers with a label and a detail line. */
  | {
      readonly kind: 'figures';
      readonly items: readonly { readonly label: string; readonly value: string; readonly detail: string }[];
    }
  /** `nowrap`: columns whose cells should not wrap (ids), where the renderer can say so. */
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly TableRow[];
      readonly numeric: readonly number[];
      readonly nowrap?: readonly number[];
    }
  | { readonly kind: 'charts'; readonly charts: readonly BarChart[] }
  | { readonly kind: 'lines'; readonly chart: LineChart }
  /** Week heat-maps: `days` are the 7 column heads, `hours` the 24 row heads. */
  | {
      readonly kind: 'heatmaps';
      readonly days: readonly string[];
      readonly hours: readonly string[];
      readonly maps: readonly HeatMap[];
      readonly legend: HeatLegend;
    }
  /** A trade-off front: cost against another objective (options section). */
  | { readonly kind: 'front'; readonly chart: FrontChart }
  /** Plans side by side as 100 % bars of their country shares (options section). */
  | { readonly kind: 'shares'; readonly chart: SharesChart };

/** `heading` is numbered ("2. Synthèse") for renderers that type the number; `title` is bare, for Word's own numbering. */
export type DocSection = {
  readonly id: string;
  readonly heading: string;
  readonly title: string;
  readonly blocks: readonly Block[];
};

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
export const para = (...runs: readonly (Run | string)[]): Block => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? text(r) : r)),
});

/** Plain text of some runs (for renderers without emphasis and for tests). */
export const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
