/** Label points for polygon layers, from each feature's precomputed `labelPoint` (pole of inaccessibility). */
import type { Feature, FeatureCollection, Point } from 'geojson';

export function labelPoints(collections: FeatureCollection[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const fc of collections) {
    for (const f of fc.features) {
      const p = f.properties?.labelPoint;
      if (!Array.isArray(p)) continue;
      const { labelPoint: _omit, ...props } = f.properties ?? {};
      features.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: p } });
    }
  }
  return { type: 'FeatureCollection', features };
}
