import { isMap, isPair, isScalar, isSeq } from 'yaml';

/**
 * A decimal comma inside a one-line map or list: `{ cost_per_hour: 33,5 }` or `{ fr: 0,95 }`.
 * YAML reads the comma as the end of the entry, so the value is 33 and "5" becomes a key (or a
 * list item) — valid YAML, reported later as an unknown key far from what was meant. Found
 * here: a whole number followed, right after the comma, by a digits-only key with no value. (Lists
 * are left alone: `[1,2]` is a list of two numbers.) Same walk as duplicateKeys: explicit stack, linear.
 */
export function flowCommas(root: unknown, text: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const stack: unknown[] = [root];
  const check = (before: unknown, after: unknown): void => {
    if (!isScalar(before) || !isScalar(after) || !before.range || !after.range) return;
    const whole = text.slice(before.range[0], before.range[1]);
    const digits = text.slice(after.range[0], after.range[1]);
    // Right after the comma: "33,5" (no space), as a number is written with a decimal comma.
    if (!/^\d+$/.test(whole) || !/^\d+$/.test(digits) || after.range[0] !== before.range[1] + 1) return;
    found.push({
      offset: before.range[0],
      message: `${whole},${digits}: inside { } the comma separates entries, so this reads ${whole} and then "${digits}" as another entry; write ${whole}.${digits}, with a decimal point`,
    });
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      node.items.forEach((pair, i) => {
        const next = node.items[i + 1];
        if (
          node.flow &&
          isPair(pair) &&
          isPair(next) &&
          (next.value === null || (isScalar(next.value) && next.value.value === null))
        )
          check(pair.value, next.key);
        if (isPair(pair)) stack.push(pair.value);
      });
    } else if (isSeq(node)) {
      node.items.forEach((item) => stack.push(item));
    }
  }
  return found;
}
