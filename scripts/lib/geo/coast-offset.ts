/**
 * How far a polygon's coast lies from a reference coastline (the OSM coast in
 * @geo-maps/earth-seas-10m). Used to verify that converting the GCJ-02 county boundaries to WGS-84
 * puts them on the OSM coast: every vertex of the tested polygons that lies within `bandKm` of the
 * reference coastline counts as a coast vertex, and we report the distribution of its distance to
 * the nearest coastline segment. Distances use a local equirectangular projection (error < 0.1 %
 * at these distances).
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

export interface CoastOffsetOptions {
  /** Only vertices within this distance of the reference coast count as coast vertices, km. */
  bandKm: number;
  /** Latitude of the projection's standard parallel, degrees. */
  lat0: number;
}

export const COAST_OFFSET_DEFAULTS: CoastOffsetOptions = { bandKm: 2, lat0: 28 };

export interface CoastOffset {
  medianKm: number;
  p90Km: number;
  vertices: number;
}

/** Distance statistics (km) from the vertices of `rings` to the nearest segment of `coastRings`. */
export function coastOffset(rings: Position[][], coastRings: Position[][], options: Partial<CoastOffsetOptions> = {}): CoastOffset {
  const o = { ...COAST_OFFSET_DEFAULTS, ...options };
  const kx = 111.32 * Math.cos((o.lat0 * Math.PI) / 180);
  const ky = 110.574;
  const segs: number[] = [];
  for (const ring of coastRings) {
    for (let i = 1; i < ring.length; i++) segs.push(ring[i - 1][0] * kx, ring[i - 1][1] * ky, ring[i][0] * kx, ring[i][1] * ky);
  }
  const n = segs.length / 4;
  if (n === 0) throw new Error('coastOffset: empty reference coastline');
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const [ax, ay, bx, by] = segs.slice(i * 4, i * 4 + 4);
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  const found: number[] = [];
  for (const ring of rings) {
    for (const p of ring) {
      const x = p[0] * kx;
      const y = p[1] * ky;
      let best = Infinity;
      for (const i of index.search(x - o.bandKm, y - o.bandKm, x + o.bandKm, y + o.bandKm)) {
        best = Math.min(best, segmentDistance(x, y, segs[i * 4], segs[i * 4 + 1], segs[i * 4 + 2], segs[i * 4 + 3]));
      }
      if (best <= o.bandKm) found.push(best);
    }
  }
  found.sort((a, b) => a - b);
  const q = (f: number) => (found.length ? found[Math.min(found.length - 1, Math.floor(f * found.length))] : NaN);
  return { medianKm: q(0.5), p90Km: q(0.9), vertices: found.length };
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
