/**
 * Hard limits for user-supplied files. Each one protects the browser tab (memory, a frozen main
 * thread, MapLibre's tiling worker) rather than enforcing a data rule; above a limit the import is
 * refused or the value is cut, always with a message that states the limit.
 */

/**
 * Largest file accepted, bytes (50 MiB). JSON.parse needs ≈ 5–10× the text size in memory, the
 * parsed features are copied once more to the main thread and again into MapLibre's worker; beyond
 * ~50 MB a phone or an older laptop runs out of memory. Checked on `File.size` before reading.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Most features in one file. MapLibre's GeoJSON source (geojson-vt) and the catalogue / site
 * report iterate per feature; above ~100 k features the map stutters and such data belongs in
 * vector tiles, not in a browser import.
 */
export const MAX_FEATURES = 100_000;

/**
 * Most positions in one feature. The 1e6-vertex polygon of the test corpus is exactly at the
 * limit and loads in a few seconds; more is almost always an unsimplified export (simplify it
 * first, e.g. with mapshaper) and makes Turf measurements and tiling slow.
 */
export const MAX_VERTICES_PER_FEATURE = 1_000_000;

/**
 * Above this many positions in one polygon the self-intersection check is skipped (with a
 * warning). The Flatbush edge index takes ≈ 1.2 s for 1e6 edges (Node 20, 2 cores), so every
 * accepted feature is checked; the check also gives up on a pair budget for hostile shapes.
 */
export const MAX_VERTICES_FOR_KINK_CHECK = MAX_VERTICES_PER_FEATURE;

/**
 * Most self-crossings a polygon may have and still be repaired. polyclip-ts (exact arithmetic)
 * spends ≈ 0.1 ms per crossing (Node 20 here: a 161-point star, ≈ 12 700 crossings, 1.3 s; a
 * 401-point one ≈ 9 s), so 1000 crossings cost ≈ 0.1 s. Above it the polygon is rejected with
 * its crossing count; it needs simplifying, not repairing.
 */
export const MAX_REPAIR_CROSSINGS = 1000;

/**
 * Most positions in one polygon that is repaired. The repair sweep costs ≈ 16 µs per position
 * (a 1e5-position ring with one crossing: 1.6 s), so 50 000 cost ≈ 0.8 s; a larger crossing
 * polygon is rejected (simplify it first).
 */
export const MAX_REPAIR_VERTICES = 50_000;

/** Most positions repaired in one file (≈ 3 s of repair work); later crossing polygons are rejected. */
export const MAX_REPAIR_VERTICES_PER_FILE = 200_000;

/**
 * Longest property value kept, characters. A property is shown as text in a popup; longer values
 * are embedded data (base64 images, HTML dumps) that bloat memory and share links. Cut with "…".
 */
export const MAX_PROPERTY_CHARS = 10_000;

/** Most properties kept per feature (a popup cannot show more; protects memory). */
export const MAX_PROPERTIES_PER_FEATURE = 500;

/**
 * Deepest nesting of GeometryCollections (RFC 7946 §3.1.8: nested collections SHOULD be
 * avoided). Bounds the recursion of every geometry walker, so a hostile file cannot overflow the
 * stack.
 */
export const MAX_DEPTH = 8;

/** Most rejected features listed one by one; the rest are counted in one message. */
export const MAX_LISTED_REJECTIONS = 1000;

/** Features per progress report from the worker. */
export const PROGRESS_EVERY_FEATURES = 1000;

/** The parser also reports progress after any feature that ends this long after the last report, ms (a heartbeat). */
export const PROGRESS_EVERY_MS = 250;

/**
 * The import client ends the worker when it has sent nothing (neither progress nor a result) for
 * this long, ms. The parser reports at least every PROGRESS_EVERY_MS between features and every
 * step inside one feature is bounded (the limits above), so silence this long means it is stuck;
 * the slowest legitimate step measured, JSON.parse of a 50 MB file, takes a few seconds.
 */
export const IMPORT_WATCHDOG_MS = 20_000;

/** Decimals kept in exported coordinates: 1e-6° ≈ 0.1 m, finer than any plan drawing. */
export const EXPORT_DECIMALS = 6;
