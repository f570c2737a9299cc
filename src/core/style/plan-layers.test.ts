import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { ACTION_MINZOOM, DETAIL_LABEL_MINZOOM, planFilters } from './plan-layers';
import { DEFAULT_VIEW } from './basemap';

type Props = Record<string, unknown>;
const point = (properties: Props) => ({ type: 1, properties, geometry: [] }) as unknown as Parameters<ReturnType<typeof featureFilter>['filter']>[1];
const shows = (layer: keyof ReturnType<typeof planFilters>, zoom: number, props: Props) =>
  featureFilter(planFilters(DEFAULT_VIEW)[layer], `layers[${layer}].filter`).filter({ zoom }, point({ visibleFrom: 2019, ...props }));

describe('declutter by zoom', () => {
  it('an action site is a dot without number or label below ACTION_MINZOOM, a numbered, labelled marker above', () => {
    const site = { cat: 'action-4', action: 4, planRef: 'x', name_zh: '某地' };
    expect(shows('plan-points', ACTION_MINZOOM - 1, site)).toBe(true);
    expect(shows('plan-point-number', ACTION_MINZOOM - 1, site)).toBe(false);
    expect(shows('plan-labels', ACTION_MINZOOM - 1, site)).toBe(false);
    expect(shows('plan-point-number', ACTION_MINZOOM, site)).toBe(true);
    expect(shows('plan-labels', ACTION_MINZOOM, site)).toBe(true);
  });

  it('centres are labelled at every zoom, districts from DETAIL_LABEL_MINZOOM', () => {
    expect(shows('plan-labels', 7, { cat: 'centres', planRef: 'main-centre' })).toBe(true);
    expect(shows('plan-labels', DETAIL_LABEL_MINZOOM - 0.5, { cat: 'districts', planRef: 'd' })).toBe(false);
    expect(shows('plan-labels', DETAIL_LABEL_MINZOOM, { cat: 'districts', planRef: 'd' })).toBe(true);
  });
});
