import { describe, expect, it } from 'vitest';
import type { Var, VarKind } from '../model/lp.js';
import { compilerTierFor } from './compilerTier.js';

const vars = (n: number, kind: VarKind): Var[] =>
  Array.from({ length: n }, (_, j) => ({
    role: 'aux',
    id: `x${j}`,
    cost: 1,
    kind,
    lower: 0,
    upper: 1,
    impliedUpper: 1,
  }));

describe('compilerTierFor', () => {
  it('keeps small LPs and small MILPs in the baseline compiler', () => {
    expect(compilerTierFor({ vars: vars(29_999, 'continuous') })).toBe('baseline');
    expect(compilerTierFor({ vars: [...vars(2_000, 'continuous'), ...vars(49, 'binary')] })).toBe('baseline');
  });
  it('optimises from 30,000 variables or 50 integers', () => {
    expect(compilerTierFor({ vars: vars(30_000, 'continuous') })).toBe('optimising');
    expect(compilerTierFor({ vars: [...vars(100, 'continuous'), ...vars(25, 'binary'), ...vars(25, 'integer')] })).toBe(
      'optimising',
    );
  });
});
