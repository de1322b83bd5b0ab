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

/** A registered output format of `T`: text (stdout or a file) or binary (a file only, with its extension). */
export type Registered<T, O> =
  | { readonly kind: 'text'; readonly render: (value: T, options: O) => string }
  | {
      readonly kind: 'binary';
      readonly render: (value: T, options: O) => Promise<Uint8Array>;
      readonly extension: string;
      readonly what: string;
    };

export type RegisteredRenderer = Registered<Outcome, RenderOptions>;

/** The workbook format, for every command that offers one. */
export const xlsxFormat = <T, O>(render: (value: T, options: O) => Promise<Uint8Array>): Registered<T, O> => ({
  kind: 'binary',
  render,
  extension: 'xlsx',
  what: 'an Excel workbook',
});

/** Text renderers registered as such. */
export const textFormat = <T, O>(render: (value: T, options: O) => string): Registered<T, O> => ({
  kind: 'text',
  render,
});
