import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands/index.js';
import { choice, flag, list, readOptions, text, textOr } from './optionTable.js';

describe('option tables', () => {
  it('each option sits under the name commander gives its value', () => {
    for (const spec of COMMANDS) {
      for (const o of spec.options)
        expect(`${spec.name} ${o.key}`).toBe(`${spec.name} ${new Option(o.flags).attributeName()}`);
    }
  });

  it('a command lists each flag once', () => {
    for (const spec of COMMANDS) {
      const flags = spec.options.flatMap((o) => o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-')));
      expect(flags, spec.name).toEqual([...new Set(flags)]);
    }
  });

  it('reads what commander collected: absent options are absent keys, lists and switches have a value', () => {
    const help = { flags: '--x <x>', description: 'x' };
    const table = {
      a: text(help),
      b: textOr(help, '60'),
      c: flag(help),
      d: list(help),
      e: choice(help, ['en', 'fr'] as const, 'en'),
    };
    expect(readOptions(table, {})).toEqual({ b: '60', c: false, d: [], e: 'en' });
    expect(readOptions(table, { a: 'out.csv', b: '5', c: true, d: ['p=1', 'q=2'], e: 'fr' })).toEqual({
      a: 'out.csv',
      b: '5',
      c: true,
      d: ['p=1', 'q=2'],
      e: 'fr',
    });
    expect(() => readOptions(table, { e: 'de' })).toThrow('--x <x>: expected one of en, fr, got "de"');
  });
});
