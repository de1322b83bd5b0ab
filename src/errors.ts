import type { Diagnostic } from './scenario/diagnostic.js';

/** Exit codes, as docs/cli.md documents them. */
export const EXIT = { ok: 0, infeasible: 1, invalid: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that knows its exit code; only cli/main.ts turns it into one. */
export class ExitError extends Error {
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** The command line is wrong (unknown option, bad value). Exit 2. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(EXIT.invalid, message);
    this.name = 'UsageError';
  }
}

/** A scenario failed validation; carries every diagnostic. Exit 2. */
export class ScenarioError extends ExitError {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(EXIT.invalid, `${diagnostics.length} problem(s) in the scenario`);
    this.name = 'ScenarioError';
  }
}

/** A solver answer failed independent verification: never print a wrong plan. Exit 3. */
export class VerificationError extends ExitError {
  constructor(
    readonly engine: string,
    readonly violations: readonly string[],
  ) {
    super(EXIT.internal, `the ${engine} solution failed verification:\n  ${violations.join('\n  ')}`);
    this.name = 'VerificationError';
  }
}
