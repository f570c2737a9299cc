import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://en.wikipedia.org/wiki/Wenzhou')).toBe('https://en.wikipedia.org/wiki/Wenzhou');
  });
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url', 42, null])('refuses %s', (v) => {
    expect(safeHttpUrl(v)).toBeNull();
  });
});
