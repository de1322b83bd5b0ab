import { describe, expect, it } from 'vitest';
import { seededRandom } from '../explain/random.js';
import { renameClass } from './warmStart.js';

/** What the scan replaced: the first `t<digits>` after `[` or `,` and before `]`, `,` or `+`. */
const byRegExp = (id: string, to: ReadonlyMap<string, string>): string =>
  id.replace(/([[,])t(\d+)(?=[\],+])/, (whole, lead: string, k: string) => {
    const old = to.get(k);
    return old === undefined ? whole : `${lead}t${old}`;
  });

describe('renameClass', () => {
  const to = new Map([
    ['12', '7'],
    ['3', '30'],
    ['1', '2'],
  ]);

  it('renames the hour class of variable and row ids', () => {
    expect(renameClass('x[a1,MA,t12]', to)).toBe('x[a1,MA,t7]');
    expect(renameClass('seats[MA,t3]', to)).toBe('seats[MA,t30]');
    expect(renameClass('demand[tech,t1]', to)).toBe('demand[tech,t2]');
    expect(renameClass('x[t1,t12]', to)).toBe('x[t2,t12]');
    expect(renameClass('y[a1,t12+t3]', to)).toBe('y[a1,t7+t3]');
    expect(renameClass('x[a1,MA,t99]', to)).toBe('x[a1,MA,t99]');
    expect(renameClass('x[a1,MA]', to)).toBe('x[a1,MA]');
    expect(renameClass('x[a1,t12x,t3]', to)).toBe('x[a1,t12x,t30]');
    expect(renameClass('x[a1,t12', to)).toBe('x[a1,t12');
  });

  it('agrees with the regular expression it replaces, on 20,000 random ids', () => {
    const rand = seededRandom(5);
    const alphabet = ['t', '1', '2', '3', '[', ']', ',', '+', 'a', 'x', 'M'];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(rand() * 14);
      const id = Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)] ?? '').join('');
      expect(renameClass(id, to), id).toBe(byRegExp(id, to));
    }
  });
});
