/**
 * Whether this map's WebGL can carry 3D terrain. Weak means: no WebGL 2 context (MapLibre then
 * runs on WebGL 1) or textures smaller than 4096 px (old mobile GPUs); the map then stays flat.
 * Software renderers (SwiftShader, llvmpipe) pass: slow, but they draw terrain correctly.
 */
import type { Map } from 'maplibre-gl';

export const MIN_TEXTURE_PX = 4096;

export function terrainSupported(map: Map): boolean {
  // Asking a canvas for the context type it already has returns that context; another type returns null.
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) return false;
  return (gl.getParameter(gl.MAX_TEXTURE_SIZE) as number) >= MIN_TEXTURE_PX;
}
