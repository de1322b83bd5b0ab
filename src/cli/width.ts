import type { Io } from './io.js';

/** `{ width }` when there is one: spread into options typed with an optional width. */
export const widthOf = (width: number | undefined): { width?: number } => (width === undefined ? {} : { width });

/** The width a terminal renderer fits: the terminal's, for output to stdout only (never a file). */
export const outputWidth = (io: Io, stdout: boolean): { width?: number } => widthOf(stdout ? io.width : undefined);
