/**
 * Other names of countries than the zone tables' (Our World in Data's short names): the ISO 3166-1 English short names
 * where they differ, and common abbreviations, so that "United States of America" or "USA" in a survey row or a flag
 * finds the United States. Source: ISO 3166-1 (iso.org/obp, English short names), 2024.
 */
export const countryAliases: Readonly<Record<string, readonly string[]>> = {
  US: ['United States of America', 'USA', 'U.S.', 'U.S.A.'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'Great Britain', 'UK', 'U.K.'],
  KR: ['Republic of Korea', 'Korea, Republic of', 'Korea'],
  KP: ["Democratic People's Republic of Korea", 'North Korea'],
  RU: ['Russian Federation'],
  IR: ['Iran, Islamic Republic of', 'Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic"],
  BO: ['Bolivia, Plurinational State of'],
  VE: ['Venezuela, Bolivarian Republic of'],
  TZ: ['Tanzania, United Republic of', 'United Republic of Tanzania'],
  MD: ['Moldova, Republic of', 'Republic of Moldova'],
  CZ: ['Czech Republic'],
  CD: ['Congo, Democratic Republic of the', 'DR Congo', 'DRC'],
  TW: ['Taiwan, Province of China'],
  NL: ['Netherlands (Kingdom of the)', 'Holland'],
  TR: ['Türkiye', 'Turkiye'],
  AE: ['UAE'],
};
