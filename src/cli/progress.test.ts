import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

describe('progress bar units', () => {
  it('names what it counts (explain counts rules), with a decimal below 10 per second', () => {
    const out: string[] = [];
    let t = 0;
    const bar = progressBar((s) => out.push(s), () => t);
    t = 4000;
    bar(10, 40, 'rules');
    expect(out).toEqual([`\r[${'█'.repeat(8)}${'░'.repeat(22)}] 10/40 · 2.5 rules/s`]);
  });
});
