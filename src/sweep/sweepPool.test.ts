import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from './sweepPool.js';

describe('threads for a sweep', () => {
  it('one per 48 points at most by default, one per core at most, and --workers as asked', () => {
    const cores = availableParallelism();
    // Fewer than 96 points: one thread, whatever the machine (a worker would not pay back its start).
    expect(workerCount(1, undefined)).toBe(1);
    expect(workerCount(80, undefined)).toBe(1);
    expect(workerCount(95, undefined)).toBe(1);
    expect(workerCount(96, undefined)).toBe(Math.min(cores, 2));
    expect(workerCount(160, undefined)).toBe(Math.min(cores, 3));
    expect(workerCount(100_000, undefined)).toBe(cores);
    // Asked for: as many as asked, but never more threads than points.
    expect(workerCount(80, 4)).toBe(4);
    expect(workerCount(3, 8)).toBe(3);
  });
});
