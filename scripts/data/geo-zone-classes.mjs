// What kind of area each zone of the Electricity Maps 2021-10-27 export is, which legacy keys the generator drops, and
// why some zone-years jump implausibly (used by geo-build.mjs). Classes: EIA-930 balancing-authority reference table
// ("Generation Only BA", "Active BA" columns) and open-grid-emissions `ba_reference.csv` (`ba_category`: rto,
// generation_only, limited_generation, power_marketing_administration) for the US zones; the market structure of each
// country (NEM regions, bidding zones, provinces, island systems) for the others.

// area: zone keys (the vocabulary of ZONE_AREAS in packages/core/src/vocabulary.ts)
const AREAS = `
state: AUS-NSW AUS-QLD AUS-SA AUS-TAS AUS-VIC AUS-WA IN-AP IN-CT IN-DL IN-GJ IN-KA IN-PB IN-UP IN-UT
province: CA-AB CA-NS CA-ON CA-PE CA-YT
bidding-zone: DK-DK1 DK-DK2 IT-CNO IT-CSO IT-NO IT-SAR IT-SIC IT-SO NO-NO1 NO-NO2 NO-NO3 NO-NO4 NO-NO5 RU-1 RU-2
iso: US-CAL-CISO US-CENT-SWPP US-MIDA-PJM US-MIDW-MISO US-NE-ISNE US-TEX-ERCO
utility: JP-CB JP-CG JP-HKD JP-HR JP-KN JP-KY JP-ON JP-SK JP-TH JP-TK
  US-CAL-BANC US-CAL-IID US-CAL-LDWP US-CAL-TIDC US-CAR-CPLE US-CAR-CPLW US-CAR-DUK US-CAR-SC US-CAR-SCEG
  US-FLA-FMPP US-FLA-FPC US-FLA-FPL US-FLA-GVL US-FLA-HST US-FLA-JEA US-FLA-SEC US-FLA-TAL US-FLA-TEC
  US-MIDW-AECI US-MIDW-LGEE US-NW-AVA US-NW-BPAT US-NW-CHPD US-NW-DOPD US-NW-GCPD US-NW-IPCO US-NW-NEVP US-NW-NWMT
  US-NW-PACE US-NW-PACW US-NW-PGE US-NW-PSCO US-NW-PSEI US-NW-SCL US-NW-TPWR US-NW-WACM US-NW-WAUW US-SE-AEC
  US-SE-SOCO US-SW-AZPS US-SW-EPE US-SW-PNM US-SW-SRP US-SW-TEPC US-SW-WALC US-TEN-TVA
other: BR-CS BR-N BR-NE BR-S DK-BHM ES-CN-FVLZ ES-CN-GC ES-CN-HI ES-CN-IG ES-CN-LP ES-CN-TE ES-IB-FO ES-IB-IZ ES-IB-MA
  ES-IB-ME GB-ORK MY-WM NZ-NZN NZ-NZS US-CENT-SPA US-HI-OA
generation-only: US-CAR-YAD US-MIDW-EEI US-NW-AVRN US-NW-GRID US-NW-GWA US-NW-WWA US-SE-SEPA
single-plant: US-MIDA-OVEC US-SW-DEAA US-SW-GRIF US-SW-HGMA
aggregate: US-SVERI
`;
// Notes on the classes above:
// - generation-only: EIA-930 marks these balancing authorities "Generation Only BA = Yes" (wind farms, hydro dams, one
//   coal plant); they serve no load, so no job runs there.
// - single-plant: the balancing area of one gas plant (HGMA, DEAA, GRIF; EIA generation-only), or of the two OVEC coal
//   plants (retired as a BA on 2018-12-01, merged into PJM).
// - US-SVERI is a reporting aggregate of Arizona and New Mexico utilities, not a balancing area (573 h, 2018 only).
// - US-CENT-SPA (Southwestern Power Administration, federal hydro marketing) and US-FLA-HST (City of Homestead, a tiny
//   municipal BA, 1-174 h of data a year) are real areas but no place to rent compute; every year of both is flagged
//   (partial year or implausible jump), so neither is ever offered as an alternative.

/** Electricity Maps zone key → area class. */
export const zoneArea = new Map();
for (const line of AREAS.trim().split(/\n(?=\S)/)) {
  const [area, keys] = line.split(':');
  for (const k of keys.trim().split(/\s+/)) {
    if (zoneArea.has(k)) throw new Error(`zone ${k} classed twice`);
    zoneArea.set(k, area.trim());
  }
}

/**
 * Pre-2020 Electricity Maps keys (EIA-based, years up to 2019) superseded by balancing-authority keys; several also
 * read as ISO 3166-2 state keys (US-NY, US-SC, US-TN, US-TX), which the eGRID state rows use. They are dropped, so that
 * no key means two things. Key → the key that replaced it.
 */
export const legacyKeys = new Map(Object.entries({
  'US-BPA': 'US-NW-BPAT', 'US-CA': 'US-CAL-CISO', 'US-IPC': 'US-NW-IPCO', 'US-MISO': 'US-MIDW-MISO', 'US-NEISO': 'US-NE-ISNE',
  'US-NY': 'US-NY-NYIS', 'US-PJM': 'US-MIDA-PJM', 'US-SC': 'US-CAR-SC', 'US-SPP': 'US-CENT-SWPP', 'US-TN': 'US-TEN-TVA',
  'US-TX': 'US-TEX-ERCO',
}));

/**
 * Zone-years whose value jumps by a factor of 2 or more from the zone's previous year with data, with our reading of
 * each (checked against the hours with data in the export). They are flagged 'implausible-jump' and never used for an
 * alternative. `zone year`: note.
 */
export const jumpNotes = new Map(Object.entries({
  'AUS-TAS 2020': 'rests on 1 hour of data (113 in 2019): an artefact.',
  'AUS-TAS 2021': 'compared with 2020, which rests on 1 hour; against 2019 (113) the change is a plausible hydro year.',
  'CA-NS 2021': 'rests on 92 hours; Nova Scotia burns mostly coal (2020: 480), so 81 is not credible.',
  'CA-PE 2018': 'from 60 (2017, 5,774 h) to 178 with a full year: Prince Edward Island imports most of its power from New Brunswick, so the jump more likely reflects how imports were traced than a change in the grid.',
  'CA-YT 2020': 'covers 2,433 hours (28 % of the year); Yukon burns diesel and LNG in winter, so a part-year average is not representative.',
  'US-CAR-YAD 2020': 'a generation-only hydro balancing area with 2,595 hours of data.',
  'US-CENT-SPA 2019': 'the previous year (315) covers half a year; SPA markets federal hydro power, so its value follows hydro output.',
  'US-FLA-HST 2020': 'rests on 1 hour of data.',
  'US-FLA-HST 2021': 'rests on 77 hours of a tiny municipal balancing area.',
  'US-NW-AVRN 2019': 'a generation-only wind balancing area; the previous year covers 26 % of the year.',
  'US-SE-SEPA 2020': 'a generation-only federal hydro balancing area with 973 hours of data.',
  'US-SE-SEPA 2021': 'a generation-only federal hydro balancing area with 1,640 hours of data.',
  'US-SW-GRIF 2021': 'the balancing area of one gas plant: the value tracks whether the plant ran in the hours covered (2018-2019 are the default gas factor 490).',
  'US-SW-HGMA 2021': 'the balancing area of one gas plant: 2018 is the default gas factor 490 from 27 hours, 2020 has no data, 2021 rests on 3,044 hours.',
}));
