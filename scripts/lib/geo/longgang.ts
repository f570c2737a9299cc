/**
 * Derives 龙港市 (330383) from the pre-2019 苍南县 polygon, which is all the boundary package has.
 *
 * Facts used (龙港市 official description, e.g. its 百科 entry): 龙港 lies on the south bank of the
 * 鳌江 estuary; east it faces the sea; west it is bounded by the 横阳支江 / G104 / G15 / 温福铁路
 * corridor; south it borders the 江南平原 towns 宜山, 钱库 and 金乡 that stayed in 苍南; area
 * 183.99 km². The north (鳌江) and east (sea) edges therefore already exist in the 苍南 polygon. We
 * cut 苍南 with a line that runs south from the 鳌江 along the given western corridor meridian and
 * then due east to the sea; the latitude of the east–west leg is the one unknown, solved by
 * bisection so that the land part of the cut equals the official area. The result is approximate:
 * the real southern boundary is irregular (±3 km), which the feature's `precision` says.
 */
import { polygon } from '@turf/turf';
import { areaKm2, clip, landAreaKm2, subtract, type Areal } from '../../../src/core/geo/measure';

export interface LonggangCutOptions {
  /** Longitude of the western edge (the 横阳支江 / 温福铁路 corridor), degrees. */
  westLon: number;
  /** Official land area to match, km². */
  targetKm2: number;
  /** Southern search range for the east–west leg, degrees latitude. */
  latRange: [number, number];
  /** Far east edge of the cut polygon (beyond the coast), degrees. */
  eastLon: number;
  /** North edge of the cut polygon (beyond the 鳌江), degrees. */
  northLat: number;
}

export const LONGGANG_DEFAULTS: Omit<LonggangCutOptions, 'westLon'> = {
  targetKm2: 183.99,
  latRange: [27.3, 27.62],
  eastLon: 121.2,
  northLat: 27.75,
};

export interface LonggangSplit {
  longgang: Areal;
  cangnan: Areal;
  /** Latitude of the solved east–west leg. */
  southLat: number;
  longgangLandKm2: number;
  longgangTotalKm2: number;
}

/** The quadrilateral north-east of the cut line. */
export function cutPolygon(westLon: number, southLat: number, o: Omit<LonggangCutOptions, 'westLon' | 'targetKm2' | 'latRange'>): Areal {
  return polygon([[[westLon, o.northLat], [westLon, southLat], [o.eastLon, southLat], [o.eastLon, o.northLat], [westLon, o.northLat]]]);
}

/** Splits the old 苍南 polygon into 龙港 and the new 苍南; `land` is the OSM land mask. */
export function splitLonggang(oldCangnan: Areal, land: Areal, opts: Partial<LonggangCutOptions> & { westLon: number }): LonggangSplit {
  const o = { ...LONGGANG_DEFAULTS, ...opts };
  const landOf = (lat: number) => {
    const part = clip(oldCangnan, cutPolygon(o.westLon, lat, o));
    return part ? landAreaKm2(part, land) : 0;
  };
  // Land area north of the leg shrinks as the leg moves north: bisect on latitude.
  let [lo, hi] = o.latRange;
  for (let i = 0; i < 30 && hi - lo > 1e-5; i++) {
    const mid = (lo + hi) / 2;
    if (landOf(mid) > o.targetKm2) lo = mid;
    else hi = mid;
  }
  const southLat = (lo + hi) / 2;
  const cut = cutPolygon(o.westLon, southLat, o);
  const longgang = clip(oldCangnan, cut);
  const cangnan = subtract(oldCangnan, cut);
  if (!longgang || !cangnan) throw new Error('Longgang cut left an empty side: check westLon and latRange');
  return { longgang, cangnan, southLat, longgangLandKm2: landAreaKm2(longgang, land), longgangTotalKm2: areaKm2(longgang) };
}
