// Tab addresses kept from tab events, so a tab's activation paints its badge without asking for the tab.
import { describe, expect, it, vi } from 'vitest';
import { TabUrls } from '../../src/background/tab-urls';

describe('TabUrls', () => {
  it('gives the address last heard, without asking', () => {
    const urls = new TabUrls();
    const ask = vi.fn(async () => 'https://asked.test/');
    urls.heard(1, 'https://a.test/');
    urls.heard(1, 'https://b.test/');
    expect(urls.of(1, ask)).toBe('https://b.test/');
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks for a tab it has not heard of, once; a closed tab is asked for again', async () => {
    const urls = new TabUrls();
    const ask = vi.fn(async (id: number) => `https://tab-${id}.test/`);
    expect(await urls.of(2, ask)).toBe('https://tab-2.test/');
    expect(urls.of(2, ask)).toBe('https://tab-2.test/');
    expect(ask).toHaveBeenCalledOnce();
    urls.forget(2);
    expect(await urls.of(2, ask)).toBe('https://tab-2.test/');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('an event heard while the browser was asked is newer than its answer', async () => {
    const urls = new TabUrls();
    let answer: (url: string) => void = () => {};
    const asked = urls.of(3, () => new Promise((r) => (answer = r)));
    urls.heard(3, 'https://new.test/');
    answer('https://old.test/');
    expect(await asked).toBe('https://old.test/');
    expect(urls.of(3, async () => 'https://asked.test/')).toBe('https://new.test/');
  });

  it('keeps a tab whose address it may not read (no permission): undefined, not asked again', () => {
    const urls = new TabUrls();
    const ask = vi.fn(async () => undefined);
    urls.heard(4, undefined);
    expect(urls.of(4, ask)).toBeUndefined();
    expect(ask).not.toHaveBeenCalled();
  });
});
