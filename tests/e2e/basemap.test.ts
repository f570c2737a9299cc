/**
 * The running map on real geography, in Debian's Chromium with software WebGL, on the
 * production build: no page errors, map idle, the right county at a known place, no request
 * leaving 127.0.0.1, and a screenshot with real pixels.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMapPage, OUTPUT_DIR, project, type Session, waitForMapIdle } from './helpers/browser';
import { countDistinctColours, decodePng } from './helpers/pixels';
import { readFileSync } from 'node:fs';

// 温州龙湾国际机场 reference point, WGS-84 (Wikipedia: 27°54′43″N 120°51′07″E).
const AIRPORT: [number, number] = [120.85194, 27.91194];
// 文成县 seat (大峃), WGS-84 (Wikipedia: 27.7870, 120.0914).
const WENCHENG: [number, number] = [120.0914, 27.787];

let s: Session;
let page: Page;

beforeAll(async () => {
  ({ s, page } = await openMapPage());
});
afterAll(async () => s?.close());

async function countyAt(lonLat: [number, number]): Promise<string | undefined> {
  return page.evaluate(([lon, lat]) => {
    const { map } = window.__app;
    const hit = map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['counties-fill'] })[0];
    return hit?.properties?.name_zh;
  }, lonLat);
}

describe('embedded basemap', () => {
  it('loads without page errors and reaches idle', () => {
    expect(s.pageErrors).toEqual([]);
  });

  it('loads every file of the app font when the label font is loaded as MapLibre does before its first glyph', async () => {
    // MapLibre awaits document.fonts.load('<style> <weight> <size>px <text-font stack>') (sample text:
    // a space) before it rasterises a label glyph; the map does not otherwise wait for the font.
    const { matched, declared } = await page.evaluate(async () => {
      const faces = await document.fonts.load('normal normal 48px WZ Sans,Noto Sans CJK SC,Noto Sans SC,Microsoft YaHei,PingFang SC,sans-serif');
      const ours = (f: FontFace) => f.family.replace(/["']/g, '') === 'WZ Sans';
      return { matched: faces.filter(ours).map((f) => f.status), declared: [...document.fonts].filter(ours).length };
    });
    expect(declared).toBeGreaterThanOrEqual(3);
    expect(matched).toHaveLength(declared);
    expect(new Set(matched)).toEqual(new Set(['loaded']));
  });

  it('paints its first frame once every GeoJSON source is loaded, not at the time-out, and says it is loading until then', async () => {
    const first = await page.evaluate(() => window.__app.firstPaint);
    expect(first).toBeDefined();
    expect(first!.timedOut).toBe(false);
    expect(first!.paintedAfterMs).not.toBeNull();
    // Sources load over several animation frames, so some paint calls were held back.
    expect(first!.held).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.map-loading').count()).toBe(0);
  });

  it('draws the 13 counties from their sources', async () => {
    const names = await page.evaluate(() => {
      const { map } = window.__app;
      return [...new Set(map.queryRenderedFeatures({ layers: ['counties-fill'] }).map((f: any) => f.properties.name_zh))].sort();
    });
    expect(names).toHaveLength(13);
    expect(names).toContain('龙港市');
    expect(names).toContain('青田县');
  });

  it('finds 龙湾区 at the point of 温州龙湾国际机场 and 文成县 at its seat', async () => {
    expect(await countyAt(AIRPORT)).toBe('龙湾区');
    expect(await countyAt(WENCHENG)).toBe('文成县');
  });

  it('opens the county panel with names and a Turf area on click (plan overlays switched off)', async () => {
    for (const box of await page.locator('[data-testid^="layer-toggle-"]').all()) await box.uncheck();
    await waitForMapIdle(page);
    const planRendered = await page.evaluate(() => window.__app.map.queryRenderedFeatures({ layers: ['plan-points', 'plan-fill', 'plan-line-solid'] }).length);
    expect(planRendered).toBe(0);
    const { x, y } = await project(page, WENCHENG);
    await page.mouse.click(x, y);
    const panel = page.getByTestId('county-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('文成县');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Wencheng County');
    // 文成 official area 1293.24 km²: the Turf area of the drawn polygon is within 2 %.
    const total = Number((await page.getByTestId('total-area').textContent())!.replace(/[^\d.]/g, ''));
    expect(Math.abs(total - 1293.24) / 1293.24).toBeLessThan(0.02);
    await page.screenshot({ path: `${OUTPUT_DIR}/basemap-county-panel.png` });
  });

  it('switches labels and panel to English', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('county-panel').locator('h2').textContent()).toBe('Wencheng County');
    const field = await page.evaluate(() => JSON.stringify(window.__app.map.getLayoutProperty('counties-label', 'text-field')));
    expect(field).toContain('name_en');
    await waitForMapIdle(page);
    await page.getByTestId('lang-toggle').click();
  });

  it('really drew: the canvas has many distinct colours', async () => {
    await waitForMapIdle(page);
    const png = await page.locator('.maplibregl-canvas').screenshot({ path: `${OUTPUT_DIR}/basemap.png` });
    expect(countDistinctColours(png)).toBeGreaterThan(20);
  });

  it('made no request that left 127.0.0.1', () => {
    expect(s.offHost).toEqual([]);
  });
});

/*
 * Issue 10: the reading layers (relief, water, towns, stations, terrain), the declutter and the
 * phone layout, on the production build at 1440 × 900 and at phone widths. Screenshots go to
 * tests/e2e/output/ only (a test run leaves the tree clean); docs/screenshots/ is updated by hand.
 */
// 北雁荡山 (百岗尖 area) and the 瓯江 mid-channel between 鹿城 and 瓯北, WGS-84.
const YANDANG: [number, number] = [121.06, 28.39];
const OUJIANG_CHANNEL: [number, number] = [120.7, 28.03];
const VIEWS = {
  default: '',
  'wenzhou-z11': '#v=1&c=120.66,27.99,11,0,0',
  'yueqing-bay': '#v=1&c=121.05,28.15,10.3,0,0',
  taishun: '#v=1&c=119.9,27.55,10.3,0,0',
} as const;

/** Mean absolute RGB difference of two screenshots in a square around a pixel. */
function patchDiff(a: Buffer, b: Buffer, x: number, y: number, r = 20): number {
  const A = decodePng(a);
  const B = decodePng(b);
  let sum = 0;
  let n = 0;
  for (let j = y - r; j <= y + r; j++) {
    for (let i = x - r; i <= x + r; i++) {
      const k = (j * A.width + i) * 4;
      sum += Math.abs(A.data[k] - B.data[k]) + Math.abs(A.data[k + 1] - B.data[k + 1]) + Math.abs(A.data[k + 2] - B.data[k + 2]);
      n += 3;
    }
  }
  return sum / n;
}

interface LabelBox { layer: string; name: string; x0: number; y0: number; x1: number; y1: number }

/**
 * Boxes (px) of every placed label in the given symbol layers, estimated from the style: CJK
 * glyphs ≈ 1 em wide, Latin ≈ 0.55 em, 1.2 em lines, anchored as the layer anchors them (towns
 * and counties centred; plan labels top-anchored 1.1 em below their marker). Shrunk by 15 % so
 * only real collisions count.
 */
async function placedLabels(p: Page, layers: string[]): Promise<LabelBox[]> {
  return p.evaluate((ids) => {
    const { map } = window.__app;
    const z = map.getZoom();
    const present = ids.filter((id: string) => map.getLayer(id));
    const width = (t: string, size: number) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.55), 0);
    return map.queryRenderedFeatures({ layers: present }).filter((f: any) => f.geometry.type === 'Point').map((f: any) => {
      const pr = f.properties;
      const pt = map.project((f!.geometry as GeoJSON.Point).coordinates as [number, number]);
      let w: number, h: number, top: number;
      if (f.layer.id === 'plan-labels') {
        const size = pr.cat === 'centres' ? 13 : 11.5;
        const text = String(pr.site_zh ?? pr.name_zh ?? '');
        const lines = Math.max(1, Math.ceil(width(text, size) / (9 * size)));
        w = Math.min(width(text, size), 9 * size);
        h = lines * size * 1.2;
        top = pt.y + 1.1 * size;
      } else {
        const size = f.layer.id === 'counties-label' ? 12 + (Math.min(Math.max(z, 7), 11) - 7) : pr.seat === true ? 12.5 : 11;
        w = Math.max(width(String(pr.name_zh ?? ''), size), width(String(pr.name_en ?? ''), size * 0.78));
        h = size * 1.2 + size * 0.78 * 1.2;
        top = pt.y - h / 2;
      }
      const k = 0.15;
      return { layer: f.layer.id, name: String(pr.name_zh ?? pr.site_zh ?? ''), x0: pt.x - w / 2 + (k * w) / 2, x1: pt.x + w / 2 - (k * w) / 2, y0: top + (k * h) / 2, y1: top + h - (k * h) / 2 };
    });
  }, layers);
}

describe('basemap reading layers (issue 10)', () => {
  let p: Page;
  beforeAll(async () => {
    p = await s.newPage({ width: 1440, height: 900 });
    await waitForMapIdle(p);
  });

  it('draws the relief image under the plan, and it changes the pixels at 雁荡山', async () => {
    const order = await p.evaluate(() => window.__app.map.getStyle().layers.map((l: any) => l.id));
    expect(order.indexOf('relief')).toBeGreaterThan(0);
    expect(order.indexOf('relief')).toBeLessThan(order.indexOf('plan-fill'));
    const { x, y } = await project(p, YANDANG);
    const withRelief = await p.locator('.maplibregl-canvas').screenshot();
    await p.evaluate(() => window.__app.map.setLayoutProperty('relief', 'visibility', 'none'));
    await waitForMapIdle(p);
    const without = await p.locator('.maplibregl-canvas').screenshot();
    await p.evaluate(() => window.__app.map.setLayoutProperty('relief', 'visibility', 'visible'));
    await waitForMapIdle(p);
    expect(patchDiff(withRelief, without, Math.round(x), Math.round(y))).toBeGreaterThan(4);
  });

  it('does not load the terrain tiles until 3D terrain is switched on', async () => {
    const dem = await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/relief/dem/')).length);
    expect(dem).toBe(0);
    expect(await p.evaluate(() => window.__app.map.getTerrain())).toBeNull();
  });

  it('at 温州市区 zoom 11: the tidal 瓯江 is water, towns are labelled, and no two labels share a spot', async () => {
    const q = await s.newPage({ width: 1440, height: 900, query: VIEWS['wenzhou-z11'] });
    await waitForMapIdle(q);
    const water = await q.evaluate(([lon, lat]) => {
      const { map } = window.__app;
      return map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['estuaries'] }).map((f: any) => f.properties.id);
    }, OUJIANG_CHANNEL);
    expect(water).toContain('oujiang');
    const labels = await placedLabels(q, ['towns-label', 'counties-label', 'plan-labels']);
    const towns = labels.filter((l) => l.layer === 'towns-label');
    expect(towns.length).toBeGreaterThanOrEqual(5);
    expect(towns.every((t) => /(街道|镇|乡)$/.test(t.name))).toBe(true);
    expect(labels.length).toBeGreaterThan(5);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        const hit = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(hit, `${a.layer} ${a.name} / ${b.layer} ${b.name}`).toBe(false);
      }
    }
    await q.close();
  });

  it('draws existing rail stations as basemap symbols with names', async () => {
    const q = await s.newPage({ width: 1440, height: 900, query: VIEWS['wenzhou-z11'] });
    await waitForMapIdle(q);
    await expect
      .poll(() => q.evaluate(() => window.__app.map.queryRenderedFeatures({ layers: ['rail-stations'] }).length), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const names = await q.evaluate(() => window.__app.map.queryRenderedFeatures({ layers: ['rail-stations'] }).map((f: any) => f.properties.name_zh));
    expect(names.every((n: string) => n.length > 0)).toBe(true);
    await q.close();
    // A click on a station (乐清站, clear of plan lines and points in the 乐清湾 view; the S2 stations now
    // stand on their own points, on the S2 plan line) tells its source and ± km.
    const row = (JSON.parse(readFileSync('scripts/sources/rail-stations.json', 'utf8')).stations as any[]).find((r) => r.name_zh === '乐清站');
    const r = await s.newPage({ width: 1440, height: 900, query: VIEWS['yueqing-bay'] });
    await waitForMapIdle(r);
    const { x, y } = await project(r, [row.lon, row.lat]);
    await r.mouse.click(x, y);
    const popup = r.getByTestId('basemap-popup');
    await popup.waitFor();
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('乐清站');
    expect(text).toContain(`±${row.precision_km} km`);
    expect(text).toContain(row.source.slice(0, 20));
    await r.close();
  });

  it('3D terrain: the toggle tilts into exaggerated relief with sky, from local tiles only, and back to flat', async () => {
    await p.getByTestId('terrain-toggle').check();
    await expect.poll(() => p.evaluate(() => window.__app.map.getPitch()), { timeout: 20_000 }).toBeGreaterThan(40);
    await waitForMapIdle(p);
    const terrain = await p.evaluate(() => window.__app.map.getTerrain());
    expect(terrain).toMatchObject({ source: 'terrain' });
    expect(terrain!.exaggeration).toBeGreaterThan(1);
    const dem = await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/relief/dem/')).map((e) => e.name));
    expect(dem.length).toBeGreaterThan(0);
    for (const u of dem) expect(new URL(u).hostname).toBe('127.0.0.1');
    await p.screenshot({ path: `${OUTPUT_DIR}/basemap-terrain-1440.png` });
    // The export renders the tilted terrain view off screen and still completes.
    await p.getByTestId('export-open').click();
    await p.getByTestId('export-preset-screen2x').check();
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 240_000 }), p.getByTestId('export-png').click()]);
    await download.saveAs(`${OUTPUT_DIR}/basemap-terrain-export.png`);
    await p.keyboard.press('Escape');
    const exported = readFileSync(`${OUTPUT_DIR}/basemap-terrain-export.png`);
    expect(decodePng(exported).width).toBeGreaterThan(2000);
    expect(countDistinctColours(exported)).toBeGreaterThan(50);
    await p.getByTestId('terrain-toggle').uncheck();
    await expect.poll(() => p.evaluate(() => window.__app.map.getPitch()), { timeout: 20_000 }).toBe(0);
    expect(await p.evaluate(() => window.__app.map.getTerrain())).toBeNull();
    await waitForMapIdle(p);
  });

  it('3D terrain degrades to the flat map, with a notice, where WebGL is weak (textures < 4096 px)', async () => {
    const q = await s.newPage({ width: 1440, height: 900 });
    await waitForMapIdle(q);
    // Simulate an old GPU for the capability check only (MapLibre read its limits at start-up).
    await q.evaluate(() => {
      const orig = WebGL2RenderingContext.prototype.getParameter;
      WebGL2RenderingContext.prototype.getParameter = function (this: WebGL2RenderingContext, p: number) {
        return p === this.MAX_TEXTURE_SIZE ? 2048 : orig.call(this, p);
      };
    });
    await q.getByTestId('terrain-toggle').click(); // click, not check(): the app unticks it at once
    await expect.poll(() => q.getByTestId('terrain-toggle').isChecked()).toBe(false);
    expect(await q.evaluate(() => window.__app.map.getTerrain())).toBeNull();
    expect(await q.evaluate(() => window.__app.map.getPitch())).toBe(0);
    expect(await q.getByTestId('basemap-notice').textContent()).toContain('三维地形');
    await q.close();
  });

  it('screenshots at 1440 × 900: default, 温州市区 z11, 乐清湾, 泰顺', async () => {
    for (const [name, hash] of Object.entries(VIEWS)) {
      const q = await s.newPage({ width: 1440, height: 900, query: hash });
      await waitForMapIdle(q);
      // Stations arrive by setData after the style: wait until the source holds them (not every view has one).
      await expect.poll(() => q.evaluate(async () => ((await window.__app.map.getSource<GeoJSONSource>('rail-stations')!.getData()) as GeoJSON.FeatureCollection).features.length), { timeout: 20_000 }).toBeGreaterThan(0);
      await waitForMapIdle(q);
      const png = await q.screenshot({ path: `${OUTPUT_DIR}/basemap-${name}-1440.png` });
      expect(countDistinctColours(png)).toBeGreaterThan(50);
      // The credits (several lines) never run under the scale bar.
      const [attrib, scale] = await Promise.all(['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale'].map(async (sel) => (await q.locator(sel).first().boundingBox())!));
      expect(attrib.height, name).toBeGreaterThan(20);
      expect(attrib.x >= scale.x + scale.width || scale.y + scale.height <= attrib.y, name).toBe(true);
      await q.close();
    }
  });

  it('made no request that left 127.0.0.1 and threw no page error', () => {
    expect(s.offHost).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('phone, map first (issue 10)', () => {
  const box = async (q: Page, sel: string) => (await q.locator(sel).first().boundingBox())!;
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  for (const [width, height] of [[375, 740], [414, 736]] as const) {
    it(`${width} px: one compact header row, nothing overlapping, the selected item above its card`, async () => {
      const q = await s.newPage({ width, height, query: '#v=1&sel=plan:jiangxin-island' });
      await waitForMapIdle(q);
      expect((await box(q, '.topbar')).height).toBeLessThanOrEqual(48);
      // Secondary actions live in the ⋯ menu.
      expect(await q.getByTestId('export-open').isVisible()).toBe(false);
      await q.getByTestId('topbar-more').click();
      expect(await q.getByTestId('export-open').isVisible()).toBe(true);
      await q.getByTestId('topbar-more').click();
      const card = await box(q, '.detail');
      expect(overlap(card, await box(q, '[data-testid="draw-tool"]'))).toBe(false);
      expect(overlap(await box(q, '.maplibregl-ctrl-attrib'), await box(q, '.maplibregl-ctrl-scale'))).toBe(false);
      const item = await q.evaluate(() => {
        const { map } = window.__app;
        const f = map.querySourceFeatures('plan').find((x: any) => x.properties.planRef === 'jiangxin-island');
        const r = map.getContainer().getBoundingClientRect();
        const pt = map.project((f!.geometry as GeoJSON.Point).coordinates as [number, number]);
        return { x: pt.x + r.left, y: pt.y + r.top };
      });
      expect(item.y).toBeLessThan(card.y);
      expect(item.y).toBeGreaterThan((await box(q, '.topbar')).height);
      expect(item.x).toBeGreaterThan(0);
      expect(item.x).toBeLessThan(width);
      await q.screenshot({ path: `${OUTPUT_DIR}/phone-${width}-selected.png` });
      await q.close();
    });
  }
});
