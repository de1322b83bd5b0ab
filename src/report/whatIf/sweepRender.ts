import { SWEEP_FORMATS, type Names } from '../formatNames.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { fitProse } from '../../text/fitWidth.js';
import { plainTable, type Fit } from '../plainTable.js';
import { textFormat, xlsxFormat, type Registered } from '../renderer.js';
import { renderSweepXlsx } from '../xlsx/index.js';
import type { Band, SweepPoint, SweepResult } from '../../sweep/sweepTypes.js';
import { money, num, percent, round, type Locale } from '../format.js';
import { terminalText } from '../../text/escape.js';
import { jsonDocument } from '../jsonDocument.js';
import { renderSweepSvg } from '../charts/sweepSvg.js';
import { whatIfWords } from '../i18n/whatIf.js';

/** `width`: terminal columns the table view fits (absent: no limit). */
export type SweepRenderOptions = { readonly color: boolean; readonly locale: Locale; readonly width?: number };

const fitOf = (o: SweepRenderOptions): Fit | undefined =>
  o.width === undefined ? undefined : { width: o.width, keep: 1 };

/** Points listed one by one in the table view up to this many (csv and json always list all). */
export const TABLE_MAX_POINTS = 60;

const statusText = (p: SweepPoint, o: SweepRenderOptions): string => {
  const w = whatIfWords(o.locale);
  if (p.status === 'optimal' && p.gap !== undefined)
    return p.gap === null ? w.planBestFound : w.planWithin(percent(p.gap, o.locale, 2));
  return p.status === 'optimal' ? w.plan : p.status === 'infeasible' ? w.noPlan : w.invalid;
};

function pointsTable(r: SweepResult, o: SweepRenderOptions, c: ChalkInstance): string {
  const w = whatIfWords(o.locale);
  const head = ['#', ...r.inputs.map((i) => i.path), w.status, w.cost(r.currency), ...r.countries.map(w.share)];
  const rows = r.points
    .slice(0, TABLE_MAX_POINTS)
    .map((p, k) => [
      String(k + 1),
      ...p.values.map((v) => num(v, 2, o.locale)),
      statusText(p, o),
      p.cost === undefined ? '—' : num(p.cost, 0, o.locale),
      ...r.countries.map((cc) => (p.status === 'optimal' ? percent(p.shares[cc] ?? 0, o.locale) : '—')),
    ]);
  const more = r.points.length > TABLE_MAX_POINTS ? `\n${w.more(r.points.length - TABLE_MAX_POINTS)}` : '';
  return `${plainTable(
    head.map((h) => c.bold(h)),
    rows,
    head.map(() => 'right'),
    fitOf(o),
  )}${more}`;
}

function bandsText(r: SweepResult, o: SweepRenderOptions, c: ChalkInstance): string {
  if (!r.bands) return '';
  const w = whatIfWords(o.locale);
  const row = (label: string, b: Band, f: (n: number) => string): string[] => [label, f(b.p10), f(b.p50), f(b.p90)];
  const rows = [row(w.cost(r.currency), r.bands.cost, (n) => num(n, 0, o.locale))];
  for (const cc of r.countries) {
    const b = r.bands.shares[cc];
    if (b) rows.push(row(w.share(cc), b, (n) => percent(n, o.locale)));
  }
  return `${c.bold(w.bandsTitle)}\n${plainTable(
    ['', 'P10', 'P50', 'P90'].map((h) => c.bold(h)),
    rows,
    ['left', 'right', 'right', 'right'],
    fitOf(o),
  )}`;
}

function tornadoText(r: SweepResult, o: SweepRenderOptions, c: ChalkInstance): string {
  const w = whatIfWords(o.locale);
  const widest = Math.max(0, ...r.tornado.map((b) => b.swing ?? 0));
  const lines = r.tornado.map((b, k) => {
    const bar =
      b.swing === undefined || widest === 0 ? '' : '█'.repeat(Math.max(1, Math.round((20 * b.swing) / widest)));
    const ends = `${num(b.low, 2, o.locale)} → ${b.costLow === undefined ? w.noPlan : money(b.costLow, r.currency, o.locale)}; ${num(b.high, 2, o.locale)} → ${b.costHigh === undefined ? w.noPlan : money(b.costHigh, r.currency, o.locale)}`;
    return `  ${k + 1}. ${b.input}: ${w.swing} ${b.swing === undefined ? '—' : money(b.swing, r.currency, o.locale)} ${c.cyan(bar)}\n     (${ends})`;
  });
  return `${c.bold(w.tornadoTitle)}\n${lines.join('\n')}`;
}

function title(r: SweepResult, o: SweepRenderOptions): string {
  const w = whatIfWords(o.locale);
  const what = r.plan.kind === 'grid' ? w.grid : w.monteCarlo(r.plan.seed);
  const base = r.baseCost === undefined ? w.noBase : w.asWritten(money(r.baseCost, r.currency, o.locale), r.period);
  return w.sweepTitle(r.name, r.points.length, what, base);
}

/** The result with the text it carries from the scenario and the command line made safe for a terminal. */
function terminalView(r: SweepResult): SweepResult {
  return {
    ...r,
    name: terminalText(r.name),
    currency: terminalText(r.currency),
    period: terminalText(r.period),
    inputs: r.inputs.map((i) => ({ ...i, path: terminalText(i.path) })),
    tornado: r.tornado.map((b) => ({ ...b, input: terminalText(b.input) })),
  };
}

export function renderSweepTable(result: SweepResult, o: SweepRenderOptions): string {
  const r = terminalView(result);
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const parts = [c.bold(title(r, o)), pointsTable(r, o, c), bandsText(r, o, c), tornadoText(r, o, c)].filter(Boolean);
  return fitProse(`${parts.join('\n\n')}\n`, o.width);
}

/** One CSV cell as the plan's CSV writes it: raw numbers (decimal comma in fr), strings made safe. */
function csvCell(v: string | number | undefined, locale: Locale): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return locale === 'fr' ? String(v).replace('.', ',') : String(v);
  const text = terminalText(v);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line per point, for Excel: UTF-8 BOM, CRLF; `;` and decimal commas with --locale fr. */
export function renderSweepCsv(r: SweepResult, o: SweepRenderOptions): string {
  const sep = o.locale === 'fr' ? ';' : ',';
  const w = whatIfWords(o.locale).csvHead;
  const head = [w.point, ...r.inputs.map((i) => i.path), w.status, w.totalCost, ...r.countries.map(w.share)];
  const rows = r.points.map((p, k): (string | number | undefined)[] => [
    k + 1,
    ...p.values.map((v) => round(v, 6)),
    p.status,
    p.cost === undefined ? undefined : round(p.cost, 2),
    ...r.countries.map((cc) => (p.status === 'optimal' ? round(p.shares[cc] ?? 0, 6) : undefined)),
  ]);
  return `\uFEFF${[head, ...rows].map((row) => row.map((v) => csvCell(v, o.locale)).join(sep)).join('\r\n')}\r\n`;
}

export function renderSweepJson(r: SweepResult): string {
  const b = (x: Band): Record<string, number> => ({ p10: round(x.p10, 6), p50: round(x.p50, 6), p90: round(x.p90, 6) });
  const doc = {
    name: r.name,
    currency: r.currency,
    period: r.period,
    kind: r.plan.kind,
    ...(r.plan.kind === 'monte-carlo' ? { samples: r.plan.samples, seed: r.plan.seed } : {}),
    base_cost: r.baseCost === undefined ? null : round(r.baseCost, 2),
    inputs: r.inputs.map((i) => ({
      path: i.path,
      base: i.base ?? null,
      low: i.low,
      high: i.high,
      values: i.values ?? null,
    })),
    countries: r.countries,
    points: r.points.map((p) => ({
      values: p.values.map((v) => round(v, 6)),
      status: p.status,
      total_cost: p.cost === undefined ? null : round(p.cost, 2),
      // Only on a plan not proven optimal (as plan's optimality.gap; null: nothing bounds it).
      ...(p.gap === undefined ? {} : { gap: p.gap === null ? null : round(p.gap, 9) }),
      shares: Object.fromEntries(r.countries.map((cc) => [cc, round(p.shares[cc] ?? 0, 6)])),
      ...(p.message ? { message: p.message } : {}),
    })),
    bands: r.bands
      ? { cost: b(r.bands.cost), shares: Object.fromEntries(Object.entries(r.bands.shares).map(([k, v]) => [k, b(v)])) }
      : null,
    tornado: r.tornado.map((t) => ({
      input: t.input,
      low: t.low,
      high: t.high,
      cost_low: t.costLow ?? null,
      cost_high: t.costHigh ?? null,
      swing: t.swing ?? null,
    })),
    stats: {
      points: r.points.length,
      patched: r.patched,
      seconds: round(r.seconds, 3),
      points_per_second: r.seconds > 0 ? round(r.points.length / r.seconds, 1) : null,
    },
  };
  return jsonDocument(doc);
}

export const SWEEP_RENDERERS: Readonly<
  Record<Names<typeof SWEEP_FORMATS>, Registered<SweepResult, SweepRenderOptions>>
> = {
  table: textFormat(renderSweepTable),
  csv: textFormat(renderSweepCsv),
  json: textFormat((r) => renderSweepJson(r)),
  xlsx: xlsxFormat(renderSweepXlsx),
  svg: textFormat(renderSweepSvg),
};

export { SWEEP_FORMATS };
