import { describe, expect, it } from 'vitest';
import { progressBar, statusLine } from './progress.js';

describe('progress bar units', () => {
  it('names what it counts (explain counts rules), with a decimal below 10 per second', () => {
    const out: string[] = [];
    let t = 0;
    const bar = progressBar(
      (s) => out.push(s),
      () => t,
    );
    t = 4000;
    bar(10, 40, 'rules');
    expect(out).toEqual([`\r[${'█'.repeat(8)}${'░'.repeat(22)}] 10/40 · 2.5 rules/s`]);
  });
});

describe('status line', () => {
  it('says the elapsed time and the step, cut to the terminal width, and clears once', () => {
    const out: string[] = [];
    let t = 0;
    const status = statusLine(
      (s) => out.push(s),
      () => 40,
      () => t,
    );
    status('');
    expect(out).toEqual([]);
    t = 1234;
    status('LP relaxation (18,654 columns)');
    t = 2500;
    status('branch and bound over 1,402 of 15,688 staffing patterns');
    status('');
    status('');
    expect(out).toEqual([
      '\r\u001b[K1.2 s · LP relaxation (18,654 columns)',
      '\r\u001b[K2.5 s · branch and bound over 1,402 of…',
      '\r\u001b[K',
    ]);
    expect(out[1]?.replace('\r\u001b[K', '').length).toBe(39);
  });
});
