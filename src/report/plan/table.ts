import { Chalk } from 'chalk';
import { plainTable, type Fit } from '../plainTable.js';
import { fitProse } from '../../text/fitWidth.js';
import {
  activityName,
  infeasibleLines,
  planKind,
  poolingLines,
  siteLines,
  summaryLines,
  type Section,
} from './planSections.js';
import type { Renderer } from '../renderer.js';
import type { Outcome, Plan } from '../../plan/types.js';
import type { Locale } from '../format.js';
import { cellText, coverageGrid, dayHead, legend, premiumLines, THIN_AGENTS } from './coverageView.js';
import { planWords } from '../i18n/plan.js';
import { terminalText as t } from '../../text/escape.js';
import { shiftLines } from './rotaView.js';
import { esgLines } from './esgView.js';
import { planTables } from './planTables.js';

// Names, ids, the period and the currency are the scenario's text: each goes through t() before
// colours are added (infeasibleLines escapes its own), so none reaches the terminal raw.

/** How a section fits the terminal: split into tables repeating its name columns (activity, country). */
const fitOf = (width: number | undefined, keep: number): Fit | undefined =>
  width === undefined ? undefined : { width, keep };

function renderSection(s: Section, color: boolean, width: number | undefined): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const rows = s.rows.map((r, i) => (s.total && i === s.rows.length - 1 ? r.map((x) => c.bold(t(x))) : r.map(t)));
  return `${c.bold(t(s.title))}\n${plainTable(
    s.head.map((h) => c.bold(t(h))),
    rows,
    s.head.map((_, i) => (s.numeric.includes(i) ? 'right' : 'left')),
    fitOf(width, s.keep ?? 1),
  )}`;
}

function coverageTables(p: Plan, color: boolean, locale: Locale, width: number | undefined): string[] {
  const week = p.week;
  if (!week) return [];
  const c = new Chalk({ level: color ? 1 : 0 });
  const tables = p.activities
    .map((x) => x.activity)
    .filter((id) => week.covered[id] !== undefined)
    .map((activity) => {
      const grid = coverageGrid(p, week, activity);
      const body: string[][] = [];
      grid.forEach((row, hour) => {
        if (row.every((cell) => !cell.covered)) return;
        body.push([
          `${String(hour).padStart(2, '0')}:00`,
          ...row.map((cell) => {
            const text = cellText(cell);
            return cell.covered && cell.answers.length === 0
              ? c.red.bold(text)
              : cell.agents < THIN_AGENTS && cell.covered
                ? c.yellow(text)
                : text;
          }),
        ]);
      });
      return `${c.bold(t(planWords(locale).coverageOf(activityName(p, activity))))}\n${plainTable(
        ['', ...dayHead(locale)].map((h) => c.bold(h)),
        body,
        [],
        fitOf(width, 1),
      )}`;
    });
  return [...tables, c.dim(t(legend(week.timezone, locale))), ...premiumLines(p, locale).map(t)];
}

/** The default human view: allocation, totals by country, activities, saving, optimality. */
export const renderTable: Renderer = (outcome, { color, locale, width }) =>
  fitProse(tableText(outcome, color, locale, width), width);

function tableText(outcome: Outcome, color: boolean, locale: Locale, width: number | undefined): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (outcome.status === 'infeasible') {
    const [head, ...rest] = infeasibleLines(outcome, locale);
    return `${c.red.bold(head ?? '')}\n${rest.join('\n')}\n`;
  }
  const title = c.bold(t(`${outcome.name} — ${planKind(outcome, locale)}`));
  const sections = planTables(outcome, locale);
  const coverage = [
    ...coverageTables(outcome, color, locale, width),
    ...poolingLines(outcome, locale).map(t),
    ...shiftLines(outcome, locale).map(t),
    ...esgLines(outcome, locale).map(t),
  ];
  const [total, ...rest] = summaryLines(outcome, locale).map(t);
  const sites = siteLines(outcome, locale);
  if (sites.length > 0) rest.unshift(`${planWords(locale).sites}\n${sites.map((l) => `  ${t(l)}`).join('\n')}`);
  const proof = rest.pop() ?? '';
  return (
    [
      title,
      ...sections.map((s) => renderSection(s, color, width)),
      ...coverage,
      c.bold(total ?? ''),
      ...rest.map((l) => c.green(l)),
      c.dim(proof),
    ].join('\n\n') + '\n'
  );
}
