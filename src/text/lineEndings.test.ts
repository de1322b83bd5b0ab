import { describe, expect, it } from 'vitest';
import { inStyle, textStyleOf } from './lineEndings.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('line ends and byte-order mark of a rewritten file', () => {
  it('reads the style of the bytes: BOM, and CRLF when most line ends are CRLF', () => {
    expect(textStyleOf(bytes('\uFEFFa: 1\r\nb: 2\r\n'))).toEqual({ bom: true, crlf: true });
    expect(textStyleOf(bytes('a: 1\nb: 2\r\nc: 3\n'))).toEqual({ bom: false, crlf: false });
    expect(textStyleOf(bytes(''))).toEqual({ bom: false, crlf: false });
  });

  it('writes text back in that style, whatever line ends it came with', () => {
    expect(inStyle('a: 1\nb: 2\n', { bom: true, crlf: true })).toBe('\uFEFFa: 1\r\nb: 2\r\n');
    expect(inStyle('a: 1\r\nb: 2\n', { bom: false, crlf: true })).toBe('a: 1\r\nb: 2\r\n');
    expect(inStyle('\uFEFFa: 1\r\n', { bom: false, crlf: false })).toBe('a: 1\n');
  });
});
