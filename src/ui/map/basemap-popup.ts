/**
 * Popup body for a basemap feature (a town or an existing rail station): names in both languages,
 * lines and opening date for stations, then source and ± km, as every feature on the map says
 * where it comes from. Built as DOM text nodes: data never becomes HTML.
 */
import { STRINGS, type Lang, t } from '../../core/i18n/i18n';
export function basemapPopupContent(props: Record<string, unknown>, lang: Lang): HTMLElement {
  const root = document.createElement('div');
  root.className = 'basemap-popup';
  root.dataset.testid = 'basemap-popup';
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  const title = document.createElement('strong');
  title.textContent = String(props[first] ?? props.name_zh ?? '');
  root.append(title);
  if (props[second]) root.append(document.createElement('br'), String(props[second]));
  const row = (label: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return;
    const p = document.createElement('div');
    p.textContent = `${label}: ${String(value)}`;
    root.append(p);
  };
  row(t(STRINGS, 'stationLines', lang), props.lines);
  row(t(STRINGS, 'stationOpened', lang), props.opened);
  const km = Number(props.precision_km);
  row(t(STRINGS, 'precision', lang), Number.isFinite(km) && km > 0 ? `±${km} km${props.placement && props.placement !== 'own' ? ` (${String(props.placement)})` : ''}` : props.precision);
  row(t(STRINGS, 'source', lang), props.source);
  return root;
}
