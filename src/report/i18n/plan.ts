import type { Locale } from '../format.js';
import { PLAN_EN, type PlanWords } from './plan.en.js';
import { PLAN_FR } from './plan.fr.js';

export type { PlanWords } from './plan.en.js';

/** The plan's report words in `locale` (src/report/i18n: one table per area and language). */
export const planWords = (locale: Locale): PlanWords => (locale === 'fr' ? PLAN_FR : PLAN_EN);
