import { COMPARE_FORMATS, type Names } from './formatNames.js';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { CompareRow, Comparison } from '../explain/compare.js';
import { num, PLACES, round, type Locale } from './format.js';
import { markdownText, terminalText } from '../text/escape.js';
import { jsonDocument } from './jsonDocument.js';

export type CompareRenderOptions = { readonly color: boolean; readonly locale: Locale };

const decimals = (r: CompareRow): number => (r.unit === 'fte' ? 1 : 0);

/** Value minus the reference (first column); undefined when either has no plan. */
export function deltaOf(r: CompareRow, i: number): number | undefined {
  const base = r.values[0];
  const v = r.values[i];
  return base === undefined || v === undefined ? undefined : v - base;
}

function deltaText(d: number | undefined, r: CompareRow, o: CompareRenderOptions): string {
  if (d === undefined) return '';
  const text = Math.abs(d) < 0.5 * 10 ** -decimals(r) ? '=' : `${d > 0 ? '+' : '−'}${num(Math.abs(d), decimals(r), o.locale)}`;
  if (text === '=' || r.group !== 'total') return text;
  // Colour only when asked: cheaper (or fewer) in green, dearer in red.
  const c = new Chalk({ level: o.color ? 1 : 0 });
  return d < 0 ? c.green(text) : c.red(text);
}

const cell = (v: number | undefined, r: CompareRow, o: CompareRenderOptions): string => (v === undefined ? 'no plan' : num(v, decimals(r), o.locale));

function header(c: Comparison): string[] {
  return ['', ...c.columns.flatMap((col, i) => (i === 0 ? [col.label] : [col.label, 'Δ']))];
}

function line(r: CompareRow, c: Comparison, o: CompareRenderOptions): string[] {
  const unit = r.unit === 'money' ? ` ${c.currency}` : r.group === 'allocation' ? ' h' : '';
  return [`${r.label}${unit}`, ...r.values.flatMap((v, i) => (i === 0 ? [cell(v, r, o)] : [cell(v, r, o), deltaText(deltaOf(r, i), r, o)]))];
}

/** The comparison with its text (scenario names, file and variant labels, activities) made safe for one medium. */
function safeView(c: Comparison, safe: (s: string) => string): Comparison {
  return {
    ...c, name: safe(c.name), currency: safe(c.currency), period: safe(c.period),
    columns: c.columns.map((col) => ({ ...col, label: safe(col.label) })), rows: c.rows.map((r) => ({ ...r, label: safe(r.label) })),
  };
}

export function renderCompareTable(comparison: Comparison, o: CompareRenderOptions): string {
  const c = safeView(comparison, terminalText);
  const ch = new Chalk({ level: o.color ? 1 : 0 });
  const table = new Table({ head: header(c).map((h) => ch.bold(h)), style: { head: [], border: [], compact: true }, colAligns: header(c).map((_, i) => (i === 0 ? 'left' : 'right')) });
  let group = '';
  for (const r of c.rows) {
    if (r.group !== group && group !== '') table.push([{ colSpan: header(c).length, content: ch.dim(r.group === 'country' ? 'By country' : 'Allocation (activity · country)') }]);
    group = r.group;
    table.push(line(r, c, o));
  }
  const missing = c.columns.filter((col) => col.outcome.status === 'infeasible').map((col) => `${col.label}: no plan satisfies the constraints`);
  return `${ch.bold(`${c.name} — comparison (per ${c.period}; Δ against ${c.columns[0]?.label ?? ''})`)}\n${table.toString()}\n${missing.map((m) => `${ch.red(m)}\n`).join('')}`;
}

export function renderCompareMarkdown(comparison: Comparison, o: CompareRenderOptions): string {
  const c = safeView(comparison, markdownText);
  const plain = { ...o, color: false };
  const h = header(c);
  const rows = c.rows.map((r) => `| ${line(r, c, plain).join(' | ')} |`);
  return `## ${c.name} — comparison\n\nPer ${c.period}; Δ against ${c.columns[0]?.label ?? ''}.\n\n| ${h.join(' | ')} |\n| ${h.map((_, i) => (i === 0 ? ':---' : '---:')).join(' | ')} |\n${rows.join('\n')}\n`;
}

export function renderCompareJson(c: Comparison): string {
  const doc = {
    name: c.name, currency: c.currency, period: c.period, reference: c.columns[0]?.label ?? null,
    columns: c.columns.map((col) => ({ label: col.label, status: col.outcome.status, total_cost: col.outcome.status === 'infeasible' ? null : round(col.outcome.totalCost, PLACES.cost) })),
    rows: c.rows.map((r) => ({
      group: r.group, label: r.label, unit: r.unit,
      values: r.values.map((v) => (v === undefined ? null : round(v, PLACES.cost))),
      deltas: r.values.map((_, i) => { const d = deltaOf(r, i); return d === undefined ? null : round(d, PLACES.cost); }),
    })),
  };
  return jsonDocument(doc);
}

export const COMPARE_RENDERERS: Readonly<Record<Names<typeof COMPARE_FORMATS>, (c: Comparison, o: CompareRenderOptions) => string>> = {
  table: renderCompareTable,
  json: (c) => renderCompareJson(c),
  md: renderCompareMarkdown,
};

export { COMPARE_FORMATS };
