import { describe, expect, it } from 'vitest';
import { isPostingAt, postingHint, tabPopup } from '../../src/core/tab-popup';

describe('tab popup', () => {
  it('names the application in the page’s address, and only then', () => {
    expect(tabPopup(null)).toBe('popup.html');
    expect(tabPopup('a1')).toBe('popup.html?posting=a1');
    // Ids are the worker's own, but an address is built as one.
    expect(tabPopup('a b&c=d')).toBe('popup.html?posting=a%20b%26c%3Dd');
  });

  it('reads the hint back from the address, whatever it holds', () => {
    const of = (page: string) => postingHint(new URL(page, 'chrome-extension://x/').searchParams);
    expect(of(tabPopup('a b&c=d'))).toBe('a b&c=d');
    expect(of('popup.html')).toBeNull();
    expect(of('popup.html?posting=')).toBeNull();
  });

  it('holds while the tab shows an address the posting was seen at, in any of its canonical forms', () => {
    const app = { urls: ['https://jobs.acme.test/42', 'https://acme.test/careers/42'] };
    expect(isPostingAt(app, 'https://jobs.acme.test/42')).toBe(true);
    expect(isPostingAt(app, 'https://acme.test/careers/42#apply')).toBe(true);
    expect(isPostingAt(app, 'https://jobs.acme.test/43')).toBe(false);
    expect(isPostingAt(app, 'not a url')).toBe(false);
    expect(isPostingAt({ urls: [] }, 'https://jobs.acme.test/42')).toBe(false);
  });
});
