import type { Locale } from '../format.js';
import { ERLANG_EN, type ErlangWords } from './erlang.en.js';

export type { ErlangWords } from './erlang.en.js';
import { ERLANG_FR } from './erlang.fr.js';

/** The words of `bestshore erlang` in `locale`. */
export const erlangWords = (locale: Locale): ErlangWords => (locale === 'fr' ? ERLANG_FR : ERLANG_EN);
