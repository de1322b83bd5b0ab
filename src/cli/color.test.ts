import { describe, expect, it } from 'vitest';
import { runMain } from '../../test/support/inProcess.js';
import { colorFromEnv } from './color.js';
import { main } from './main.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

describe('colour', () => {
  it('on a terminal unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it on (or off with 0/false), over NO_COLOR', () => {
    expect(colorFromEnv({}, true)).toBe(true);
    expect(colorFromEnv({}, false)).toBe(false);
    expect(colorFromEnv({ NO_COLOR: '' }, true)).toBe(false);
    expect(colorFromEnv({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorFromEnv({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorFromEnv({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colorFromEnv({ FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorFromEnv({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorFromEnv({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });

  it('--color colours a table written to a pipe, before or after the command; --no-color wins over a terminal', async () => {
    const plain = await runMain(['erlang', '--volume', '100', '--aht', '180']);
    expect(plain.stdout).not.toMatch(ANSI);
    for (const argv of [
      ['--color', 'erlang', '--volume', '100', '--aht', '180'],
      ['erlang', '--volume', '100', '--aht', '180', '--color'],
    ]) {
      const r = await runMain(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(ANSI);
      expect(r.stdout.replace(new RegExp(ANSI.source, 'g'), '')).toBe(plain.stdout);
    }
    // A terminal (the Io says colour): --no-color takes it away.
    const onTerminal = async (argv: string[]): Promise<string> => {
      let out = '';
      await main(argv, {
        color: true,
        out: (t) => {
          out += String(t);
        },
        err: () => undefined,
        warn: () => undefined,
      });
      return out;
    };
    expect(await onTerminal(['erlang', '--volume', '100', '--aht', '180'])).toMatch(ANSI);
    expect(await onTerminal(['erlang', '--volume', '100', '--aht', '180', '--no-color'])).toBe(plain.stdout);
  });
});
