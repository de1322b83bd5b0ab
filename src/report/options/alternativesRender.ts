import { Chalk } from 'chalk';
import type { Alternative, AlternativesResult } from '../../options/types.js';
import { pathText, setOption } from '../../options/variant.js';
import { fitProse } from '../../text/fitWidth.js';
import { markdownText, terminalText } from '../../text/escape.js';
import { money, num, percent, round, type Locale } from '../format.js';
import { jsonDocument } from '../jsonDocument.js';
import { plainTable } from '../plainTable.js';
import { textFormat, type Registered } from '../renderer.js';
import type { Names } from '../formatNames.js';
import { optionsWords } from '../i18n/options.js';
import { type ALTERNATIVES_FORMATS } from './formatNames.js';
import { csvHead } from '../i18n/csvHeads.fr.js';
import { csvDocument, proofJson, proofWords } from './cells.js';
import { renderAlternativesHtml, renderAlternativesSvg } from './optionsPictures.js';

export type OptionsRenderOptions = { readonly color: boolean; readonly locale: Locale; readonly width?: number };

const homeShare = (a: Alternative): number => a.difference.home.to;

function title(r: AlternativesResult, o: OptionsRenderOptions): string {
  const w = optionsWords(o.locale);
  const opt = r.optimumProof.proven ? w.provenOptimal : w.bestFound;
  return (
    `${w.altTitle(r.name, r.alternatives.length, percent(r.slack, o.locale))}\n` +
    w.optimumLine(
      money(r.optimum.totalCost, r.currency, o.locale),
      r.period,
      opt,
      money(r.budget, r.currency, o.locale),
    )
  );
}

const none = (r: AlternativesResult, o: OptionsRenderOptions): string =>
  optionsWords(o.locale).none(percent(r.slack, o.locale === 'fr' ? 'fr' : undefined), r.searches);

function rows(r: AlternativesResult, o: OptionsRenderOptions, text: (s: string) => string): string[][] {
  const w = optionsWords(o.locale);
  const optimumHome = r.optimum.countries.find((c) => c.country === r.home)?.hours ?? 0;
  const risk = (v: number | undefined): string[] =>
    r.optimumRisk === undefined ? [] : [v === undefined ? '—' : num(v, 1, o.locale)];
  const table = [
    [
      '0',
      money(r.optimum.totalCost, r.currency, o.locale),
      '—',
      String(r.optimum.countries.filter((c) => c.hours > 0).length),
      percent(r.optimum.totalHours > 0 ? optimumHome / r.optimum.totalHours : 0, o.locale, 0),
      ...risk(r.optimumRisk),
      w.theOptimum,
    ],
    ...r.alternatives.map((a) => [
      String(a.rank),
      money(a.plan.totalCost, r.currency, o.locale),
      `+${percent(a.above, o.locale, 2)}`,
      String(a.countries),
      percent(homeShare(a), o.locale, 0),
      ...risk(a.risk),
      w.difference(a.difference),
    ]),
  ];
  return table.map((row) => row.map(text));
}

/** The columns; Risk (the mean risk score) when every country has one. */
const head = (r: AlternativesResult, o: OptionsRenderOptions): string[] => {
  const w = optionsWords(o.locale);
  return ['#', w.cost, w.above, w.countries, w.home, ...(r.optimumRisk === undefined ? [] : [w.risk]), w.differs];
};

function details(
  r: AlternativesResult,
  o: OptionsRenderOptions,
  text: (s: string) => string,
  code: (s: string) => string,
): string[] {
  const w = optionsWords(o.locale);
  const colon = o.locale === 'fr' ? '\u00a0:' : ':';
  return r.alternatives.map(
    (a) =>
      `${a.rank}. ${text(w.aim(a.aim))}${colon} ${proofWords(a.proof, w.itsVariant, w)}.\n   ${code(`bestshore plan <scenario> ${a.sets.map(setOption).join(' ')}`)}`,
  );
}

export function renderAlternativesTable(result: AlternativesResult, o: OptionsRenderOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const w = optionsWords(o.locale);
  const t = (s: string): string => terminalText(s);
  const parts = [
    title(result, o)
      .split('\n')
      .map((l, k) => (k === 0 ? c.bold(t(l)) : t(l)))
      .join('\n'),
  ];
  if (result.alternatives.length === 0) parts.push(none(result, o));
  else {
    const h = head(result, o);
    parts.push(
      plainTable(
        h.map((x) => c.bold(x)),
        rows(result, o, t),
        h.map((_, k) => (k === h.length - 1 ? 'left' : 'right')),
        o.width === undefined ? undefined : { width: o.width, keep: 2 },
      ),
    );
    parts.push(`${c.bold(w.planIt)}\n${details(result, o, t, t).join('\n')}`);
  }
  if (result.discarded.length > 0) parts.push(w.discarded(result.discarded.length));
  return fitProse(`${parts.join('\n\n')}\n`, o.width);
}

export function renderAlternativesMarkdown(r: AlternativesResult, o: OptionsRenderOptions): string {
  const m = markdownText;
  const [first = '', second = ''] = title(r, o).split('\n');
  const out = [`# ${m(first)}`, '', m(second), ''];
  if (r.alternatives.length === 0) return `${[...out, m(none(r, o))].join('\n')}\n`;
  const w = optionsWords(o.locale);
  const h = head(r, o);
  out.push(`| ${h.join(' | ')} |`, `|${h.map((_, k) => (k === h.length - 1 ? '---' : '---:')).join('|')}|`);
  for (const row of rows(r, o, m)) out.push(`| ${row.join(' | ')} |`);
  out.push('', w.planItMd, '');
  out.push(...details(r, o, m, m));
  return `${out.join('\n')}\n`;
}

export function renderAlternativesJson(r: AlternativesResult): string {
  const shares = (p: AlternativesResult['optimum']): Record<string, number> =>
    Object.fromEntries(
      p.countries
        .filter((c) => c.hours > 0)
        .map((c) => [c.country, round(p.totalHours > 0 ? c.hours / p.totalHours : 0, 6)]),
    );
  const allocation = (p: AlternativesResult['optimum']) =>
    p.allocation.map((a) => ({
      activity: a.activity,
      country: a.country,
      hours: round(a.hours, 2),
      cost: round(a.cost, 2),
    }));
  return jsonDocument({
    name: r.name,
    currency: r.currency,
    period: r.period,
    home: r.home,
    slack: r.slack,
    budget: round(r.budget, 2),
    optimum: {
      total_cost: round(r.optimum.totalCost, 2),
      ...proofJson(r.optimumProof),
      risk: r.optimumRisk === undefined ? null : round(r.optimumRisk, 4),
      shares: shares(r.optimum),
      allocation: allocation(r.optimum),
    },
    alternatives: r.alternatives.map((a) => ({
      rank: a.rank,
      aim: a.aim,
      total_cost: round(a.plan.totalCost, 2),
      above: round(a.above, 6),
      ...proofJson(a.proof),
      countries: a.countries,
      home_share: round(homeShare(a), 6),
      risk: a.risk === undefined ? null : round(a.risk, 4),
      moved: round(a.difference.moved, 6),
      dropped: a.difference.dropped,
      added: a.difference.added,
      summary: a.difference.summary,
      sets: a.sets.map((x) => ({ path: pathText(x), value: x.value })),
      shares: shares(a.plan),
      allocation: allocation(a.plan),
    })),
    discarded: r.discarded,
    searches: r.searches,
  });
}

export function renderAlternativesCsv(r: AlternativesResult, o: OptionsRenderOptions): string {
  const cols = ['rank', 'total_cost', 'above', 'proven', 'countries', 'home_share', 'risk', 'moved', 'summary', 'sets'];
  const optHome =
    (r.optimum.countries.find((c) => c.country === r.home)?.hours ?? 0) / Math.max(1e-9, r.optimum.totalHours);
  const body = [
    [
      0,
      round(r.optimum.totalCost, 2),
      0,
      String(r.optimumProof.proven),
      r.optimum.countries.filter((c) => c.hours > 0).length,
      round(optHome, 6),
      r.optimumRisk === undefined ? undefined : round(r.optimumRisk, 4),
      0,
      'the optimum',
      '',
    ],
    ...r.alternatives.map((a) => [
      a.rank,
      round(a.plan.totalCost, 2),
      round(a.above, 6),
      String(a.proof.proven),
      a.countries,
      round(homeShare(a), 6),
      a.risk === undefined ? undefined : round(a.risk, 4),
      round(a.difference.moved, 6),
      a.difference.summary,
      a.sets.map(setOption).join(' '),
    ]),
  ];
  return csvDocument([cols.map((h) => csvHead(h, o.locale)), ...body], o.locale);
}

export const ALTERNATIVES_RENDERERS: Readonly<
  Record<Names<typeof ALTERNATIVES_FORMATS>, Registered<AlternativesResult, OptionsRenderOptions>>
> = {
  table: textFormat(renderAlternativesTable),
  md: textFormat(renderAlternativesMarkdown),
  json: textFormat((r) => renderAlternativesJson(r)),
  csv: textFormat(renderAlternativesCsv),
  svg: textFormat(renderAlternativesSvg),
  html: textFormat(renderAlternativesHtml),
};
