import { xmlText as xml } from '../text/escape.js';

/** One checked scenario, as CI systems show it. */
export type CheckCase = {
  readonly name: string;
  readonly file: string;
  readonly seconds: number;
  readonly failure: string | undefined;
  readonly error: string | undefined;
};

/** A JUnit XML report (the format GitLab, Jenkins, GitHub actions reporters read). */
export function renderJunit(cases: readonly CheckCase[]): string {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  const time = cases.reduce((t, c) => t + c.seconds, 0).toFixed(3);
  const body = cases.map((c) => {
    const open = `    <testcase classname="bestshore.check" name="${xml(c.name)}" file="${xml(c.file)}" time="${c.seconds.toFixed(3)}"`;
    if (c.error !== undefined)
      return `${open}>\n      <error message="invalid scenario">${xml(c.error)}</error>\n    </testcase>`;
    if (c.failure !== undefined)
      return `${open}>\n      <failure message="plan differs from its golden result">${xml(c.failure)}</failure>\n    </testcase>`;
    return `${open}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bestshore check" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="bestshore check" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${time}">`,
    ...body,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
