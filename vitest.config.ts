import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // Worker threads start faster than forked processes, and without isolation each worker loads
    // the modules (zod, the solvers, HiGHS's WebAssembly) once instead of once per test file: half
    // the CPU time of the suite (CONTRIBUTING.md, "Tests"). No test may rely on a fresh module
    // state or on process.chdir (not allowed in a worker thread).
    pool: 'threads',
    // A worker per core: vitest's default in a run is one fewer, which on a 2-core machine runs the
    // files one at a time. The suite is CPU-bound (solves) and the main thread only reports.
    maxWorkers: availableParallelism(),
    // Commands spawned by tests write in the language the environment names (LC_ALL, LANG:
    // src/cli/locale.ts): LC_ALL=C names none, so they write as on a machine without one (English;
    // the annex French), whatever the developer's own LANG. In-process runs never read it.
    env: { LC_ALL: 'C' },
    isolate: false,
  },
});
