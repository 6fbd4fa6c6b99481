// @vitest-environment happy-dom
// The bench's content floor: the popup's page saved as rendered, with no script (bench/static-copy.mjs).
import { beforeEach, describe, expect, it } from 'vitest';
import { staticCopy } from '../../bench/static-copy.mjs';

const parsed = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('staticCopy', () => {
  beforeEach(() => {
    document.head.innerHTML = '<style>body { width: 380px; }</style><script type="module" src="popup.js"></script>';
    document.body.innerHTML = `<div id="app"><h2>Senior Backend Engineer</h2>
      <input id="title" type="text"><textarea id="notes"></textarea>
      <select id="verdict"><option value="a">A</option><option value="b">B</option></select>
      <input id="done" type="checkbox"><input id="no" type="radio" checked></div>`;
    // What a user or the popup's script typed: in the fields' state, not in their markup.
    (document.getElementById('title') as HTMLInputElement).value = 'Site Reliability Engineer';
    (document.getElementById('notes') as HTMLTextAreaElement).value = 'Asked about on-call';
    (document.getElementById('verdict') as HTMLSelectElement).selectedIndex = 1;
    (document.getElementById('done') as HTMLInputElement).checked = true;
    (document.getElementById('no') as HTMLInputElement).checked = false;
  });

  it('keeps the page and its styles, without its scripts', () => {
    const html = staticCopy();
    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    const copy = parsed(html);
    expect(copy.querySelectorAll('script')).toHaveLength(0);
    expect(copy.querySelector('style')?.textContent).toContain('width: 380px');
    expect(copy.querySelector('h2')?.textContent).toBe('Senior Backend Engineer');
    // The live page keeps its script.
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('writes what the fields hold into the copy', () => {
    const copy = parsed(staticCopy());
    expect((copy.getElementById('title') as HTMLInputElement).value).toBe('Site Reliability Engineer');
    expect((copy.getElementById('notes') as HTMLTextAreaElement).value).toBe('Asked about on-call');
    expect((copy.getElementById('verdict') as HTMLSelectElement).selectedIndex).toBe(1);
    expect((copy.getElementById('done') as HTMLInputElement).checked).toBe(true);
    expect((copy.getElementById('no') as HTMLInputElement).checked).toBe(false);
  });
});
