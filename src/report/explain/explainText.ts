import type { Bounds, CountryChoice, Marginal, RulePrice, WayOut } from '../../explain/types.js';
import type { Where } from '../../explain/where.js';
import { relaxUnit } from '../../model/ruleCatalogue.js';
import { explainWords } from '../i18n/explain.js';
import { money, num, percent, type Locale } from '../format.js';

/** Sentences of `bestshore explain`, shared by the table, Markdown and JSON renderers. */
export type TextContext = {
  readonly currency: string;
  readonly period: string;
  readonly file: string;
  readonly locale: Locale;
};

/** Where a rule is written, in the reader's language: `line 18`, `base.yaml:18` when another file than the scenario's, or the `--set` option; `default; line 18` for a default. */
function at(w: Where, t: TextContext): string {
  if (w.line === 0) return w.file;
  const words = explainWords(t.locale);
  const place = w.file === t.file ? words.line(w.line) : `${w.file}:${w.line}`;
  return w.written ? place : words.defaultAt(place);
}
const last = (path: string): string => path.split('.').at(-1) ?? path;
const subject = (path: string): string => path.split('.')[1] ?? path;

/** `activities.acquisition.min_quality: 0.93 (line 50)`. */
export function ruleLabel(rule: string, value: string, w: Where, t: TextContext): string {
  return `${rule}${value ? `: ${value}` : ''} (${at(w, t)})`;
}

/**
 * A rule re-planned without any saving whose plans are proven only within gaps that leave room
 * for one (its saving's range reaches above 0): neither priced nor free.
 */
export const unsureRule = (r: RulePrice): boolean =>
  r.saving === 0 && r.liftedCost !== undefined && r.bounds !== undefined && r.bounds.high !== 0;

/** "between 14,936 EUR and 22,912 EUR" for a figure known only within its plans' gaps. */
export function boundsText(b: Bounds | undefined, t: TextContext, decimals = 0): string {
  if (!b) return '';
  const w = explainWords(t.locale);
  const m = (v: number): string => money(v, t.currency, t.locale, decimals);
  if (b.low !== undefined && b.high !== undefined) return w.between(m(b.low), m(b.high));
  if (b.low !== undefined) return w.atLeast(m(b.low));
  return b.high !== undefined ? w.atMost(m(b.high)) : '';
}

export function priceText(r: RulePrice, t: TextContext): string {
  const w = explainWords(t.locale);
  const label = ruleLabel(r.rule, r.value, r.where, t);
  if (r.liftedCost === undefined) return w.notPriced(label);
  if (r.saving === 0) return w.costsNothing(label);
  const share = r.share < 0.0005 ? `<${percent(0.001, t.locale)}` : percent(r.share, t.locale);
  const bounded = boundsText(r.bounds, t);
  return w.costs(
    label,
    money(r.saving, t.currency, t.locale),
    w.perPeriod(t.period),
    bounded ? `${share}; ${bounded}` : share,
  );
}

function stepText(m: Marginal, t: TextContext): string {
  if (m.rowUnit) return explainWords(t.locale).onePercent;
  return m.step === 1 ? '1' : num(m.step, 2, t.locale);
}

/** What rises by one step, in words. */
function whatRises(m: Marginal, t: TextContext): string {
  const a = m.activity ?? subject(m.rule);
  const c = m.country ?? subject(m.rule);
  const w = explainWords(t.locale);
  switch (m.kind) {
    case 'hours':
      return w.moreHours(a);
    case 'capacity':
      return w.moreCapacity(c);
    case 'language-capacity':
      return w.moreLanguageCapacity(m.language ?? '', c);
    case 'quality':
      return w.raiseQuality(a, stepText(m, t));
    case 'max-share':
      return w.raiseMaxShare(a, stepText(m, t));
    case 'min-home-share':
      return w.raiseMinHomeShare(a, stepText(m, t));
    case 'global-max-share':
      return w.raiseGlobalMaxShare(subject(m.rule), stepText(m, t));
    case 'global-min-home-share':
      return w.raiseGlobalMinHomeShare(subject(m.rule), stepText(m, t));
    case 'social-clause':
      return w.raiseSocialClause(stepText(m, t));
    default:
      return w.raiseRule(m.rule, stepText(m, t));
  }
}

function valueText(v: number, m: Marginal, t: TextContext): string {
  return m.step < 1
    ? shareText(v, t)
    : `${num(v, 0, t.locale)}${m.kind.includes('capacity') || m.kind === 'hours' ? ' h' : ''}`;
}

/** "one more hour of capacity in RO saves 8.50 EUR/month (holds from 2,760 h to 9,000 h)". */
export function marginalText(m: Marginal, t: TextContext): string {
  const w = explainWords(t.locale);
  const verb = m.change >= 0 ? w.costsVerb : w.savesVerb;
  const amount = money(Math.abs(m.change), t.currency, t.locale, 2);
  const range = m.range ? w.holds(valueText(m.range.from, m, t), valueText(m.range.to, m, t)) : '';
  const perHour = m.kind === 'hours' || m.kind === 'capacity' || m.kind === 'language-capacity';
  // Re-planned plans proven only within gaps: the change as a cost, with the range it may take.
  const bounded = boundsText(m.bounds, t, 2);
  const per = perHour ? '' : `/${w.perPeriod(t.period)}`;
  return `${whatRises(m, t)} ${verb} ${amount}${per}${range}${bounded ? ` (${w.costsVerb} ${bounded})` : ''}`;
}

export function choiceText(c: CountryChoice, t: TextContext): string {
  const w = explainWords(t.locale);
  switch (c.status) {
    case 'used':
      return w.used(num(c.hours, 0, t.locale), percent(c.share, t.locale));
    case 'closed':
      return w.closedBy(c.where ? `${c.where.path} (${at(c.where, t)})` : w.itsSiteRules);
    case 'excluded': {
      const where = c.where ? ` (${at(c.where, t)})` : '';
      if (c.exclusion === 'language') return w.excludedLanguage(c.exclusionRule, where);
      if (c.exclusion === 'allow-list') return w.excludedAllowList(c.exclusionRule ?? '', where);
      return w.excludedResidency(c.exclusionRule, where);
    }
    case 'unused': {
      if (c.cheaperBy === undefined) return w.notUsed;
      if (c.cheaperBy < 0.005) return w.tie;
      const target = Math.max(0, c.rate - c.cheaperBy);
      return w.cheaper(
        money(c.cheaperBy, t.currency, t.locale, 2),
        num(target, 2, t.locale),
        num(c.rate, 2, t.locale),
        t.currency,
      );
    }
  }
}

/** A share with two decimals, or three when it needs them (0.9 → 0.90, 0.838 → 0.838). */
function shareText(v: number, t: TextContext): string {
  return num(v, Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? 2 : 3, t.locale);
}

const fmt = (v: number | undefined, unitShare: boolean, t: TextContext): string =>
  v === undefined ? '' : unitShare ? shareText(v, t) : num(v, 0, t.locale);

function liftText(w: WayOut, subjectOf: string, t: TextContext): string {
  const words = explainWords(t.locale);
  if (w.kind === 'residency') return words.treatAsNone(subjectOf);
  if (w.kind === 'coverage') return words.dropCoverage(subjectOf);
  if (w.kind === 'working-hours') return words.roundTheClock(subjectOf);
  if (w.kind === 'shift-lengths') return words.everyShiftLength(subjectOf);
  return words.lift(w.rule);
}

/** "lower sales's quality floor from 0.90 to 0.838", "add 310 h of capacity in FR (1,000 → 1,310 h)". */
export function wayOutText(w: WayOut, t: TextContext): string {
  const a = subject(w.rule);
  const share = relaxUnit(w.kind) === 'share';
  const from = fmt(w.from, share, t);
  const to = fmt(w.to, share, t);
  const delta = w.from !== undefined && w.to !== undefined ? num(Math.abs(w.to - w.from), 0, t.locale) : '';
  const words = explainWords(t.locale);
  let what: string;
  switch (w.action) {
    case 'allow-country':
      what = words.allowCountry(w.country ?? '', a);
      break;
    case 'sign-scc':
      what = words.signScc(w.country ?? '', a);
      break;
    case 'lift':
      what = liftText(w, a, t);
      break;
    case 'relax':
      if (w.kind === 'quality') what = words.lowerQuality(a, from, to);
      else if (w.kind === 'capacity') what = words.addCapacity(delta, a, from, to);
      else if (w.kind === 'language-capacity')
        what = words.addLanguageCapacity(delta, w.rule.split('.')[3] ?? '', a, from, to);
      else if (w.kind === 'global-max-share') what = words.raise(undefined, w.rule, from, to);
      else if (w.kind === 'global-min-home-share' || w.kind === 'social-clause')
        what = words.lower(undefined, w.rule, from, to);
      else if (w.kind === 'max-share' || w.kind === 'max-countries')
        what = words.raise(w.kind === 'max-share' ? a : undefined, last(w.rule), from, to);
      else
        what = words.lower(
          w.rule.startsWith('activities.') || w.rule.startsWith('countries.') ? a : undefined,
          last(w.rule),
          from,
          to,
        );
  }
  return words.wayOut(what, at(w.where, t), money(w.planCost, t.currency, t.locale), words.perPeriod(t.period));
}
