import { COMPARE_FORMATS, type Names } from '../formatNames.js';
import { Chalk } from 'chalk';
import type { CompareRow, Comparison } from '../../compare/compareScenarios.js';
import { num, percent, PLACES, round, type Locale } from '../format.js';
import { proofOf } from '../../plan/proof.js';
import type { Outcome } from '../../plan/types.js';
import { markdownText, terminalText } from '../../text/escape.js';
import { fitProse } from '../../text/fitWidth.js';
import { plainTable } from '../plainTable.js';
import { textFormat, xlsxFormat, type Registered } from '../renderer.js';
import { renderCompareXlsx } from '../xlsx/index.js';
import { jsonDocument } from '../jsonDocument.js';
import { whatIfWords } from '../i18n/whatIf.js';

/** `width`: terminal columns the table view fits (absent: no limit). */
export type CompareRenderOptions = { readonly color: boolean; readonly locale: Locale; readonly width?: number };

const decimals = (r: CompareRow): number => (r.unit === 'fte' ? 1 : 0);

/** Value minus the reference (first column); undefined when either has no plan. */
export function deltaOf(r: CompareRow, i: number): number | undefined {
  const base = r.values[0];
  const v = r.values[i];
  return base === undefined || v === undefined ? undefined : v - base;
}

/**
 * The difference of the figures as shown (each rounded to the row's decimals), so Δ never says
 * "=" between 328.7 and 328.6, nor +0.2 between 164.2 and 164.5.
 */
export function shownDelta(r: CompareRow, i: number): number | undefined {
  const base = r.values[0];
  const v = r.values[i];
  return base === undefined || v === undefined ? undefined : round(v, decimals(r)) - round(base, decimals(r));
}

function deltaText(d: number | undefined, r: CompareRow, o: CompareRenderOptions): string {
  if (d === undefined) return '';
  const text =
    Math.abs(d) < 0.5 * 10 ** -decimals(r) ? '=' : `${d > 0 ? '+' : '−'}${num(Math.abs(d), decimals(r), o.locale)}`;
  if (text === '=' || r.group !== 'total') return text;
  // Colour only when asked: cheaper (or fewer) in green, dearer in red.
  const c = new Chalk({ level: o.color ? 1 : 0 });
  return d < 0 ? c.green(text) : c.red(text);
}

const cell = (v: number | undefined, r: CompareRow, o: CompareRenderOptions): string =>
  v === undefined ? whatIfWords(o.locale).noPlan : num(v, decimals(r), o.locale);

/** A row's name in the reader's language: the comparison's rows are named in English (compare/compareScenarios.ts, the JSON). */
function rowLabel(r: CompareRow, o: CompareRenderOptions): string {
  if (o.locale === 'en' || r.group === 'allocation') return r.label;
  const w = whatIfWords(o.locale);
  if (r.group === 'total') return r.unit === 'money' ? w.totalCost : r.unit === 'fte' ? w.fte : w.hours;
  const country = r.label.split(' ')[0] ?? r.label;
  return r.unit === 'money' ? w.countryCost(country) : w.countryHours(country);
}

function header(c: Comparison): string[] {
  return ['', ...c.columns.flatMap((col, i) => (i === 0 ? [col.label] : [col.label, 'Δ']))];
}

function line(r: CompareRow, c: Comparison, o: CompareRenderOptions): string[] {
  const unit = r.unit === 'money' ? ` ${c.currency}` : r.group === 'allocation' ? ' h' : '';
  return [
    `${rowLabel(r, o)}${unit}`,
    ...r.values.flatMap((v, i) => (i === 0 ? [cell(v, r, o)] : [cell(v, r, o), deltaText(shownDelta(r, i), r, o)])),
  ];
}

/** The comparison with its text (scenario names, file and variant labels, activities) made safe for one medium. */
function safeView(c: Comparison, safe: (s: string) => string): Comparison {
  return {
    ...c,
    name: safe(c.name),
    currency: safe(c.currency),
    period: safe(c.period),
    columns: c.columns.map((col) => ({ ...col, label: safe(col.label) })),
    rows: c.rows.map((r) => ({ ...r, label: safe(r.label) })),
  };
}

/** A column whose plan is not proven optimal, in words (plan/proof.ts): its differences are within its gap. */
function unproven(c: Comparison, locale: Locale): string[] {
  const w = whatIfWords(locale);
  return c.columns.flatMap((col) => {
    if (col.outcome.status === 'infeasible') return [];
    const proof = proofOf(col.outcome);
    if (proof.proven) return [];
    return [
      proof.gap === undefined ? w.bestFoundOnly(col.label) : w.notProven(col.label, percent(proof.gap, locale, 2)),
    ];
  });
}

export function renderCompareTable(comparison: Comparison, o: CompareRenderOptions): string {
  const c = safeView(comparison, terminalText);
  const ch = new Chalk({ level: o.color ? 1 : 0 });
  const w = whatIfWords(o.locale);
  const head = header(c);
  const rows: string[][] = [];
  let group = '';
  for (const r of c.rows) {
    // A group's heading: a row of its own, its name in the first column.
    if (r.group !== group && group !== '')
      rows.push([ch.dim(r.group === 'country' ? w.byCountry : w.allocation), ...head.slice(1).map(() => '')]);
    group = r.group;
    rows.push(line(r, c, o));
  }
  // Split to fit: each table repeats the row names and the reference, each value keeps its Δ.
  const fit = o.width === undefined ? undefined : { width: o.width, keep: 2, unit: 2 };
  const table = plainTable(
    head.map((h) => ch.bold(h)),
    rows,
    head.map((_, i) => (i === 0 ? 'left' : 'right')),
    fit,
  );
  const missing = [
    ...c.columns.filter((col) => col.outcome.status === 'infeasible').map((col) => w.missing(col.label)),
    ...unproven(c, o.locale),
  ];
  const text = `${ch.bold(w.compareTitle(c.name, c.period, c.columns[0]?.label ?? ''))}\n${table}\n${missing.map((m) => `${ch.red(m)}\n`).join('')}`;
  return fitProse(text, o.width);
}

export function renderCompareMarkdown(comparison: Comparison, o: CompareRenderOptions): string {
  const c = safeView(comparison, markdownText);
  const plain = { ...o, color: false };
  const h = header(c);
  const rows = c.rows.map((r) => `| ${line(r, c, plain).join(' | ')} |`);
  const w = whatIfWords(o.locale);
  const notes = unproven(c, o.locale).map((n) => `\n${n}\n`);
  return `## ${w.compareHeading(c.name)}\n\n${w.compareAgainst(c.period, c.columns[0]?.label ?? '')}\n\n| ${h.join(' | ')} |\n| ${h.map((_, i) => (i === 0 ? ':---' : '---:')).join(' | ')} |\n${rows.join('\n')}\n${notes.join('')}`;
}

function provenJson(o: Outcome): { proven: boolean; gap: number | null } {
  if (o.status === 'infeasible') return { proven: false, gap: null };
  const proof = proofOf(o);
  return proof.proven
    ? { proven: true, gap: 0 }
    : { proven: false, gap: proof.gap === undefined ? null : round(proof.gap, 9) };
}

export function renderCompareJson(c: Comparison): string {
  const doc = {
    name: c.name,
    currency: c.currency,
    period: c.period,
    reference: c.columns[0]?.label ?? null,
    columns: c.columns.map((col) => ({
      label: col.label,
      status: col.outcome.status,
      total_cost: col.outcome.status === 'infeasible' ? null : round(col.outcome.totalCost, PLACES.cost),
      // As plan's optimality.proven and optimality.gap (null: no plan, or nothing bounds it).
      ...provenJson(col.outcome),
    })),
    rows: c.rows.map((r) => ({
      group: r.group,
      label: r.label,
      unit: r.unit,
      values: r.values.map((v) => (v === undefined ? null : round(v, PLACES.cost))),
      deltas: r.values.map((_, i) => {
        const d = deltaOf(r, i);
        return d === undefined ? null : round(d, PLACES.cost);
      }),
    })),
  };
  return jsonDocument(doc);
}

export const COMPARE_RENDERERS: Readonly<
  Record<Names<typeof COMPARE_FORMATS>, Registered<Comparison, CompareRenderOptions>>
> = {
  table: textFormat(renderCompareTable),
  json: textFormat((c) => renderCompareJson(c)),
  md: textFormat(renderCompareMarkdown),
  xlsx: xlsxFormat(renderCompareXlsx),
};

export { COMPARE_FORMATS };
