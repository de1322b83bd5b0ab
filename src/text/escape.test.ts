import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText, terminalLines, terminalText, xmlChars, xmlText } from './escape.js';

const HOSTILE = 'a\u001b[2J\u0007b\rc\u0000d\ne\u009bf\u202eg';

describe('terminalText', () => {
  it('shows every control character as an escape, leaves printable text alone', () => {
    expect(terminalText(HOSTILE)).toBe('a\\x1b[2J\\x07b\\x0dc\\x00d\\x0ae\\x9bf\\u202eg');
    expect(terminalText('Côte d’Ivoire — 1 234,5 € ✓ 日本')).toBe('Côte d’Ivoire — 1 234,5 € ✓ 日本');
    expect(terminalText('\t\u007f\u2028\u2066\ufffe')).toBe('\\x09\\x7f\\u2028\\u2066\\ufffe');
  });

  it('is idempotent: text already made safe is unchanged', () => {
    expect(terminalText(terminalText(HOSTILE))).toBe(terminalText(HOSTILE));
  });

  it('terminalLines keeps the line breaks between lines and escapes inside each', () => {
    expect(terminalLines('one \u001b[31m\ntwo\r')).toBe('one \\x1b[31m\ntwo\\x0d');
  });
});

describe('xmlText', () => {
  it('escape markup and show the characters XML 1.0 cannot carry', () => {
    expect(xmlText('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(xmlText('a\ufffeb\uffffc\u0000d\u001be\ud800f')).toBe('a\\ufffeb\\uffffc\\x00d\\x1be\\ud800f');
    expect(xmlText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keep tab, line feed, carriage return and real surrogate pairs', () => {
    expect(xmlChars('a\tb\nc\rd 😀')).toBe('a\tb\nc\rd 😀');
  });
});

describe('markdownText', () => {
  it('no tag, link, image or table cell can come from the text', () => {
    expect(markdownText('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('a | b')).toBe('a \\| b');
    expect(markdownText('**bold** _it_ `code` \\')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\\\');
  });

  it('a line break becomes a space (it would end the row or the item); controls become escapes', () => {
    expect(markdownText('two\nlines\r\nthree\u2028four')).toBe('two lines three four');
    expect(markdownText('a\u001bb')).toBe('a\\\\x1bb');
  });

  it('markdownCode fences past the longest run of backticks', () => {
    expect(markdownCode('file.yaml:3:5 a.b')).toBe('`file.yaml:3:5 a.b`');
    expect(markdownCode('a`b``c')).toBe('```a`b``c```');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});
