import { describe, expect, it } from 'vitest';
import { displayWidth, fitProse, terminalWidth, wrapLine } from './fitWidth.js';

describe('wrapLine', () => {
  const sentence =
    'Delivering everything in FR is impossible: booking-de cannot be delivered in FR: FR does not offer "de"; FR capacity is 7,000 h for 11,200 h of work.';

  it('wraps at spaces to the width, losing no word', () => {
    const lines = wrapLine(sentence, 40);
    expect(lines.length).toBeGreaterThan(2);
    lines.forEach((l) => expect(displayWidth(l)).toBeLessThanOrEqual(40));
    expect(lines.join(' ')).toBe(sentence);
  });

  it('hangs continuation lines under the text of a list item', () => {
    const lines = wrapLine(`  1. ${sentence}`, 40);
    expect(lines[0]?.startsWith('  1. Delivering')).toBe(true);
    lines.slice(1).forEach((l) => expect(l).toMatch(/^ {5}\S/));
  });

  it('keeps a word longer than the line whole, and colour codes take no column', () => {
    expect(wrapLine(`a ${'x'.repeat(30)} b`, 10)).toEqual(['a', 'x'.repeat(30), 'b']);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
  });
});

describe('fitProse', () => {
  it('leaves table lines and text without a width alone', () => {
    const text = `┌${'─'.repeat(100)}┐\n${'word '.repeat(30)}`;
    expect(fitProse(text, undefined)).toBe(text);
    const out = fitProse(text, 40).split('\n');
    expect(out[0]).toBe(`┌${'─'.repeat(100)}┐`);
    out.slice(1).forEach((l) => expect(displayWidth(l)).toBeLessThanOrEqual(40));
  });
});

describe('terminalWidth', () => {
  it('takes $COLUMNS first, then the terminal; nothing for a pipe', () => {
    expect(terminalWidth({ COLUMNS: '80' }, 120)).toBe(80);
    expect(terminalWidth({}, 120)).toBe(120);
    expect(terminalWidth({ COLUMNS: 'wide' }, undefined)).toBeUndefined();
    expect(terminalWidth({ COLUMNS: '3' }, undefined)).toBeUndefined();
  });
});
