import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { drawnCats, travelFeatures, visiblePlanFeatures } from './geojson';

const pt = (cat: string, visibleFrom: number, planRef: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [120.6, 28] },
  properties: { cat, visibleFrom, planRef },
});
const plan: FeatureCollection = { type: 'FeatureCollection', features: [pt('centres', 2019, 'a'), pt('transport', 2035, 'b'), pt('axes', 2019, 'c')] };

describe('visiblePlanFeatures', () => {
  it('keeps visible catalogue items up to the year, properties intact', () => {
    expect(visiblePlanFeatures(plan, ['centres', 'transport'], 2022).map((f) => f.properties?.planRef)).toEqual(['a']);
    expect(visiblePlanFeatures(plan, ['centres', 'transport'], 2035).map((f) => f.properties?.planRef)).toEqual(['a', 'b']);
    expect(visiblePlanFeatures(undefined, ['centres'], 2035)).toEqual([]);
  });

  it('reports which items draw something', () => {
    expect([...drawnCats(plan, ['transport', 'axes', 'belts'], 2022)]).toEqual(['axes']);
  });
});

describe('travelFeatures', () => {
  const ring = { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [] }, properties: { minutes: 60 } };

  it('tags rings with their circle, scenario and origin', () => {
    const fs = travelFeatures({ result: { planRef: 'ring-city', scenario: 'plan-2022', origin: { name_zh: '温州', name_en: 'Wenzhou', lonLat: [120.7, 28] }, rings: [ring] } });
    expect(fs).toHaveLength(1);
    expect(fs[0].properties).toMatchObject({ layer: 'travel-ring', ring: 'ring-city', scenario: 'plan-2022', origin_en: 'Wenzhou', minutes: 60 });
  });

  it('reads catchments and the gained area, and ignores what is missing or malformed', () => {
    const fs = travelFeatures({ point: { origin: [120, 28], rings: [ring, { nope: 1 }], circles: null }, difference: { ref: 'ring-city', gained: ring } });
    expect(fs.map((f) => f.properties?.layer)).toEqual(['catchment-ring', 'travel-gained']);
    expect(travelFeatures(undefined)).toEqual([]);
    expect(travelFeatures({ result: 'x' })).toEqual([]);
  });
});
