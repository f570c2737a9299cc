/**
 * Fewer WebGL programs at the first frame. MapLibre compiles and links one shader program per
 * layer type and per combination of "constant / per-feature / zoom-and-feature" paint properties,
 * and on software WebGL (SwiftShader: projectors, CI, this machine) each link costs 0.1–0.3 s before
 * the first stable frame. Writing a property of a constant layer as a per-feature expression that
 * gives every feature the same value lets it share the program of the data-driven layers of its
 * type: the picture is the same, the program count drops (`npm run bench:load --programs` lists
 * them).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

type Value = string | number | ExpressionSpecification;

/** `value` for every feature, written as a per-feature (data-driven) expression. */
export function perFeature(value: Value): ExpressionSpecification {
  return ['case', ['has', '$perFeature'], value, value] as ExpressionSpecification;
}

/**
 * A per-feature number (or a constant, made per feature) written as a zoom-and-feature expression
 * with the same value at every zoom: shares the program of layers whose width follows the zoom.
 */
export function atEveryZoom(value: Value): ExpressionSpecification {
  const v = typeof value === 'number' ? perFeature(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v] as ExpressionSpecification;
}

/** A per-feature colour with its alpha multiplied by a per-feature factor (opacity moved into the colour). */
export function withAlpha(colour: ExpressionSpecification | string, alpha: ExpressionSpecification | number): ExpressionSpecification {
  const c: ExpressionSpecification = ['var', 'c'];
  return ['let', 'c', ['to-rgba', ['to-color', colour]], ['rgba', ['at', 0, c], ['at', 1, c], ['at', 2, c], ['*', ['at', 3, c], alpha]]] as ExpressionSpecification;
}
