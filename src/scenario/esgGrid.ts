/**
 * Built-in electricity grid intensity per country, in gCO2e per kWh generated, with the year of
 * the figure: Ember, "Yearly electricity data" (country overview, emissions_intensity_gco2_per_kwh,
 * the latest year with a value for each country), as republished by The Green Web Foundation in
 * co2.js, data/output/average-intensities.json at commit 03b5e45f07962308079634d431e04878e7222fef:
 * https://github.com/thegreenwebfoundation/co2.js/blob/03b5e45f07962308079634d431e04878e7222fef/data/output/average-intensities.json
 * (fetched by that repository from https://ember-data-api-scg3n.ondigitalocean.app/ember/country_overview_yearly.json;
 * Ember's data is published under CC BY 4.0: https://ember-energy.org/data/yearly-electricity-data/).
 *
 * Only countries of bestshore's country table found in that file are listed; values are copied
 * as published (two decimals). A scenario overrides any of them with esg.carbon.countries.XX.grid_g_per_kwh,
 * and must write it for a country not listed here when it uses carbon.
 */
export type GridFigure = { readonly gPerKwh: number; readonly year: number };

const g = (gPerKwh: number, year: number): GridFigure => ({ gPerKwh, year });

export const GRID_TABLE: Readonly<Record<string, GridFigure>> = {
  AT: g(110.81, 2023),
  BE: g(138.11, 2023),
  BG: g(335.33, 2023),
  HR: g(204.96, 2023),
  CY: g(534.32, 2023),
  CZ: g(449.72, 2023),
  DK: g(151.65, 2023),
  EE: g(416.67, 2023),
  FI: g(79.16, 2023),
  FR: g(56.04, 2023),
  DE: g(380.95, 2023),
  GR: g(336.57, 2023),
  HU: g(204.19, 2023),
  IE: g(290.81, 2023),
  IT: g(330.72, 2023),
  LV: g(123.2, 2023),
  LT: g(160.07, 2023),
  LU: g(105.26, 2023),
  MT: g(459.14, 2023),
  NL: g(267.62, 2023),
  PL: g(661.93, 2023),
  PT: g(165.55, 2023),
  RO: g(240.58, 2023),
  SK: g(116.77, 2023),
  SI: g(231.28, 2023),
  ES: g(174.05, 2023),
  SE: g(40.7, 2023),
  IS: g(27.68, 2022),
  NO: g(30.08, 2023),
  CH: g(34.84, 2023),
  GB: g(237.59, 2023),
  TR: g(464.59, 2023),
  RS: g(636.06, 2023),
  AL: g(24.29, 2022),
  GE: g(167.02, 2022),
  UA: g(259.69, 2022),
  FO: g(404.76, 2022),
  AR: g(394.62, 2022),
  BR: g(105.51, 2022),
  CA: g(161.43, 2022),
  IL: g(582.93, 2022),
  JP: g(512.81, 2022),
  NZ: g(110.89, 2022),
  KR: g(441.65, 2022),
  UY: g(112.65, 2022),
  US: g(385.98, 2022),
  MX: g(475.36, 2022),
  CO: g(214.88, 2022),
  SR: g(349.28, 2022),
  MA: g(662.64, 2022),
  TN: g(564.62, 2022),
  DZ: g(634.61, 2022),
  SN: g(511.6, 2022),
  CI: g(393.89, 2022),
  CM: g(305.42, 2022),
  MG: g(436.44, 2022),
  MU: g(632.48, 2022),
  EG: g(570.13, 2022),
  ZA: g(729.67, 2022),
  KE: g(83.33, 2022),
  PH: g(601.1, 2022),
  IN: g(705.13, 2022),
};
