import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { activitySection, allocationSection, countrySection, infeasibleLines, siteLines, summaryLines, type Section } from './planSections.js';
import type { Renderer } from './renderer.js';

function renderSection(s: Section, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const table = new Table({
    head: s.head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: s.head.map((_, i) => (s.numeric.includes(i) ? 'right' : 'left')),
  });
  s.rows.forEach((r, i) => table.push(s.total && i === s.rows.length - 1 ? r.map((x) => c.bold(x)) : [...r]));
  return `${c.bold(s.title)}\n${table.toString()}`;
}

/** The default human view: allocation, totals by country, activities, saving, optimality. */
export const renderTable: Renderer = (outcome, { color, locale }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (outcome.status === 'infeasible') {
    const [head, ...rest] = infeasibleLines(outcome);
    return `${c.red.bold(head ?? '')}\n${rest.join('\n')}\n`;
  }
  const title = c.bold(`${outcome.name} — optimal plan`);
  const sections = [allocationSection(outcome, locale), countrySection(outcome, locale), activitySection(outcome, locale)];
  const [total, ...rest] = [...summaryLines(outcome, locale)];
  const sites = siteLines(outcome, locale);
  if (sites.length > 0) rest.unshift(`Sites:\n${sites.map((l) => `  ${l}`).join('\n')}`);
  const proof = rest.pop() ?? '';
  return [title, ...sections.map((s) => renderSection(s, color)), c.bold(total ?? ''), ...rest.map((l) => c.green(l)), c.dim(proof)].join('\n\n') + '\n';
};
