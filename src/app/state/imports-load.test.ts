/**
 * The import client is loaded with the first import (not in the first-load JS). When that load
 * fails, the import must end with a message and the progress cleared, not hang with the panel busy.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../workers/import-client', () => {
  throw new Error('chunk 404');
});

describe('ImportsState when the import code does not load', () => {
  it('ends the import with an import-failed message in zh and en, clears the progress and keeps the layers', async () => {
    const { ImportsState } = await import('./imports.svelte');
    const imports = new ImportsState();
    imports.layers = [{ id: 'kept', name: 'kept', features: [], colour: '#000', visible: true, opacity: 1 }];
    const outcome = await imports.importText('{"type":"FeatureCollection","features":[]}');
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.fatal?.code).toBe('import-failed');
    expect(outcome.result.fatal?.zh).toContain('导入功能未能加载');
    expect(outcome.result.fatal?.en).toContain('did not load');
    expect(outcome.layerId).toBeNull();
    expect(imports.progress).toBeNull();
    expect(imports.last).toBe(outcome);
    expect(imports.layers.map((l) => l.id)).toEqual(['kept']);
  });
});
