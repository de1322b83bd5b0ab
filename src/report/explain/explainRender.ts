import { Chalk } from 'chalk';
import type { ExplainInfeasible, ExplainPlan, Explanation, RulePrice } from '../../explain/types.js';
import { cheapestWayOut } from '../../explain/waysOut.js';
import {
  choiceText,
  marginalText,
  priceText,
  ruleLabel,
  unsureRule,
  wayOutText,
  type TextContext,
} from './explainText.js';
import { money, percent, type Locale } from '../format.js';
import { phraseText } from '../../plan/numberWords.js';
import { markdownText, terminalText } from '../../text/escape.js';
import { fitProse } from '../../text/fitWidth.js';
import { explainWords } from '../i18n/explain.js';

/** `width`: terminal columns the table view wraps its sentences to (absent: no limit). */
export type ExplainRenderOptions = { readonly color: boolean; readonly locale: Locale; readonly width?: number };

/** A document as titled blocks of lines, laid out by the table (terminal) and Markdown renderers. */
type Block = {
  readonly title: string;
  readonly kind: 'numbered' | 'list' | 'groups' | 'text';
  readonly lines: readonly string[];
  /** kind `groups`: lines under sub-headings (an activity, then its countries). */
  readonly groups?: readonly { readonly head: string; readonly lines: readonly string[] }[];
};

const ctx = (e: Explanation, locale: Locale): TextContext => ({
  currency: e.currency,
  period: e.period,
  file: e.file,
  locale,
});

function planBlocks(e: ExplainPlan, t: TextContext): Block[] {
  const w = explainWords(t.locale);
  const priced = e.rules.filter((r) => r.saving > 0 || r.liftedCost === undefined);
  const unsure = e.rules.filter(unsureRule);
  const free = e.rules.filter((r) => r.saving === 0 && r.liftedCost !== undefined && !unsureRule(r));
  const labels = (rs: readonly RulePrice[]): string =>
    rs.map((r) => ruleLabel(r.rule, r.value, r.where, t)).join(w.listSep);
  const room = Math.max(...unsure.map((r) => r.bounds?.high ?? Infinity));
  const rules = [
    ...priced.map((r) => priceText(r, t)),
    ...(unsure.length
      ? [w.noSavingFound(labels(unsure), Number.isFinite(room) ? money(room, t.currency, t.locale) : '?')]
      : []),
    ...(free.length ? [w.costNothing(labels(free))] : []),
  ];
  const bounded = e.marginals.some((m) => m.bounds !== undefined);
  const from =
    e.marginalsFrom === 'highs-ranging'
      ? w.fromHighs
      : e.marginalsFrom === 'replanned'
        ? w.fromReplanned
        : w.fromEngine;
  const given = e.fixedDecisions ? w.givenPlan : '';
  const marginals = e.marginalsFrom === 'none' ? [w.noDuals] : e.marginals.map((m) => marginalText(m, t));
  const activities = [...new Set(e.choices.map((c) => c.activity))];
  const groups = activities.map((a) => ({
    head: a,
    lines: e.choices.filter((c) => c.activity === a).map((c) => `${c.country}  ${choiceText(c, t)}`),
  }));
  return [
    {
      title: e.rules.some((r) => r.bounds !== undefined) ? w.rulesTitleBounded : w.rulesTitle,
      lines: rules.length ? rules : [w.noRule],
      kind: 'numbered',
    },
    { title: w.marginalsTitle(`${from}${given}${bounded ? w.boundedNote : ''}`), lines: marginals, kind: 'list' },
    { title: w.whyTitle, lines: [], groups, kind: 'groups' },
  ];
}

function infeasibleBlocks(e: ExplainInfeasible, t: TextContext): Block[] {
  const w = explainWords(t.locale);
  const blocks: Block[] = [];
  if (e.conflict) {
    const lifting = e.notEnoughAlone.length === 0 ? w.liftAnyGives : w.liftSomeNotEnough(e.notEnoughAlone);
    blocks.push({
      title: w.conflictTitle(lifting),
      lines: e.conflict.map((m) => ruleLabel(m.rule, m.value, m.where, t)),
      kind: 'list',
    });
  } else {
    const why = e.noConflict === 'too-many-rules' ? w.tooManyRules : w.evenWithoutRules;
    blocks.push({ title: w.noMinimalTitle, lines: [why], kind: 'text' });
  }
  const best = cheapestWayOut(e.waysOut);
  blocks.push({
    title: w.waysOutTitle,
    lines: e.waysOut.length ? e.waysOut.map((x) => wayOutText(x, t)) : [w.noWayOut],
    kind: 'list',
  });
  if (best) blocks.push({ title: w.cheapestTitle, lines: [wayOutText(best, t)], kind: 'text' });
  // The plan's business-terms findings; its own deletion filter ('combination') would repeat the conflict above.
  const findings = e.conflict ? e.diagnosis.filter((f) => f.rule !== 'combination') : e.diagnosis;
  if (findings.length > 0)
    blocks.push({
      title: w.diagnosisTitle,
      lines: findings.map((f) => `${phraseText(f.phrase, t.locale)} (${f.file}:${f.line} ${f.path})`),
      kind: 'list',
    });
  return blocks;
}

function headline(e: Explanation, t: TextContext): [string, string] {
  const w = explainWords(t.locale);
  if (e.status === 'infeasible') return [w.noPlan(e.name), ''];
  const cost = money(e.totalCost, t.currency, t.locale);
  // "Optimal" only when the plan's certificate proves it (plan/proof.ts), as plan says.
  if (e.gap === 0) return [w.whyPlan(e.name), w.optimalCost(cost, t.period, e.engine)];
  if (e.gap === undefined) return [w.whyPlan(e.name), w.bestFound(cost, t.period, e.engine)];
  return [w.whyPlan(e.name), w.withinGap(cost, t.period, e.engine, percent(e.gap, t.locale, 2))];
}

const blocksOf = (e: Explanation, t: TextContext): Block[] =>
  e.status === 'infeasible' ? infeasibleBlocks(e, t) : planBlocks(e, t);

/** The blocks with every text (rule paths, names, file names, values) made safe for one medium. */
function safeBlocks(blocks: readonly Block[], safe: (s: string) => string): Block[] {
  return blocks.map((b) => ({
    ...b,
    title: safe(b.title),
    lines: b.lines.map(safe),
    ...(b.groups ? { groups: b.groups.map((g) => ({ head: safe(g.head), lines: g.lines.map(safe) })) } : {}),
  }));
}

/** The group lines of the rules' block (no saving found, cost nothing) carry no number. */
const unnumbered = (line: string, locale: Locale): boolean => {
  const w = explainWords(locale);
  return line.startsWith(w.costNothingHead) || line.startsWith(w.noSavingHead);
};

/** The terminal view: headings, numbered costs, sentences; colour only when asked. */
export function renderExplainTable(e: Explanation, { color, locale, width }: ExplainRenderOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = ctx(e, locale);
  const [title, sub] = headline(e, t).map(terminalText);
  const parts = [e.status === 'infeasible' ? c.red.bold(title ?? '') : c.bold(title ?? ''), ...(sub ? [sub] : [])];
  for (const b of safeBlocks(blocksOf(e, t), terminalText)) {
    const lines =
      b.kind === 'groups'
        ? (b.groups ?? []).flatMap((g) => [`  ${c.bold(g.head)}`, ...g.lines.map((l) => `    ${l}`)])
        : b.lines.map((l, i) =>
            b.kind === 'text'
              ? `  ${l}`
              : `  ${b.kind === 'numbered' && !unnumbered(l, locale) ? `${i + 1}.` : '-'} ${l}`,
          );
    parts.push(`${c.bold(b.title)}\n${lines.join('\n')}`);
  }
  return fitProse(`${parts.join('\n\n')}\n`, width);
}

/** Paste-ready Markdown. */
export function renderExplainMarkdown(e: Explanation, { locale }: ExplainRenderOptions): string {
  const t = ctx(e, locale);
  const [title, sub] = headline(e, t).map(markdownText);
  const parts = [`## ${title ?? ''}`, ...(sub ? [sub] : [])];
  for (const b of safeBlocks(blocksOf(e, t), markdownText)) {
    const lines =
      b.kind === 'groups'
        ? (b.groups ?? []).flatMap((g) => [
            `- **${g.head}**`,
            ...g.lines.map((l) => `  - ${l.replace(/^(\S+)\s+/, '**$1** ')}`),
          ])
        : b.kind === 'text'
          ? [...b.lines]
          : b.lines.map((l) => `- ${l}`);
    parts.push(`### ${b.title}\n\n${lines.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
