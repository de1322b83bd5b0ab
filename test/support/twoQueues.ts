/**
 * Two small contact queues in whole agents (FR, and RO and MA with capacities), a few hours on a
 * Tuesday: a whole-agent model small enough for the engine to solve whole in tests.
 */
export const TWO_QUEUES = [
  'name: two queues',
  'period: week',
  'timezone: Europe/Paris',
  'week: 2027-01-11',
  'countries:',
  '  FR: { cost_per_hour: 32, languages: { fr: 0.95 } }',
  '  RO: { cost_per_hour: 17, languages: { fr: 0.9 }, scc: true, capacity_hours: 40 }',
  '  MA: { cost_per_hour: 14, languages: { fr: 0.88 }, scc: true, capacity_hours: 30 }',
  'activities:',
  '  q0: { language: fr, contacts: { volume: 400, aht: 300, service_level: "80/20" }, coverage: "Tue 08:00-12:00" }',
  '  q1: { language: fr, contacts: { volume: 250, aht: 240, service_level: "80/20" }, coverage: "Tue 10:00-14:00" }',
  '',
].join('\n');
