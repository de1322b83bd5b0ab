import { describe, expect, it } from 'vitest';
import { sep } from 'node:path';
import { fileLabels } from './fileLabels.js';
import { shownDelta } from '../report/whatIf/compareRender.js';

describe('compare column labels', () => {
  it('are base names, with folders only where two files share one', () => {
    expect(fileLabels(['scenarios/telecom.yaml', '/tmp/x/telecom-ma18.yaml'])).toEqual([
      'telecom.yaml',
      'telecom-ma18.yaml',
    ]);
    expect(fileLabels(['a/s.yaml', 'b/s.yaml', 'c.yaml'])).toEqual([`a${sep}s.yaml`, `b${sep}s.yaml`, 'c.yaml']);
  });
});

describe('compare Δ', () => {
  const row = (values: number[], unit: 'fte' | 'money') => ({ group: 'total' as const, label: 'x', unit, values });
  it('is the difference of the figures as shown, never "=" between two shown figures that differ', () => {
    expect(shownDelta(row([328.66, 328.64], 'fte'), 1)).toBeCloseTo(-0.1, 9);
    expect(shownDelta(row([164.23, 164.47], 'fte'), 1)).toBeCloseTo(0.3, 9);
    expect(shownDelta(row([100.4, 100.6], 'money'), 1)).toBe(1);
    expect(shownDelta(row([100.6, 100.9], 'money'), 1)).toBe(0);
  });
});
