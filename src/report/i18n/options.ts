import type { Locale } from '../format.js';
import { OPTIONS_EN, type OptionsWords } from './options.en.js';
import { OPTIONS_FR } from './options.fr.js';

export type { OptionsWords } from './options.en.js';

/** The words of `bestshore alternatives` and `bestshore pareto` in `locale`. */
export const optionsWords = (locale: Locale): OptionsWords => (locale === 'fr' ? OPTIONS_FR : OPTIONS_EN);
