/**
 * Where to put the marker of a country or territory that the 1:110m world map has no shape for: the longitude and
 * latitude of its capital, rounded to 0.1° (at the map's scale a pixel is about 40 km). Source: the capitals' positions
 * in Natural Earth's populated places (naturalearthdata.com, 1:10m cultural vectors, v5).
 */
export const SMALL_COUNTRY_POINTS: Record<string, [lon: number, lat: number]> = {
  AD: [1.5, 42.5], AG: [-61.8, 17.1], AW: [-70.0, 12.5], BB: [-59.6, 13.1], BH: [50.6, 26.2], BM: [-64.8, 32.3], CV: [-23.5, 14.9],
  CW: [-68.9, 12.1], DM: [-61.4, 15.3], FM: [158.2, 6.9], FO: [-6.8, 62.0], GD: [-61.7, 12.1], GG: [-2.5, 49.5], GI: [-5.4, 36.1],
  GU: [144.8, 13.5], HK: [114.2, 22.3], IM: [-4.5, 54.2], JE: [-2.1, 49.2], KI: [173.0, 1.3], KM: [43.3, -11.7], KN: [-62.7, 17.3],
  KY: [-81.4, 19.3], LC: [-61.0, 14.0], LI: [9.5, 47.1], MC: [7.4, 43.7], MH: [171.4, 7.1], MO: [113.5, 22.2], MT: [14.5, 35.9],
  MU: [57.5, -20.2], MV: [73.5, 4.2], NR: [166.9, -0.5], PF: [-149.6, -17.5], PW: [134.6, 7.5], RE: [55.5, -20.9], SC: [55.5, -4.6],
  SG: [103.8, 1.3], SM: [12.4, 43.9], ST: [6.7, 0.3], TO: [-175.2, -21.1], TV: [179.2, -8.5], VA: [12.5, 41.9], VC: [-61.2, 13.2],
  WS: [-171.8, -13.8],
};
