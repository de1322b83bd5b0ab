import type { Locale } from '../format.js';
import { EXPLAIN_EN, type ExplainWords } from './explain.en.js';
import { EXPLAIN_FR } from './explain.fr.js';

export type { ExplainWords } from './explain.en.js';

/** The words of `bestshore explain` in `locale`. */
export const explainWords = (locale: Locale): ExplainWords => (locale === 'fr' ? EXPLAIN_FR : EXPLAIN_EN);
