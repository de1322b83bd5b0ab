import type { Outcome } from '../plan/types.js';
import type { Locale } from './format.js';

/** Renderers are pure: (outcome, options) → text. Colour is decided by the caller. */
export type RenderOptions = {
  readonly color: boolean;
  readonly locale: Locale;
  /** Terminal columns the table view fits (tables split or stacked, prose wrapped); absent: no limit. */
  readonly width?: number;
};

export type Renderer = (outcome: Outcome, options: RenderOptions) => string;

/** A renderer of a binary file (a workbook): bytes, never written to a terminal. */
export type BinaryRenderer = (outcome: Outcome, options: RenderOptions) => Promise<Uint8Array>;

/** A registered output format: text (stdout or a file) or binary (a file only, with its extension). */
export type RegisteredRenderer =
  | { readonly kind: 'text'; readonly render: Renderer }
  | { readonly kind: 'binary'; readonly render: BinaryRenderer; readonly extension: string; readonly what: string };
