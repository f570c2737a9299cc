declare module 'geojson-validation' {
  /** With `trace` true, returns the list of problems (empty when valid). */
  export function valid(geojson: unknown, trace: true): string[];
  export function valid(geojson: unknown, trace?: false): boolean;
  const gv: { valid: typeof valid };
  export default gv;
}
