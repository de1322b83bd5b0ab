import type { Comparison, CompareRow, CompareUnit } from '../../compare/compareScenarios.js';
import { PLACES, round, type Locale } from '../format.js';
import { whatIfWords } from '../i18n/whatIf.js';
import { xlsxWords } from '../i18n/xlsx.js';
import {
  FMT,
  bold,
  column,
  formula,
  header,
  number,
  text,
  type Fmt,
  type SheetSpec,
  type XCell,
  type XRow,
} from './cells.js';

const FORMAT: Readonly<Record<CompareUnit, Fmt>> = { money: FMT.money, hours: FMT.hours, fte: FMT.fte };
const GROUP = { country: 'By country', allocation: 'Allocation (activity · country)' } as const;

/** A row's name in the reader's language (the comparison names its rows in English, as the JSON). */
function rowLabel(r: CompareRow, locale: Locale): string {
  if (locale === 'en' || r.group === 'allocation') return r.label;
  const w = whatIfWords(locale);
  if (r.group === 'total') return r.unit === 'money' ? w.totalCost : r.unit === 'fte' ? w.fte : w.hours;
  const country = r.label.split(' ')[0] ?? r.label;
  return r.unit === 'money' ? w.countryCost(country) : w.countryHours(country);
}

/**
 * `compare --format xlsx`: one sheet, a column per scenario and a Δ column after each but the
 * first; each Δ is a formula (this column − the reference), so the sheet audits itself.
 */
export function compareSheets(c: Comparison, locale: Locale = 'en'): SheetSpec[] {
  const w = xlsxWords(locale);
  const head = ['', ...c.columns.flatMap((col, i) => (i === 0 ? [col.label] : [col.label, `Δ ${col.label}`]))];
  const rows: XRow[] = [];
  let group = 'total';
  for (const r of c.rows) {
    if (r.group !== group) rows.push([bold(r.group === 'total' ? r.group : w.l(GROUP[r.group]))]);
    group = r.group;
    const at = rows.length + 2;
    const unit = r.unit === 'money' ? ` ${c.currency}` : r.group === 'allocation' ? ' h' : '';
    const value = (v: number | undefined): XCell =>
      v === undefined ? text(w.l('no plan')) : number(round(v, PLACES.cost), FORMAT[r.unit]);
    const base = r.values[0];
    rows.push([
      text(`${rowLabel(r, locale)}${unit}`),
      ...r.values.flatMap((v, i): XCell[] => {
        if (i === 0) return [value(v)];
        const col = 2 * i; // this value's column: B is the reference, then value/Δ pairs
        const delta =
          base === undefined || v === undefined
            ? null
            : formula(`${column(col)}${at}-B${at}`, round(v, PLACES.cost) - round(base, PLACES.cost), FORMAT[r.unit]);
        return [value(v), delta];
      }),
    ]);
  }
  return [{ name: w.l('Comparison'), rows: [header(head), ...rows], widths: [28, ...head.slice(1).map(() => 16)] }];
}
