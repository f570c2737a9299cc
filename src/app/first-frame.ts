/**
 * Resolves once the map has drawn its first complete frame (MapView's first `idle`), then once the
 * browser is idle: what the first frame does not need (export, print, import, drawing, presenter,
 * site report, travel layers) is loaded only after that (ui/common/Lazy.svelte).
 */
let done: () => void = () => {};
const drawn = new Promise<void>((resolve) => (done = resolve));

/** Called by MapView on the map's first `idle`. */
export function firstFrameDrawn(): void {
  done();
}

/** The first frame is on screen and the main thread has a moment. */
export function afterFirstFrame(): Promise<void> {
  return drawn.then(
    () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0))),
  );
}
