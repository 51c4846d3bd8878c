import { expect, it } from 'vitest';
import { launchFirefoxWith } from './helpers';
it('retries', async () => {
  let n = 0;
  const { session, value } = await launchFirefoxWith(async (s) => {
    n++;
    if (n === 1) await new Promise(() => undefined);
    const p = await s.browser.newPage();
    return typeof p;
  });
  expect(n).toBe(2);
  expect(value).toBe('object');
  await session.close();
}, 300_000);
