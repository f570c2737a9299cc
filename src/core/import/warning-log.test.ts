import { expect, test } from 'vitest';
import { message } from './messages';
import { WarningLog } from './warning-log';

test('one message per code, with the count and the first features', () => {
  const log = new WarningLog();
  for (let i = 0; i < 8; i++) log.add(message('ring-closed', {}, { featureIndex: i }));
  log.add(message('outside-region', {}, { featureIndex: 3 }));
  const [closed, outside] = log.list();
  expect(closed.code).toBe('ring-closed');
  expect(closed.en).toMatch(/\(8 in all; features 1, 2, 3, 4, 5 …\)$/);
  expect(closed.zh).toContain('共 8 处');
  expect(outside).toEqual(message('outside-region', {}, { featureIndex: 3 }));
});
