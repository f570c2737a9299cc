/**
 * A hint for the datum picker, from names only. Coordinates alone cannot tell WGS-84, GCJ-02 and
 * BD-09 apart: the offsets (≈ 0.3–0.7 km around Wenzhou) are smooth functions of position, so any
 * of the three is a plausible place. Only words in the file name or in the first few kilobytes
 * (field names such as "bd_lng", "gcj02", a note "高德坐标") say it; then the hint names them.
 * The explicit choice by the user always decides.
 */
import type { Datum } from '../geo/datum';

export interface DatumHint {
  datum: Datum;
  /** The word that was found, quoted in the explanation. */
  evidence: string;
  zh: string;
  en: string;
}

const RULES: [RegExp, Datum][] = [
  [/bd-?09|baidu|百度/i, 'BD09'],
  [/gcj-?02|amap|gaode|autonavi|高德|腾讯|tencent|火星坐标/i, 'GCJ02'],
  [/wgs-?84|epsg:?4326|gps坐标|天地图|tianditu/i, 'WGS84'],
];

const LABEL: Record<Datum, [string, string]> = {
  WGS84: ['WGS-84（GPS、天地图、OpenStreetMap）', 'WGS-84 (GPS, Tianditu, OpenStreetMap)'],
  GCJ02: ['GCJ-02（高德、腾讯）', 'GCJ-02 (Gaode/AMap, Tencent)'],
  BD09: ['BD-09（百度）', 'BD-09 (Baidu)'],
};

/**
 * Suggests a datum when the file name or the start of the text names one, else null
 * ("cannot tell": keep the user's choice). If names of two datums appear, also null.
 */
export function guessDatumHint(fileName: string, textStart = ''): DatumHint | null {
  const haystack = `${fileName}\n${textStart.slice(0, 4096)}`;
  const found: { datum: Datum; evidence: string }[] = [];
  for (const [re, datum] of RULES) {
    const m = haystack.match(re);
    if (m) found.push({ datum, evidence: m[0] });
  }
  if (found.length !== 1) return null;
  const { datum, evidence } = found[0];
  const [zh, en] = LABEL[datum];
  return {
    datum,
    evidence,
    zh: `文件中出现“${evidence}”，坐标可能是 ${zh}。请确认坐标系选择。`,
    en: `The file mentions "${evidence}"; the coordinates may be ${en}. Please confirm the datum choice.`,
  };
}
