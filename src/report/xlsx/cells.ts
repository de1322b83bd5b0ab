import { round } from '../format.js';

/**
 * The cells a bestshore workbook is made of. Values are numbers (never pre-formatted text) so a
 * reviewer can sum, filter and audit them; the number format decides how they look, and Excel
 * shows them in the reader's own locale (1,234.50 or 1 234,50) from the same file. A formula
 * carries the value it computes, written as its cached result, so a viewer or a script that
 * does not recalculate reads the same figure as Excel.
 */
export type XCell =
  | { readonly kind: 'text'; readonly value: string; readonly bold: boolean }
  | { readonly kind: 'number'; readonly value: number; readonly format: Fmt }
  | {
      readonly kind: 'formula';
      readonly expression: string;
      readonly value: number;
      readonly format: Fmt;
      readonly bold: boolean;
    }
  | null;

export type XRow = readonly XCell[];

export type SheetSpec = {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  readonly name: string;
  readonly rows: readonly XRow[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
};

/** Number formats (Excel codes, locale-neutral in the file). */
export const FMT = {
  money: '#,##0.00',
  hours: '#,##0.0',
  fte: '#,##0.00',
  count: '#,##0',
  quality: '0.000',
  share: '0.0%',
  /** As the value comes (a rule's value: 6000 hours, a 0.93 floor). */
  general: 'General',
} as const;

export type Fmt = (typeof FMT)[keyof typeof FMT];

export const text = (value: string): XCell => ({ kind: 'text', value, bold: false });
export const bold = (value: string): XCell => ({ kind: 'text', value, bold: true });
export const header = (names: readonly string[]): XRow => names.map(bold);

/** A number; a non-finite one (an unbounded wait) is written as the text ∞, and absent as empty. */
export function number(value: number | undefined, format: Fmt): XCell {
  if (value === undefined) return null;
  if (!Number.isFinite(value)) return text('∞');
  return { kind: 'number', value: value === 0 ? 0 : value, format };
}

/** A formula (without the leading "=") and the value it computes; `strong` for a total line. */
export const formula = (expression: string, value: number, format: Fmt, strong = false): XCell => ({
  kind: 'formula',
  expression,
  value: Number.isFinite(value) ? round(value, 9) : 0,
  format,
  bold: strong,
});

/**
 * A sheet name as a formula refers to it: bare when Excel reads it so (`Allocation!E7`), else
 * quoted, a quote inside doubled (`'Répartition'!E7`).
 */
export const sheetRef = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;

/** Column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function column(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The numeric value of a cell (numbers and formulas), 0 otherwise. */
export const valueOf = (c: XCell | undefined): number => (c && c.kind !== 'text' ? c.value : 0);

/**
 * A total line's cell: SUM of column `col` over `rows`, which sit on sheet rows
 * `first`..`first + rows.length - 1`; its value adds the same cells.
 */
export function sumOf(rows: readonly XRow[], col: number, first: number, format: Fmt): XCell {
  const expression = rows.length === 0 ? '0' : `SUM(${column(col)}${first}:${column(col)}${first + rows.length - 1})`;
  return formula(
    expression,
    rows.reduce((t, r) => t + valueOf(r[col]), 0),
    format,
    true,
  );
}

/** a / b with a guard: IF(b=0,0,a/b), and its value. */
export function ratio(a: string, b: string, va: number, vb: number, format: Fmt, strong = false): XCell {
  return formula(`IF(${b}=0,0,${a}/${b})`, vb === 0 ? 0 : va / vb, format, strong);
}
