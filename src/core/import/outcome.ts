/**
 * What the import panel says first about a result: one stable code (exposed as `data-code` for
 * people and tests alike) and every code raised, in order fatal → rejected → warnings.
 */
import type { ImportResult } from './result';

/** The most specific code: the fatal one, else (also when all were rejected) the first rejection, else the first warning, else 'ok'. */
export function primaryCode(r: ImportResult): string {
  if (r.fatal && r.fatal.code !== 'no-valid-features') return r.fatal.code;
  return r.rejected[0]?.reason.code ?? r.fatal?.code ?? r.warnings[0]?.code ?? 'ok';
}

/** Every distinct code of the result, fatal first. */
export function allCodes(r: ImportResult): string[] {
  return [...new Set([r.fatal?.code, ...r.rejected.map((x) => x.reason.code), ...r.warnings.map((w) => w.code)].filter((c) => c !== undefined) as string[])];
}
