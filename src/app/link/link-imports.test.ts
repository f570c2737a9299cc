import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { linkPayloads, textFromLinkPayload } from './link-imports';
import { decodeState, encodeState } from './url';

const point = (lon: number, name = '<img src=x onerror=alert(1)>'): Feature => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, 28] } });
const big: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: Array.from({ length: 2000 }, (_, i) => [120 + i / 1e4, 28]) } };

describe('imported layers in links', () => {
  it('includes small layers and names the ones that do not fit', () => {
    const r = linkPayloads([{ name: 'a.geojson', features: [point(120.6)] }, { name: 'big.geojson', features: [big] }], 6000);
    expect(r.included).toHaveLength(1);
    expect(r.omitted).toEqual(['big.geojson']);
  });

  it('round-trips through the hash and back to the same GeoJSON text, HTML kept as a literal string', () => {
    const { included } = linkPayloads([{ name: '站点.geojson', features: [point(120.61)] }], 6000);
    const hash = encodeState({ lang: 'zh', imports: included });
    const decoded = decodeState(hash, { layerKeys: [], planIds: [] });
    expect(decoded.notices).toEqual([]);
    const { text, name } = textFromLinkPayload(decoded.snapshot.imports![0]);
    expect(name).toBe('站点.geojson');
    const fc = JSON.parse(text);
    expect(fc.features[0].geometry.coordinates).toEqual([120.61, 28]);
    expect(fc.features[0].properties.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('drops payloads that are not base64url with a notice, and never throws on garbage', () => {
    const d = decodeState('#imp=abc~<script>~', { layerKeys: [], planIds: [] });
    expect(d.snapshot.imports).toEqual(['abc']);
    expect(d.notices.length).toBeGreaterThan(0);
    expect(textFromLinkPayload('!!!').text).toBe('');
  });
});
