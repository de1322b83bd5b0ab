import { premiumLines } from './coverageView.js';
import { where, planKind, poolingLines, siteLines, summaryLines, type Section } from './planSections.js';
import type { Renderer } from '../renderer.js';
import { phraseText } from '../../plan/numberWords.js';
import { markdownCode, markdownText as esc } from '../../text/escape.js';
import { shiftLines } from './rotaView.js';
import { esgLines } from './esgView.js';
import { planTables } from './planTables.js';
import { planWords } from '../i18n/plan.js';

function mdTable(s: Section): string {
  const align = s.head.map((_, i) => (s.numeric.includes(i) ? '---:' : ':---'));
  const rows = s.rows.map((r, i) =>
    s.total && i === s.rows.length - 1 ? r.map((x) => (x ? `**${esc(x)}**` : '')) : r.map(esc),
  );
  return [
    `### ${esc(s.title)}`,
    '',
    `| ${s.head.map(esc).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** A paste-ready Markdown report (GitHub/CommonMark tables). */
export const renderMarkdown: Renderer = (outcome, { locale }) => {
  if (outcome.status === 'infeasible') {
    const findings = outcome.diagnosis.map(
      (f) => `- ${esc(phraseText(f.phrase, locale))}  \n  ${markdownCode(where(f))}`,
    );
    return `## ${esc(planWords(locale).noPlan(outcome.name))}\n\n${findings.join('\n')}\n`;
  }
  const tables = planTables(outcome, locale);
  const sites = siteLines(outcome, locale)
    .map((l) => `- ${esc(l)}`)
    .join('\n');
  const parts = [
    `## ${esc(outcome.name)} — ${planKind(outcome, locale)}`,
    ...tables.map(mdTable),
    ...(sites ? [sites] : []),
    ...premiumLines(outcome, locale).map(esc),
    ...poolingLines(outcome, locale).map(esc),
    ...shiftLines(outcome, locale).map(esc),
    ...esgLines(outcome, locale).map(esc),
    summaryLines(outcome, locale).map(esc).join('\n\n'),
  ];
  return `${parts.join('\n\n')}\n`;
};
