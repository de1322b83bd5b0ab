import { DIAGNOSIS_EN, type DiagnosisWords } from './diagnosisWords.en.js';
import { DIAGNOSIS_FR } from './diagnosisWords.fr.js';
import type { Phrase } from './numberWords.js';

export type { DiagnosisWords } from './diagnosisWords.en.js';

/** The diagnosis tables by language; a renderer picks one through phraseText's style. */
export const DIAGNOSIS_WORDS = { en: DIAGNOSIS_EN, fr: DIAGNOSIS_FR } as const;

/** A finding's message in every language: the renderer writes the one of its reader (phraseText). */
export const say = (words: (w: DiagnosisWords) => Phrase): Phrase => [
  { en: words(DIAGNOSIS_EN), fr: words(DIAGNOSIS_FR) },
];
