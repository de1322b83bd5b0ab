import type { LpModel } from '../model/lp.js';
import { modelSize, sizeText } from './modelSize.js';

/**
 * What to tell the user when the HiGHS WebAssembly runtime aborts. An abort there is almost
 * always its memory running out (the module's heap is capped), and the runtime only says
 * "Aborted(). Build with -sASSERTIONS for more info.": the message names the model's size and
 * what makes it grow. Undefined for any other failure (reported as it is).
 */
export function highsAbortMessage(error: unknown, model: LpModel): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  if (!/\bAborted\(|out of memory|memory access out of bounds|Cannot enlarge memory/i.test(text)) return undefined;
  return (
    `HiGHS ran out of memory on a model of ${sizeText(modelSize(model))}: make the scenario smaller — ` +
    'fewer activities with coverage or contact queues (each has a variable per country and hour class), fewer countries, ' +
    'coarser opening hours — or split it into several scenarios'
  );
}
