/**
 * The production build's Content-Security-Policy, written into dist/index.html as a
 * `<meta http-equiv>` by the Vite plugin in vite.config.ts (a static host may send no headers).
 * No inline script and no eval; MapLibre's and our workers come from our own origin or blob: URLs.
 * `style-src` needs no 'unsafe-inline': Vite extracts every component's CSS to a file and
 * MapLibre/Svelte set `element.style` through the CSSOM, which CSP does not restrict.
 */
import { ONLINE_BASEMAP_ORIGINS } from '../style/basemaps.ts';

/**
 * Origins of the optional online basemaps (style/basemaps.ts; MapLibre fetches raster tiles, so
 * they go into connect-src and img-src). Nothing is fetched from them unless the user picks one.
 */
export const ONLINE_BASEMAP_HOSTS: readonly string[] = ONLINE_BASEMAP_ORIGINS;

/** The policy as one header value; `basemapHosts` are allowed to be fetched and shown. */
export function contentSecurityPolicy(basemapHosts: readonly string[] = ONLINE_BASEMAP_HOSTS): string {
  const hosts = basemapHosts.length ? ` ${basemapHosts.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self'",
    `img-src 'self' data: blob:${hosts}`,
    "font-src 'self' data:",
    `connect-src 'self'${hosts}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Inserts the policy as the first element of <head>, so it governs everything after it. */
export function injectCspMeta(html: string, policy = contentSecurityPolicy()): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (!/<head[^>]*>/i.test(html)) throw new Error('CSP: index.html has no <head>');
  return html.replace(/<head[^>]*>/i, (m) => `${m}\n    ${tag}`);
}
