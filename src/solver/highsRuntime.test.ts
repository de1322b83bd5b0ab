import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { highsFactory, lazyLabelSource } from './highsRuntime.js';

const published = readFileSync(createRequire(import.meta.url).resolve('highs'), 'utf8');

/** A one-row LP (min x0 + 2·x1, x0 + x1 ≥ 1) with one of its arrays replaced. */
const lp = (change: Record<string, unknown> = {}): Record<string, unknown> => ({
  numCols: 2,
  numRows: 1,
  sense: 1,
  colCost: new Float64Array([1, 2]),
  colLower: new Float64Array([0, 0]),
  colUpper: new Float64Array([Infinity, Infinity]),
  rowLower: new Float64Array([1]),
  rowUpper: new Float64Array([Infinity]),
  matrix: {
    format: 'csr',
    numRows: 1,
    numCols: 2,
    starts: new Int32Array([0, 2]),
    indices: new Int32Array([0, 1]),
    values: new Float64Array([1, 1]),
  },
  ...change,
});

describe('the highs runtime with lazy error labels', () => {
  it('rewrites the installed package (each text found exactly once)', () => {
    const rewritten = lazyLabelSource(published);
    expect(rewritten).toBeDefined();
    expect(rewritten).not.toBe(published);
    expect(lazyLabelSource('some other build')).toBeUndefined();
  });

  it('is what loads, and solves as the package does', async () => {
    const { factory, rewritten } = await highsFactory();
    expect(rewritten).toBe(true);
    const h = await factory();
    const m = h.createModel();
    m.passModel(lp() as never);
    m.run();
    expect(m.getObjectiveValue()).toBeCloseTo(1, 12);
    m.dispose();
  });

  it('refuses the same entries with the package’s own messages', async () => {
    const [ours, theirs] = await Promise.all([
      highsFactory().then(({ factory }) => factory()),
      import('highs').then((p) =>
        (p.default as unknown as () => Promise<{ createModel(): { passModel(x: never): void; dispose(): void } }>)(),
      ),
    ]);
    const refusal = (
      h: { createModel(): { passModel(x: never): void; dispose(): void } },
      model: Record<string, unknown>,
    ): string => {
      const m = h.createModel();
      try {
        m.passModel(model as never);
        return 'accepted';
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      } finally {
        m.dispose();
      }
    };
    const bad = [
      lp({ colCost: new Float64Array([1, NaN]) }),
      lp({ rowLower: ['x'] }),
      lp({ matrix: { ...(lp().matrix as object), indices: new Int32Array([0, -1]) } }),
      lp({ matrix: { ...(lp().matrix as object), indices: [0, 1.5] } }),
      lp(),
    ];
    for (const [k, model] of bad.entries()) {
      const message = refusal(theirs, model);
      // Every model but the last is refused, on the entry that is wrong.
      if (k < bad.length - 1) expect(message).toMatch(/\[1\]|\[0\]/);
      expect(refusal(ours, model)).toBe(message);
    }
    expect(refusal(ours, bad[0] ?? {})).toContain('colCost[1]');
    expect(refusal(ours, lp())).toBe('accepted');
  });
});
