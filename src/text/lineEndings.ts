/**
 * How a text file was written — byte-order mark, CRLF or LF line ends — so a program that
 * rewrites part of it (check --update, the `expect:` block of a scenario) writes it back the
 * same way instead of the style of its own serialiser.
 */
export type TextStyle = { readonly bom: boolean; readonly crlf: boolean };

const BOM = [0xef, 0xbb, 0xbf];

/** The style of a file's bytes: CRLF when most of its line ends are CRLF. */
export function textStyleOf(bytes: Uint8Array): TextStyle {
  const bom = BOM.every((b, i) => bytes[i] === b);
  let crlf = 0;
  let lf = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (i > 0 && bytes[i - 1] === 0x0d) crlf++;
    else lf++;
  }
  return { bom, crlf: crlf > lf };
}

/** `text` (any line ends, no BOM) written in `style`. */
export function inStyle(text: string, style: TextStyle): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  return `${style.bom ? '\uFEFF' : ''}${style.crlf ? lines.replace(/\n/g, '\r\n') : lines}`;
}
