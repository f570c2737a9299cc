/**
 * The plan layers: every INVENTORY id reachable, every plan feature with the required
 * properties and valid geometry inside the region, every quote verbatim from the plan.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { validateCollection } from '../../scripts/lib/validate/geodata';
import { PLAN_LAYERS, STATUSES } from '../../src/core/plan/model';

const readJson = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const inventory = readJson<{ ids: string[] }>('tests/fixtures/inventory-ids.json').ids;
const plan = readJson<FeatureCollection>('geodata/web/plan.geojson');
const full = readJson<FeatureCollection>('geodata/plan/plan.geojson');
const counties = readJson<FeatureCollection>('geodata/web/counties.geojson');
const index = readJson<{ entries: { id: string; features: number; precision: string; name_zh: string; name_en: string; quote_zh: string; section: string; layer: string; status: string }[] }>('geodata/web/plan-index.json').entries;
// The repo's own copy of the plan and its inventory (geodata/plan/source/PROVENANCE.md).
const PLAN_TEXT = 'geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt';
const INVENTORY = 'geodata/plan/source/INVENTORY.md';

const REQUIRED = ['id', 'planRef', 'layer', 'name_zh', 'name_en', 'quote_zh', 'section', 'summary_en', 'status', 'visibleFrom', 'precision', 'source'];

describe('plan inventory', () => {
  it('keeps a copy of the 114 INVENTORY ids that matches the inventory in the repo', () => {
    expect(inventory).toHaveLength(114);
    expect(new Set(inventory).size).toBe(114);
    const original = readFileSync(INVENTORY, 'utf8');
    const ids = [...original.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]).filter((x) => x !== 'id');
    expect(ids).toEqual(inventory);
  });

  it('makes every id reachable: a feature whose planRef names it, or an index entry that says it has no location', () => {
    const refs = new Set<string>();
    for (const f of [...plan.features, ...counties.features]) for (const r of String(f.properties?.planRef ?? '').split(',')) refs.add(r.trim());
    const byId = new Map(index.map((e) => [e.id, e]));
    const missing = inventory.filter((id) => !refs.has(id) && byId.get(id)?.precision !== 'none');
    expect(missing).toEqual([]);
    expect(inventory.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('lists items without geometry as "no location in the plan" and places the rest', () => {
    for (const e of index) {
      if (e.features === 0) expect(e.precision, e.id).toBe('none');
      else expect(e.precision, e.id).not.toBe('none');
    }
    // The items the plan gives no place for (or whose site no source names), by id: 99 of 114 are on the map.
    const unplaced = ['art-museum', 'brt-network', 'cloud-valley-dc', 'cross-strait-zone', 'dragon-boat-base', 'fashion-corridor', 'metro-m1', 'metro-m2', 'mobile-cloud-centre', 'nidz', 'oujiang-waterway', 'overseas-chinese-zone', 'rail-station-tod', 'school-wfls', 'south-hub'];
    expect(index.filter((e) => e.features === 0).map((e) => e.id).sort()).toEqual(unplaced);
    expect(index.filter((e) => e.features > 0)).toHaveLength(99);
  });

  it('quotes the plan verbatim, with a section number, in both languages', () => {
    const text = readFileSync(PLAN_TEXT, 'utf8');
    for (const e of index) {
      expect(e.quote_zh.length, e.id).toBeGreaterThan(4);
      expect(e.section, e.id).toMatch(/^[一二三四五](\([一二三四五六七八]\))?\d*$/);
      expect(e.name_zh && e.name_en, e.id).toBeTruthy();
      expect(text.includes(e.quote_zh), `${e.id} quote`).toBe(true);
    }
  });
});

describe('plan features', () => {
  it('carry every required property and allowed values', () => {
    for (const f of plan.features) {
      const p = f.properties ?? {};
      for (const k of REQUIRED) expect(p[k], `${p.id}.${k}`).not.toBeUndefined();
      expect(PLAN_LAYERS).toContain(p.layer);
      expect(STATUSES).toContain(p.status);
      expect([2019, 2022, 2035]).toContain(p.visibleFrom);
      if (p.precision === 'approximate') expect(Number(p.precisionKm), `${p.id} ±km`).toBeGreaterThan(0);
    }
  });

  it('have valid geometry inside the region (web and full resolution)', () => {
    expect(validateCollection(plan, { required: REQUIRED })).toEqual([]);
    expect(validateCollection(full, { required: REQUIRED, checkKinks: false })).toEqual([]);
  });

  it('draws axes and belts as schematic, never as exact', () => {
    for (const f of plan.features.filter((x) => ['axes', 'belts', 'corridors'].includes(String(x.properties?.layer)))) {
      expect(f.properties?.precision, String(f.properties?.id)).toBe('schematic');
    }
  });
});
