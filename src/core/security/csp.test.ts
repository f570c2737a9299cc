import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, injectCspMeta } from './csp';
import { ONLINE_BASEMAP_ORIGINS } from '../style/basemaps';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows no inline script and no eval', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
  });

  it('allows workers from our origin and blob: only, and no plugins, base or forms', () => {
    expect(directive('worker-src')).toBe("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'none'");
  });

  it('lets the online basemaps be fetched and nothing else leave the origin', () => {
    for (const o of ONLINE_BASEMAP_ORIGINS) {
      expect(directive('connect-src')).toContain(o);
      expect(directive('img-src')).toContain(o);
    }
    expect(csp.match(/https:/g)).toHaveLength(2 * ONLINE_BASEMAP_ORIGINS.length);
  });

  it('adds basemap hosts to connect-src and img-src only', () => {
    const withHost = contentSecurityPolicy(['https://tile.example.org']);
    expect(withHost).toContain("connect-src 'self' https://tile.example.org");
    expect(withHost).toContain("img-src 'self' data: blob: https://tile.example.org");
    expect(withHost.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });
});

describe('injectCspMeta', () => {
  it('puts the meta tag first in <head>', () => {
    const out = injectCspMeta('<!doctype html><html><head><meta charset="UTF-8"><script type="module" src="x.js"></script></head></html>', "default-src 'self'");
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('charset'));
    expect(out).toContain(`content="default-src 'self'"`);
  });

  it('refuses a page without <head>', () => {
    expect(() => injectCspMeta('<html></html>')).toThrow();
  });
});
