import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import {
  ANNEX_FORMATS,
  EDITIONS,
  isEdition,
  isIsoDay,
  parseSections,
  renderAnnexDocx,
  renderAnnexHtml,
  renderAnnexMarkdown,
  type AnnexFormat,
  type AnnexOptions,
  type Lang,
} from '../../report/annex/index.js';
import { infeasibleLines } from '../../report/plan/planSections.js';
import { displayName } from '../../scenario/loadLayers.js';
import type { RoadmapOutcome } from '../../roadmap/types.js';
import type { Scenario } from '../../scenario/types.js';
import type { Solver } from '../../solver/solver.js';
import type { Io } from '../io.js';
import type { AnnexCommandOptions } from '../options.js';
import { formatFromFile } from '../formatFromFile.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { engineFrom, planFile } from './planFile.js';
import { parseSlack } from './optionsFlags.js';
import { annexOptions, type AnnexOptionsAsk } from './optionsRun.js';
import { objectiveFrom } from './pareto.js';

/** Points of the annex's front, as `bestshore pareto`'s default; alternatives, as `bestshore alternatives`'s. */
const FRONT_POINTS = 7;
const ALTERNATIVES_COUNT = 5;

/** --front and --alternatives: what the options section asks for, refused outside the internal edition. */
function optionsAsk(opts: AnnexCommandOptions, sections: readonly string[] | undefined): AnnexOptionsAsk | undefined {
  const asked = opts.front !== undefined || opts.alternatives !== undefined;
  if (!asked) {
    if (sections?.includes('options'))
      throw new UsageError('--sections: the options section needs --front cost,<objective> or --alternatives <slack>');
    return undefined;
  }
  const flag = opts.front !== undefined ? '--front' : '--alternatives';
  if (opts.edition !== 'internal')
    throw new UsageError(
      `${flag}: the options section is only in --edition internal (the client edition shows the plan offered, not the others)`,
    );
  if (opts.wholeFte === true)
    throw new UsageError(
      `${flag}: not with --whole-fte yet (the options are planned in fractional FTE, the plan offered would not be their first)`,
    );
  if (sections !== undefined && !sections.includes('options'))
    throw new UsageError(`${flag}: --sections leaves out the options section; add options to the list`);
  return {
    front:
      opts.front === undefined ? undefined : { objective: objectiveFrom(opts.front, '--front'), points: FRONT_POINTS },
    alternatives:
      opts.alternatives === undefined
        ? undefined
        : { slack: parseSlack(opts.alternatives, '--alternatives'), count: ALTERNATIVES_COUNT },
  };
}

/** The roadmap of a scenario with a horizon, as `bestshore roadmap` plans it. */
async function roadmapOf(
  scenario: Scenario,
  engine: { solver: Solver; timeLimitSeconds: number },
): Promise<RoadmapOutcome> {
  const { roadmapScenario } = await import('../../roadmap/roadmapScenario.js');
  return roadmapScenario(scenario, engine.solver, { timeLimitSeconds: engine.timeLimitSeconds });
}

const isFormat = (f: string): f is AnnexFormat => ANNEX_FORMATS.some((name) => name === f);
const EXTENSIONS: Readonly<Record<string, AnnexFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
};

/** --format, else the format the -o file's extension names (`-o annexe.docx`), else html; a contradiction is a usage error. */
function formatOf(opts: AnnexCommandOptions): AnnexFormat {
  const named = formatFromFile(opts.output, EXTENSIONS);
  if (opts.format === undefined) return named ?? 'html';
  if (!isFormat(opts.format))
    throw new UsageError(`--format: expected one of ${ANNEX_FORMATS.join(', ')}, got "${opts.format}"`);
  if (named !== undefined && named !== opts.format)
    throw new UsageError(
      `-o ${opts.output ?? ''}: the file's extension says ${named}, --format says ${opts.format}: drop --format, or name the file .${opts.format}`,
    );
  return opts.format;
}

/**
 * The annex language: --locale, or --lang (its older name; both given, they must agree), else
 * the environment's, else French: the annex is written for French tenders, so only an explicit
 * option or an environment that says en (LANG=en_GB.UTF-8…) makes it English.
 */
function langOf(opts: AnnexCommandOptions, io: Io): Lang {
  if (opts.locale !== undefined && opts.lang !== undefined && opts.locale !== opts.lang)
    throw new UsageError(
      `--locale ${opts.locale} and --lang ${opts.lang} disagree: --lang is the older name of --locale; give one`,
    );
  return localeOf(opts.locale ?? opts.lang, io, 'fr');
}

/**
 * `bestshore annex <scenario>`: plan, then write the tender annex. An infeasible scenario
 * gets its diagnosis on stderr, exit 1, and no file. DOCX is binary: it needs -o.
 */
export async function annexCommand(file: string, opts: AnnexCommandOptions, io: Io): Promise<ExitCode> {
  const format = formatOf(opts);
  const lang = langOf(opts, io);
  if (opts.date !== undefined && !isIsoDay(opts.date))
    throw new UsageError(`--date: expected a day as YYYY-MM-DD, got "${opts.date}"`);
  if (!isEdition(opts.edition))
    throw new UsageError(`--edition: expected one of ${EDITIONS.join(', ')}, got "${opts.edition}"`);
  const sections = opts.sections === undefined ? undefined : parseSections(opts.sections, opts.edition);
  if (sections && !sections.ok) throw new UsageError(`--sections: ${sections.message}`);
  const ask = optionsAsk(opts, sections?.ids);
  if (format === 'docx' && toStdout(opts.output)) {
    throw new UsageError(
      '--format docx writes a binary Word file: give -o FILE.docx (it is never written to the terminal)',
    );
  }
  const { scenario, outcome, files } = await planFile(file, opts, io);
  if (outcome.status === 'infeasible') {
    // Messages in the language the command speaks (--locale, the environment), not the annex's French fallback.
    const messages = localeOf(opts.locale ?? opts.lang, io);
    infeasibleLines(outcome, messages).forEach((l) => io.err(l));
    io.err(`bestshore: ${cliWords(messages).noPlan(displayName(file))}${cliWords(messages).noAnnex}`);
    return EXIT.infeasible;
  }
  // A scenario with a horizon: its roadmap, through `bestshore roadmap`'s planner, for the transition section.
  const wanted = sections?.ids.includes('transition') ?? true;
  const roadmap = scenario.horizon !== undefined && wanted ? await roadmapOf(scenario, engineFrom(opts)) : undefined;
  if (roadmap && roadmap.status === 'infeasible') {
    io.err(
      `bestshore: ${displayName(file)}: no roadmap staffs every month of the horizon with trained agents (bestshore roadmap says why); the annex has no transition section`,
    );
  }
  const found = ask && (await annexOptions(file, { ...opts, locale: opts.lang }, io, engineFrom(opts), ask));
  const options: AnnexOptions = {
    lang,
    date: opts.date,
    edition: opts.edition,
    sections: sections?.ids,
    roadmap: roadmap?.status === 'infeasible' ? undefined : roadmap,
    options: found,
  };
  const content =
    format === 'docx'
      ? await renderAnnexDocx(outcome, scenario, options)
      : format === 'md'
        ? renderAnnexMarkdown(outcome, scenario, options)
        : renderAnnexHtml(outcome, scenario, options);
  await writeOutput(io, opts.output, content, files);
  return EXIT.ok;
}
