/**
 * The layer catalogue follows the plan's own structure (三(一)1 and 四): regions, 一主两副 and the
 * western pole, 三轴, 四带, corridors and the wider circle, key districts, the eight actions, transport.
 * Each item is a toggle key matched against a feature's `cat` property.
 */
import { ACTIONS } from './model';

export type Swatch = 'fill' | 'line' | 'point' | 'dashed';

export interface CatalogueItem {
  key: string;
  zh: string;
  en: string;
  swatch: Swatch;
}

export interface CatalogueGroup {
  key: string;
  zh: string;
  en: string;
  items: CatalogueItem[];
}

export const CATALOGUE: CatalogueGroup[] = [
  {
    key: 'structure',
    zh: '空间格局 一主两副三轴四带',
    en: 'Spatial structure',
    items: [
      { key: 'regions', zh: '都市区、核心区与合作区', en: 'Metro area, core area, cooperation zones', swatch: 'line' },
      { key: 'centres', zh: '一主两副 + 西部发展极', en: 'Main centre, two sub-centres, western pole', swatch: 'point' },
      { key: 'axes', zh: '三轴', en: 'Three development axes', swatch: 'line' },
      { key: 'belts', zh: '四带', en: 'Four industrial belts', swatch: 'fill' },
      { key: 'corridors', zh: '区域通道与都市圈', en: 'Regional corridors and the wider circle', swatch: 'dashed' },
      { key: 'districts', zh: '重点区块', en: 'Key districts', swatch: 'point' },
    ],
  },
  {
    key: 'actions',
    zh: '八大建设行动',
    en: 'Eight actions',
    items: ACTIONS.map((a) => ({ key: `action-${a.n}`, zh: `${a.n} ${a.zh}`, en: `${a.n} ${a.en}`, swatch: 'point' as const })),
  },
  {
    key: 'transport',
    zh: '交通',
    en: 'Transport',
    items: [{ key: 'transport', zh: '铁路、高速、市域铁路与枢纽', en: 'Rail, expressways, city rail, hubs', swatch: 'line' }],
  },
];

export const ALL_KEYS = CATALOGUE.flatMap((g) => g.items.map((i) => i.key));

/** Default view: the structure and the transport network; projects on demand. */
export const DEFAULT_VISIBLE = ['regions', 'centres', 'axes', 'belts', 'districts', 'transport', ...ALL_KEYS.filter((k) => k.startsWith('action-'))];
