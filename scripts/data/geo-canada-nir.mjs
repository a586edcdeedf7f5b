// Canadian provinces and territories: consumption intensity of grid electricity, g CO2eq per kWh consumed, as published
// by Environment and Climate Change Canada, National Inventory Report 1990-2018 (2020 edition), Part 3, Annex 13
// "Electricity in Canada: Summary and Intensity Tables", one table per province (used by geo-build.mjs). Transcribed from
// the PDF ("NIR 2020 - Part3.pdf", kept in nrc-cnrc/OpenStudio-Measures @ e247ba1dddef1933dc99f894594f5203f28cb4e9,
// measures/nrc_report_carbon_emissions/resources/docs/); the values agree with NRC's own transcription of the same
// edition (all_nir_reports.json in that repository).
//
// Basis: direct. The NIR counts the combustion emissions (CO2, CH4, N2O) of electricity utilities, plus SF6 from
// transmission, per kWh consumed (losses included); reservoir emissions of hydro are excluded. 2018 is preliminary.
// Prince Edward Island is not listed: the NIR withholds its consumption intensity in every year and points to New
// Brunswick, from which PEI imports most of its power. Nunavut 1990 and 2000 are published only together with the
// Northwest Territories, and are left out.

export const nirYears = [1990, 2000, 2005, 2013, 2014, 2015, 2016, 2017, 2018];
export const nirSource =
  'Environment and Climate Change Canada, National Inventory Report 1990-2018 (2020 edition), Part 3, Annex 13, Electricity in Canada: summary and intensity tables, consumption intensity (g CO2eq per kWh consumed; combustion CO2, CH4 and N2O of utilities plus transmission SF6, losses included; hydro reservoir emissions excluded; 2018 preliminary)';

// zone, then one value per year of nirYears ("-": not published for that province alone)
const LINES = `
CA-NL 46 20 21 21 31 34 38 40 27
CA-NS 770 920 950 770 750 740 720 730 760
CA-NB 390 530 420 300 250 290 280 260 300
CA-QC 14 4.1 4.3 2.5 1.6 1.6 1.8 1.4 1.7
CA-ON 220 320 250 80 40 40 40 20 30
CA-MB 29 38 10.3 3.7 4 3.9 2.1 1.9 1.4
CA-SK 890 940 840 780 900 740 690 720 710
CA-AB 1000 1000 990 880 820 890 830 790 680
CA-BC 19 38 27 12 12 9.9 13 10.2 12.8
CA-YT 210 78 74 43 39 46 48 56 79
CA-NT 360 250 300 190 290 370 180 160 160
CA-NU - - 880 710 770 750 740 760 890
`;

/** Zone → [year, g CO2eq/kWh][] (published years only). */
export const nirConsumption = new Map(
  LINES.trim().split('\n').map((line) => {
    const [zone, ...values] = line.trim().split(/\s+/);
    if (values.length !== nirYears.length) throw new Error(`NIR line ${zone}: ${values.length} values`);
    return [zone, values.flatMap((v, i) => (v === '-' ? [] : [[nirYears[i], Number(v)]]))];
  }),
);
