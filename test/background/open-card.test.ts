import { describe, expect, it } from 'vitest';
import { openClosingCard } from '../../src/background/open-card';
import type { CardWindowsPort } from '../../src/background/ports';
import { fakeRuntime } from '../fakes/runtime';

/** `windows` with one focused window (id 7) that records the windows it creates. */
function fakeWindows() {
  const created: { type?: string; url?: string | string[]; width?: number }[] = [];
  const windows: CardWindowsPort = {
    getLastFocused: async () => ({ id: 7, focused: true, incognito: false, alwaysOnTop: false }),
    create: async (data) => {
      created.push({ type: data?.type, url: data?.url, width: data?.width });
      return { id: 8, focused: true, incognito: false, alwaysOnTop: false };
    },
  };
  return { windows, created };
}

describe('openClosingCard', () => {
  it("opens the side panel of the last focused window, or of the window given (Chrome, on the user's action)", async () => {
    const { windows, created } = fakeWindows();
    const opened: number[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void opened.push(windowId) };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime }, async () => 'a1')).toBe('panel');
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime }, async () => 'a1', 3)).toBe('panel');
    expect(opened).toEqual([7, 3]);
    expect(created).toEqual([]);
  });

  it("a refused side panel gives the application's card in a small window of its own", async () => {
    const { windows, created } = fakeWindows();
    const sidePanel = {
      open: async () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      },
    };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime }, async () => 'a b')).toBe('window');
    expect(created).toEqual([{ type: 'popup', url: fakeRuntime.getURL('panel.html?app=a%20b'), width: 420 }]);
  });

  it('with no side panel at all (Firefox), the window; with no application known, the card chooses', async () => {
    const { windows, created } = fakeWindows();
    expect(await openClosingCard({ windows, runtime: fakeRuntime }, async () => null)).toBe('window');
    expect(created[0]?.url).toBe(fakeRuntime.getURL('panel.html'));
  });
});
