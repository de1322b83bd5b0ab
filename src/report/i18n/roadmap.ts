import type { Locale } from '../format.js';
import { ROADMAP_EN, type RoadmapWords } from './roadmap.en.js';
import { ROADMAP_FR } from './roadmap.fr.js';

export type { RoadmapWords } from './roadmap.en.js';

/** The words of `bestshore roadmap` in `locale`. */
export const roadmapWords = (locale: Locale): RoadmapWords => (locale === 'fr' ? ROADMAP_FR : ROADMAP_EN);
