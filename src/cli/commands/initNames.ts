/** The samples `init --from` copies: scenarios/NAME.yaml of the package (a test keeps the list in step with the folder). */
export const SAMPLES = ['telecom', 'tourism', 'energy', 'public-agency'] as const;
/** The schema file `init` writes next to the scenario; the scenario's `$schema` line points to it. */
export const SCHEMA_FILE = 'scenario.schema.json';
