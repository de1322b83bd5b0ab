import { beforeAll, describe, expect, it } from 'vitest';
import { frenchMessage } from '../src/scenario/messagesFr.js';
import { RARER_GROUPS as GROUPS, SLIP_BASE } from './support/frenchSlips.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * The rarer scenario problems in French (messagesFrBid.ts, messagesFrEsg.ts, messagesFrSchema.ts,
 * messagesFrHorizon.ts): each clause against a message the checks really write, and no English
 * word left in the French of any message the slips produce.
 */
/** English words a French message must not keep, outside its quoted values and { … } examples. */
const ENGLISH =
  /\b(expected|must|the|such|of|per|is|are|at|or|and|see|with|for|has|have|not|in|to|be|than|each|every|needs?|got)\b/;
const outsideValues = (fr: string): string =>
  fr
    .replace(/«[^»]*»/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\S*[._]\S*/g, '');

const messages = new Map<string, string[]>();
beforeAll(async () => {
  const { write } = scratch('bestshore-fr-more-');
  for (const [name, [, slips]] of Object.entries(GROUPS)) {
    const files = slips.map(([from, to], i) => {
      expect(SLIP_BASE).toContain(from);
      return write(`${name}${i}.yaml`, SLIP_BASE.replace(from, to));
    });
    const corpus = name === 'checks' ? ['test/fixtures/invalid/alias-bomb.yaml'] : [];
    const r = await runMain(['validate', '--format', 'json', ...files, ...corpus]);
    const doc = JSON.parse(r.stdout) as { files: { diagnostics: { message: string }[] }[] };
    messages.set(
      name,
      doc.files.flatMap((f) => f.diagnostics.map((d) => d.message)),
    );
  }
});

describe('the rarer scenario problems in French', () => {
  it.each(Object.entries(GROUPS))('%s: every clause rewrites a message the checks write', (name, [clauses]) => {
    const got = messages.get(name) ?? [];
    const unused = clauses.filter(([pattern]) => !got.some((m) => new RegExp(pattern.source).test(m)));
    expect(unused.map(([p]) => p.source)).toEqual([]);
  });

  it.each(Object.keys(GROUPS))('%s: no English word left in French', (name) => {
    const left = (messages.get(name) ?? [])
      .map((m) => [m, frenchMessage(m)] as const)
      .filter(([, fr]) => ENGLISH.test(outsideValues(fr)));
    expect(left).toEqual([]);
  });

  it('French typography; values, keys and the fix to type kept', () => {
    expect(frenchMessage('expected at most 10,000 per hour (see Limits in docs/scenario.md)')).toBe(
      "attendu\u00a0: au plus 10\u202f000 de l'heure (voir «\u00a0Limits\u00a0» dans docs/scenario.md)",
    );
    expect(frenchMessage('a monthly attrition must be between 0 and 1')).toBe(
      'une attrition mensuelle doit être comprise entre 0 et 1',
    );
    expect(
      frenchMessage('expected a premium of at most 10 (+1,000%): write 0.25 for 25% (see Limits in docs/scenario.md)'),
    ).toBe(
      "attendu\u00a0: une majoration d'au plus 10 (+1\u202f000\u00a0%)\u00a0: écrivez 0.25 pour 25\u00a0% (voir «\u00a0Limits\u00a0» dans docs/scenario.md)",
    );
    expect(frenchMessage("the parts add up to 20 per hour, but FR's cost_per_hour is 34: they must be equal")).toBe(
      "les parts totalisent 20 de l'heure, mais le cost_per_hour de FR vaut 34\u00a0: ils doivent être égaux",
    );
  });
});
