/**
 * A small rota with many of equal cost (RO and PT at the same rate, RO's capacity binding): at a
 * 5% gap its search stops short of proof, at gap 0 it is proven whole (solver/rota.ts).
 */
export const TIES = (gap: number): string => `name: ties
period: week
timezone: Europe/Paris
week: 2027-01-11
home: FR
shifts: { mip_gap: ${gap} }
countries:
  FR: { cost_per_hour: 35, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 20, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", capacity_hours: 70 }
  PT: { cost_per_hour: 20, languages: { fr: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
activities:
  sales: { language: fr, hours: 60, coverage: "Mon-Wed 08:00-18:00" }
  care: { language: fr, hours: 40, coverage: "Sat-Sun 09:00-21:00" }
  back_office: { language: fr, hours: 20 }
`;
