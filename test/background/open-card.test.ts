import { describe, expect, it } from 'vitest';
import { openClosingCard } from '../../src/background/open-card';
import type { CardWindowsPort } from '../../src/background/ports';
import type { CardAsk } from '../../src/messages/closing-card';
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

/** No side panel to tell: none was opened in these cases, or it was not asked to show anything. */
const noPanel = async () => {
  throw new Error('the side panel was asked');
};

describe('openClosingCard', () => {
  it("opens the side panel of the last focused window, or of the window given (Chrome, on the user's action)", async () => {
    const { windows, created } = fakeWindows();
    const opened: number[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void opened.push(windowId) };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => 'a1')).toBe('panel');
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => 'a1', 3)).toBe('panel');
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
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => 'a b')).toBe('window');
    expect(created).toEqual([{ type: 'popup', url: fakeRuntime.getURL('panel.html?app=a%20b'), width: 420 }]);
  });

  it('with no side panel at all (Firefox), the window; with no application known, the card chooses', async () => {
    const { windows, created } = fakeWindows();
    expect(await openClosingCard({ windows, runtime: fakeRuntime, askPanel: noPanel }, async () => null)).toBe('window');
    expect(created[0]?.url).toBe(fakeRuntime.getURL('panel.html'));
  });
});

describe('openClosingCard on the debrief ("how did it go?")', () => {
  it("the side panel opened, it is told to show that application's debrief form", async () => {
    const { windows, created } = fakeWindows();
    const events: string[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void events.push(`open ${windowId}`) };
    const askPanel = async (ask: CardAsk) => {
      events.push(`ask ${ask.applicationId} ${ask.debrief}`);
      return true;
    };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel }, async () => 'a1', undefined, true)).toBe('panel');
    // Opened first (the click's user action), told after.
    expect(events).toEqual(['open 7', 'ask a1 true']);
    expect(created).toEqual([]);
  });

  it('refused, or in Firefox: its own window on the debrief form (`&debrief=1`)', async () => {
    const { windows, created } = fakeWindows();
    const sidePanel = {
      open: async () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      },
    };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => 'a b', undefined, true)).toBe(
      'window',
    );
    expect(await openClosingCard({ windows, runtime: fakeRuntime, askPanel: noPanel }, async () => 'a1', undefined, true)).toBe('window');
    expect(created.map((w) => w.url)).toEqual([
      fakeRuntime.getURL('panel.html?app=a%20b&debrief=1'),
      fakeRuntime.getURL('panel.html?app=a1&debrief=1'),
    ]);
  });
});
