import type { Locale } from '../format.js';
import { WHAT_IF_EN, type WhatIfWords } from './whatIf.en.js';
import { WHAT_IF_FR } from './whatIf.fr.js';

/** The words of `compare` and `sweep` in `locale`. */
export const whatIfWords = (locale: Locale): WhatIfWords => (locale === 'fr' ? WHAT_IF_FR : WHAT_IF_EN);
