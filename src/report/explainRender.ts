import { Chalk } from 'chalk';
import type { ExplainInfeasible, ExplainPlan, Explanation } from '../explain/types.js';
import { cheapestWayOut } from '../explain/waysOut.js';
import { choiceText, marginalText, priceText, ruleLabel, wayOutText, type TextContext } from './explainText.js';
import { money, type Locale } from './format.js';
import { phraseText } from '../plan/numberWords.js';
import { markdownText, terminalText } from '../text/escape.js';
import { fitProse } from '../text/fitWidth.js';

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
  const priced = e.rules.filter((r) => r.saving > 0 || r.liftedCost === undefined);
  const free = e.rules.filter((r) => r.saving === 0 && r.liftedCost !== undefined);
  const rules = [
    ...priced.map((r) => priceText(r, t)),
    ...(free.length
      ? [
          `Cost nothing (lifting one alone would not lower the cost): ${free.map((r) => ruleLabel(r.rule, r.value, r.where, t)).join('; ')}`,
        ]
      : []),
  ];
  const from =
    e.marginalsFrom === 'highs-ranging'
      ? 'duals and ranging from HiGHS'
      : e.marginalsFrom === 'replanned'
        ? 're-planned one step further: whole-agent staffing has no dual prices'
        : 'duals from the engine';
  const given = e.fixedDecisions ? ', for the sites and staffing of this plan' : '';
  const marginals =
    e.marginalsFrom === 'none'
      ? ['the engine gave no duals for this plan']
      : e.marginals.map((m) => marginalText(m, t));
  const activities = [...new Set(e.choices.map((c) => c.activity))];
  const groups = activities.map((a) => ({
    head: a,
    lines: e.choices.filter((c) => c.activity === a).map((c) => `${c.country}  ${choiceText(c, t)}`),
  }));
  return [
    {
      title: 'What each rule costs (the saving if it were lifted, re-solved without it)',
      lines: rules.length ? rules : ['the scenario has no rule to lift'],
      kind: 'numbered',
    },
    { title: `Marginal values (${from}${given})`, lines: marginals, kind: 'list' },
    { title: 'Why (not) this country', lines: [], groups, kind: 'groups' },
  ];
}

function infeasibleBlocks(e: ExplainInfeasible, t: TextContext): Block[] {
  const blocks: Block[] = [];
  if (e.conflict) {
    const lifting =
      e.notEnoughAlone.length === 0
        ? 'lifting any one of them gives a plan'
        : `with the others lifted, lifting any one of them gives a plan; lifting ${e.notEnoughAlone.join(' or ')} alone is not enough, other rules conflict too`;
    blocks.push({
      title: `These rules cannot hold together (a minimal conflict: ${lifting})`,
      lines: e.conflict.map((m) => ruleLabel(m.rule, m.value, m.where, t)),
      kind: 'list',
    });
  } else {
    const why =
      e.noConflict === 'too-many-rules'
        ? 'the scenario has too many rules for the deletion filter (one solve per rule)'
        : 'even without any rule (quality floors, shares, capacities, residency, allow-lists) the demand cannot be met';
    blocks.push({ title: 'No minimal set of rules could be isolated', lines: [why], kind: 'text' });
  }
  const best = cheapestWayOut(e.waysOut);
  blocks.push({
    title: 'Ways out (each changes one rule; cheapest plan first)',
    lines: e.waysOut.length ? e.waysOut.map((w) => wayOutText(w, t)) : ['no change of a single rule restores a plan'],
    kind: 'list',
  });
  if (best) blocks.push({ title: 'Cheapest way out', lines: [wayOutText(best, t)], kind: 'text' });
  // The plan's business-terms findings; its own deletion filter ('combination') would repeat the conflict above.
  const findings = e.conflict ? e.diagnosis.filter((f) => f.rule !== 'combination') : e.diagnosis;
  if (findings.length > 0)
    blocks.push({
      title: 'Diagnosis (as bestshore plan gives it)',
      lines: findings.map((f) => `${phraseText(f.phrase, t.locale)} (${f.file}:${f.line} ${f.path})`),
      kind: 'list',
    });
  return blocks;
}

function headline(e: Explanation, t: TextContext): [string, string] {
  if (e.status === 'infeasible') return [`${e.name}: no plan satisfies the constraints`, ''];
  return [
    `${e.name} — why this plan`,
    `Optimal cost: ${money(e.totalCost, t.currency, t.locale)} per ${t.period} (engine: ${e.engine}).`,
  ];
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
              : `  ${b.kind === 'numbered' && !l.startsWith('Cost nothing') ? `${i + 1}.` : '-'} ${l}`,
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
