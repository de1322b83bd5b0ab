import type { CountryChoice, Marginal, RulePrice, WayOut } from '../explain/types.js';
import { whereText, type Where } from '../explain/where.js';
import { money, num, percent, type Locale } from './format.js';

/** Sentences of `bestshore explain`, shared by the table, Markdown and JSON renderers. */
export type TextContext = {
  readonly currency: string;
  readonly period: string;
  readonly file: string;
  readonly locale: Locale;
};

const at = (w: Where, t: TextContext): string => whereText(w, t.file);
const last = (path: string): string => path.split('.').at(-1) ?? path;
const subject = (path: string): string => path.split('.')[1] ?? path;

/** `activities.acquisition.min_quality: 0.93 (line 50)`. */
export function ruleLabel(rule: string, value: string, w: Where, t: TextContext): string {
  return `${rule}${value ? `: ${value}` : ''} (${at(w, t)})`;
}

export function priceText(r: RulePrice, t: TextContext): string {
  const label = ruleLabel(r.rule, r.value, r.where, t);
  if (r.liftedCost === undefined) return `${label}: not priced (the scenario without it could not be solved in time)`;
  if (r.saving === 0) return `${label} costs nothing: lifting it would not lower the cost`;
  const share = r.share < 0.0005 ? `<${percent(0.001, t.locale)}` : percent(r.share, t.locale);
  return `${label} costs ${money(r.saving, t.currency, t.locale)}/${t.period} (+${share})`;
}

function stepText(m: Marginal, t: TextContext): string {
  if (m.rowUnit) return '1% of its value';
  return m.step === 1 ? '1' : num(m.step, 2, t.locale);
}

/** What rises by one step, in words. */
function whatRises(m: Marginal, t: TextContext): string {
  const a = m.activity ?? subject(m.rule);
  const c = m.country ?? subject(m.rule);
  switch (m.kind) {
    case 'hours':
      return `one more hour of ${a}`;
    case 'capacity':
      return `one more hour of capacity in ${c}`;
    case 'language-capacity':
      return `one more hour of ${m.language ?? ''} capacity in ${c}`;
    case 'quality':
      return `raising ${a}'s quality floor by ${stepText(m, t)}`;
    case 'max-share':
      return `raising ${a}'s max_share by ${stepText(m, t)}`;
    case 'min-home-share':
      return `raising ${a}'s min_home_share by ${stepText(m, t)}`;
    case 'global-max-share':
      return `raising the rule ${subject(m.rule)}'s max_share (all its work) by ${stepText(m, t)}`;
    case 'global-min-home-share':
      return `raising the rule ${subject(m.rule)}'s min_home_share (all its work) by ${stepText(m, t)}`;
    case 'social-clause':
      return `raising the social clause's min_share by ${stepText(m, t)}`;
    default:
      return `raising ${m.rule} by ${stepText(m, t)}`;
  }
}

function valueText(v: number, m: Marginal, t: TextContext): string {
  return m.step < 1
    ? shareText(v, t)
    : `${num(v, 0, t.locale)}${m.kind.includes('capacity') || m.kind === 'hours' ? ' h' : ''}`;
}

/** "one more hour of capacity in RO saves 8.50 EUR/month (holds from 2,760 h to 9,000 h)". */
export function marginalText(m: Marginal, t: TextContext): string {
  const verb = m.change >= 0 ? 'costs' : 'saves';
  const amount = money(Math.abs(m.change), t.currency, t.locale, 2);
  const range = m.range ? ` (holds from ${valueText(m.range.from, m, t)} to ${valueText(m.range.to, m, t)})` : '';
  const perHour = m.kind === 'hours' || m.kind === 'capacity' || m.kind === 'language-capacity';
  return `${whatRises(m, t)} ${verb} ${amount}${perHour ? '' : `/${t.period}`}${range}`;
}

export function choiceText(c: CountryChoice, t: TextContext): string {
  switch (c.status) {
    case 'used':
      return `used: ${num(c.hours, 0, t.locale)} h (${percent(c.share, t.locale)})`;
    case 'closed':
      return `site closed by ${c.where ? `${c.where.path} (${at(c.where, t)})` : 'its site rules'}`;
    case 'excluded': {
      const w = c.where ? ` (${at(c.where, t)})` : '';
      if (c.exclusion === 'language') return `excluded: does not offer ${c.exclusionRule ?? 'the language'}${w}`;
      if (c.exclusion === 'allow-list') return `excluded by the allow-list ${c.exclusionRule ?? ''}${w}`;
      return `excluded by residency: ${c.exclusionRule ?? 'data class'}${w}`;
    }
    case 'unused': {
      if (c.cheaperBy === undefined) return 'not used';
      if (c.cheaperBy < 0.005)
        return 'not used, but as cheap as the countries used at the margin (a tie: another optimal plan may use it)';
      const target = Math.max(0, c.rate - c.cheaperBy);
      return `not used: would enter the plan ${money(c.cheaperBy, t.currency, t.locale, 2)}/h cheaper (below ${num(target, 2, t.locale)} instead of ${num(c.rate, 2, t.locale)} ${t.currency}/h)`;
    }
  }
}

/** A share with two decimals, or three when it needs them (0.9 → 0.90, 0.838 → 0.838). */
function shareText(v: number, t: TextContext): string {
  return num(v, Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? 2 : 3, t.locale);
}

const fmt = (v: number | undefined, unitShare: boolean, t: TextContext): string =>
  v === undefined ? '' : unitShare ? shareText(v, t) : num(v, 0, t.locale);

function liftText(w: WayOut, subjectOf: string): string {
  if (w.kind === 'residency') return `treat ${subjectOf}'s data as data: none`;
  if (w.kind === 'coverage') return `drop ${subjectOf}'s coverage: the same hours, worked whenever a country works`;
  if (w.kind === 'working-hours') return `open ${subjectOf}'s working_hours round the clock`;
  return `lift ${w.rule}`;
}

/** "lower sales's quality floor from 0.90 to 0.838", "add 310 h of capacity in FR (1,000 → 1,310 h)". */
export function wayOutText(w: WayOut, t: TextContext): string {
  const a = subject(w.rule);
  const share =
    w.kind === 'quality' ||
    w.kind === 'max-share' ||
    w.kind === 'min-home-share' ||
    w.kind === 'min-country-share' ||
    w.kind === 'global-max-share' ||
    w.kind === 'global-min-home-share' ||
    w.kind === 'social-clause';
  const from = fmt(w.from, share, t);
  const to = fmt(w.to, share, t);
  const delta = w.from !== undefined && w.to !== undefined ? num(Math.abs(w.to - w.from), 0, t.locale) : '';
  let what: string;
  switch (w.action) {
    case 'allow-country':
      what = `add ${w.country ?? ''} to ${a}'s allow-list`;
      break;
    case 'sign-scc':
      what = `sign standard contractual clauses with ${w.country ?? ''} (scc: true), so ${a}'s personal data may go there`;
      break;
    case 'lift':
      what = liftText(w, a);
      break;
    case 'relax':
      if (w.kind === 'quality') what = `lower ${a}'s quality floor from ${from} to ${to}`;
      else if (w.kind === 'capacity') what = `add ${delta} h of capacity in ${a} (${from} → ${to} h)`;
      else if (w.kind === 'language-capacity')
        what = `add ${delta} h of ${w.rule.split('.')[3] ?? ''} capacity in ${a} (${from} → ${to} h)`;
      else if (w.kind === 'global-max-share') what = `raise ${w.rule} from ${from} to ${to}`;
      else if (w.kind === 'global-min-home-share' || w.kind === 'social-clause')
        what = `lower ${w.rule} from ${from} to ${to}`;
      else if (w.kind === 'max-share' || w.kind === 'max-countries')
        what = `raise ${w.kind === 'max-share' ? `${a}'s ` : ''}${last(w.rule)} from ${from} to ${to}`;
      else
        what = `lower ${w.rule.startsWith('activities.') || w.rule.startsWith('countries.') ? `${a}'s ` : ''}${last(w.rule)} from ${from} to ${to}`;
  }
  return `${what} (${at(w.where, t)}): a plan at ${money(w.planCost, t.currency, t.locale)}/${t.period}`;
}
