/**
 * Runs by country on a world map: each country coloured by the median intensity of its runs, with a circle for those
 * too small to see at this scale. Shapes: world-atlas's countries at 1:110m (Natural Earth), drawn with d3-geo in the
 * Equal Earth projection. Loaded only by the Survey page.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { sig } from '@carbontrail/core/format';
import { isoNumeric } from '../iso-numeric.ts';
import { SMALL_COUNTRY_POINTS } from './small-countries.ts';

export interface MapCountry {
  key: string;
  name: string;
  runs: number;
  medianIntensity: number;
}

const WIDTH = 960;
const HEIGHT = 470;
/** Countries smaller than this (px² of the drawn shape) also get a circle, so that they can be seen. */
const SMALL_AREA = 60;
/** The colour scale's top: intensities at or above it get the darkest colour. */
const TOP = 800;

/** Intensity → colour, from green (0 g/kWh) through yellow to dark red (800 g/kWh and above). */
export function intensityColour(g: number): string {
  const t = Math.max(0, Math.min(1, g / TOP));
  const stops = [[26, 152, 80], [254, 224, 139], [215, 48, 39], [103, 0, 13]];
  const x = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const c = stops[i]!.map((v, k) => Math.round(v + (stops[i + 1]![k]! - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

interface Shape {
  id: string;
  name: string;
  d: string;
  area: number;
  centroid: [number, number];
}

interface World {
  shapes: Shape[];
  /** Longitude and latitude to map pixels. */
  project: (lonLat: [number, number]) => [number, number] | null;
}

let world: World | undefined;

/** The countries' shapes and the projection they were drawn with, made once. */
function worldMap(): World {
  if (world) return world;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], geo);
  const path = geoPath(projection);
  const shapes = geo.features.map((f) => ({
    id: String(f.id ?? ''),
    name: f.properties?.name ?? '',
    d: path(f) ?? '',
    area: path.area(f),
    centroid: path.centroid(f) as [number, number],
  }));
  world = { shapes, project: (p) => projection(p) };
  return world;
}

/** The map, and the countries of the data that it cannot draw (no shape and no marker position), named below it. */
export function WorldMap({ rows }: { rows: readonly MapCountry[] }) {
  const { shapes: all, project } = worldMap();
  const byId = new Map(rows.flatMap((r) => {
    const id = isoNumeric(r.key);
    return id ? [[id, r] as const] : [];
  }));
  const drawn = new Set<string>();
  const small: { shape: Shape; row: MapCountry }[] = [];
  const paths = all.map((s) => {
    const row = byId.get(s.id);
    if (row) {
      drawn.add(row.key);
      if (s.area < SMALL_AREA) small.push({ shape: s, row });
    }
    const title = row ? `${row.name}: ${row.runs} run${row.runs === 1 ? '' : 's'}, median ${sig(row.medianIntensity)} g CO2eq/kWh` : `${s.name}: no runs`;
    return (
      <path key={s.id + s.name} d={s.d} fill={row ? intensityColour(row.medianIntensity) : '#e8ece9'} stroke="#fff" stroke-width="0.5" data-country={row?.key}>
        <title>{title}</title>
      </path>
    );
  });
  // countries without a shape at this scale: a marker at their capital, when the table has it
  const markers = rows.flatMap((row) => {
    const at = drawn.has(row.key) ? undefined : SMALL_COUNTRY_POINTS[row.key];
    const xy = at ? project(at) : null;
    if (!xy) return [];
    drawn.add(row.key);
    return [{ shape: { id: row.key, name: row.name, d: '', area: 0, centroid: xy }, row }];
  });
  small.push(...markers);
  const notDrawn = rows.filter((r) => !drawn.has(r.key));
  const legend = [0, 200, 400, 600, 800];
  return (
    <figure class="world-map" data-testid="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Runs by country, coloured by the median carbon intensity of their runs">
        {paths}
        {small.map(({ shape, row }) => (
          <circle key={row.key} cx={shape.centroid[0]} cy={shape.centroid[1]} r="5" fill={intensityColour(row.medianIntensity)} stroke="#333" stroke-width="1" data-country={row.key}>
            <title>{`${row.name}: ${row.runs} run${row.runs === 1 ? '' : 's'}, median ${sig(row.medianIntensity)} g CO2eq/kWh`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <span class="legend">
          {legend.map((g) => (
            <span key={g}>
              <span class="swatch" style={{ background: intensityColour(g) }} /> {g}
              {g === TOP ? '+' : ''}
            </span>
          ))}{' '}
          g CO2eq/kWh (median of the country's runs); grey: no runs.
        </span>
        {notDrawn.length ? (
          <span class="muted" data-testid="map-not-drawn">
            {' '}
            Not on the map: {notDrawn.map((r) => `${r.name} (${r.runs})`).join(', ')}.
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
