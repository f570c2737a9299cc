import { booleanIntersects } from '@turf/turf';
import type { Feature } from 'geojson';

/** Turf `booleanIntersects`, false where Turf throws on a degenerate geometry (a site near a zone is then simply not "in" it). */
export function safeIntersects(a: Feature, b: Feature): boolean {
  try {
    return booleanIntersects(a, b);
  } catch {
    return false;
  }
}
