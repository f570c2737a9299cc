/** Loads the plan layers and the plan index (all 114 entries, with search keys). */
import type { FeatureCollection } from 'geojson';
import planUrl from '../../../geodata/web/plan.geojson?url';
import uncertaintyUrl from '../../../geodata/web/plan-uncertainty.geojson?url';
import indexUrl from '../../../geodata/web/plan-index.json?url';
import type { PlanEntry } from '../../core/plan/model';
import { fetchJson } from './fetch-json';

export interface PlanIndexEntry extends PlanEntry {
  cat: string;
  visibleFrom: number;
  features: number;
  precision: string;
  geometryType: string | null;
  counties: string;
  note: string | null;
  py: string;
  initials: string;
}

export interface SearchKeyed {
  name_zh: string;
  name_en: string;
  py: string;
  initials: string;
}

export interface PlanIndex {
  entries: PlanIndexEntry[];
  sites: (SearchKeyed & { id: string; planRef: string })[];
  counties: (SearchKeyed & { adcode: string })[];
}

export interface PlanData {
  plan: FeatureCollection;
  uncertainty: FeatureCollection;
  index: PlanIndex;
}

export async function loadPlan(): Promise<PlanData> {
  const [plan, uncertainty, index] = await Promise.all([
    fetchJson<FeatureCollection>(planUrl),
    fetchJson<FeatureCollection>(uncertaintyUrl),
    fetchJson<PlanIndex>(indexUrl),
  ]);
  return { plan, uncertainty, index };
}
