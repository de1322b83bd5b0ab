import { unlinkSync } from 'node:fs';

/**
 * Temporary files of atomic writes that exist right now. Interrupted between the write and the
 * rename (Ctrl-C, a CI job cancelled), the process would leave a hidden copy of the whole output
 * beside the target: while any exists, SIGINT and SIGTERM remove them, then exit 130 or 143 as a
 * shell does; on any exit they are removed too. With none, signals keep their default behaviour.
 */
const live = new Set<string>();

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

function removeAll(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed, or never created: nothing left to remove.
    }
  }
  live.clear();
}

function onSignal(signal: Signal): void {
  removeAll();
  process.exit(SIGNAL_EXIT[signal]);
}

/** Call before creating the file: it is removed if the process is stopped while it exists. */
export function trackTemp(file: string): void {
  if (live.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removeAll);
  }
  live.add(file);
}

/** Call once the file is renamed or removed. */
export function releaseTemp(file: string): void {
  if (!live.delete(file) || live.size > 0) return;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.off('exit', removeAll);
}
