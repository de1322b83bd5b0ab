/**
 * Hover text for the fields the zod schema (schema.ts) does not describe itself, by field path
 * (`*`: any key of a map), from docs/scenario.md. jsonSchema.ts adds them to the editor's
 * schema; a test holds every property of that schema to having a description.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  extends:
    'A base scenario this file starts from, relative to this file (inside its folder unless --allow-extends-outside); maps merge key by key, `key: null` deletes a key of the base',
  name: 'Title of the plan, shown at the top of every report',
  currency: 'A label only: every cost_per_hour is in this currency; no conversion is done (default EUR)',
  home: 'The onshore country (ISO code, default FR): min_home_share refers to it, data: public work may only go there',
  period: 'What hours and capacity_hours are counted per: week, month (default), quarter or year',
  countries: 'The candidate countries, keyed by ISO 3166-1 alpha-2 code (FR, RO, MA…)',
  'countries.*': 'A candidate country: cost, languages, capacity, legal status, opening hours',
  'countries.*.languages':
    'Languages the country delivers, each with a quality score in [0, 1] or { quality, capacity_hours }',
  'countries.*.languages.*':
    'Quality score in [0, 1], or { quality, capacity_hours } to cap the hours in this language',
  'countries.*.languages.*.quality':
    "Quality score in [0, 1]: the consultant's judgement of the level in this language",
  'countries.*.languages.*.capacity_hours':
    'Productive hours per period available in this language (default: no limit)',
  'countries.*.eu': 'EU or EEA member: personal and health data may go there (default from the built-in table)',
  'countries.*.adequacy':
    'Covered by an EU adequacy decision: personal data may go there (default from the built-in table)',
  'countries.*.premiums.night': 'Uplift on the hourly cost for local night hours (0.25 = +25%)',
  'countries.*.premiums.sunday':
    'Uplift on the hourly cost on Sundays (0.5 = +50%); adds to the night premium on a Sunday night',
  activities: 'The work to deliver, keyed by an id of your choice (level1-billing, booking-en…)',
  'activities.*': 'An activity: its language, hours or contact volumes, data class and rules',
  'activities.*.language': 'The language the work is done in (fr, en, pt-br…); at least one country must offer it',
  'activities.*.contacts.volume': 'Contacts per period',
  'activities.*.contacts.aht': 'Average handling time of one contact, seconds',
  'activities.*.contacts.channel':
    'voice (default) and chat wait in a queue (Erlang); email and backoffice are worked through',
  'activities.*.contacts.service_level':
    'Share answered within a time: "80/20" (80% within 20 s) or { target: 0.8, seconds: 20 }; default 80/20 for voice and chat',
  'activities.*.contacts.service_level.target': 'Share of contacts answered within the time, in (0, 1]',
  'activities.*.contacts.service_level.seconds': 'The time, seconds',
  'activities.*.contacts.asa': 'Average speed of answer, at most this many seconds',
  'activities.*.contacts.occupancy_max': 'Agents busy at most this share of their time (default 0.85)',
  'activities.*.contacts.patience':
    "Callers' mean patience, seconds: they hang up, and the queue is staffed with Erlang A",
  'activities.*.contacts.concurrency': 'Chat only: sessions an agent handles at once (default 1)',
  'activities.*.countries':
    'Allow-list: only these countries (codes among countries) may deliver the activity; intersected with residency',
  'activities.*.profile.days': 'Weight per day of the week, e.g. { Mon: 1.2, Sat: 0.5 }',
  'activities.*.profile.hours': 'Weight per range of hours, e.g. { "09-12": 1.5 }',
  expect: 'Golden result for bestshore check (ignored by plan)',
  'expect.status': 'optimal or infeasible',
  'expect.total_cost': 'The expected total cost per period',
  'expect.cost_tolerance': 'Relative tolerance on total_cost (e.g. 0.001)',
  'expect.shares': 'Expected share of each activity per country: { activity: { FR: 0.5, RO: 0.5 } }',
  'expect.share_tolerance': 'Absolute tolerance on each share (e.g. 0.001)',
};
