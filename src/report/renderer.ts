import type { Outcome } from '../plan/types.js';
import type { Locale } from './format.js';

/** Renderers are pure: (outcome, options) → text. Colour is decided by the caller. */
export type RenderOptions = {
  readonly color: boolean;
  readonly locale: Locale;
};

export type Renderer = (outcome: Outcome, options: RenderOptions) => string;
