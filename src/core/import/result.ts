/**
 * The shape of an import's outcome, apart from the parser so that the main-thread client can
 * build failure results without bundling the parser (which belongs in the worker).
 */
import type { Feature } from 'geojson';
import type { Datum } from '../geo/datum';
import { message, type ImportMessage } from './messages';

/** Where an imported feature came from; stored as `properties._import`. */
export interface ImportProvenance {
  file: string;
  /** 0-based index of the feature in the file. */
  index: number;
  datum: Datum;
  /** Codes of the warnings raised for this feature (what was changed). */
  fixes: string[];
}

export interface ImportResult {
  ok: boolean;
  fatal?: ImportMessage;
  /** WGS-84, cleaned; properties sanitized plus `_import`. */
  features: Feature[];
  rejected: { index: number; reason: ImportMessage }[];
  warnings: ImportMessage[];
  /** Counts of the imported features; bbox [w, s, e, n] in degrees, null when empty. */
  stats: { features: number; vertices: number; bbox: [number, number, number, number] | null };
}

/** A result with no features, carrying `fatal`. */
export function emptyResult(fatal: ImportMessage): ImportResult {
  return { ok: false, fatal, features: [], rejected: [], warnings: [], stats: { features: 0, vertices: 0, bbox: null } };
}

/** A result for an unexpected failure (worker crash, out of memory, read error). */
export function importFailed(detail: string): ImportResult {
  return emptyResult(message('import-failed', { detail: detail.slice(0, 200) }));
}
