import { describe, expect, it } from 'vitest';
import { openClosingCard } from '../../src/background/open-card';
import type { CardWindowsPort } from '../../src/background/ports';
import type { CardAsk } from '../../src/messages/closing-card';
import { fakeRuntime } from '../fakes/runtime';

/** `windows` that records the windows it creates. */
function fakeWindows() {
  const created: { type?: string; url?: string | string[]; width?: number }[] = [];
  const windows: CardWindowsPort = {
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
  it("opens the side panel of the current window, or of the window given (Chrome, on the user's action)", async () => {
    const { windows, created } = fakeWindows();
    const opened: number[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void opened.push(windowId) };
    // No application given (the shortcut): the panel chooses, from the active tab or today's interviews.
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => null)).toBe('panel');
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => null, 3)).toBe('panel');
    expect(opened).toEqual([-2, 3]); // chrome.windows.WINDOW_ID_CURRENT
    expect(created).toEqual([]);
  });

  it('"interview soon": the side panel opened, it is told which application to show, on its card', async () => {
    const { windows, created } = fakeWindows();
    const events: string[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void events.push(`open ${windowId}`) };
    const askPanel = async (ask: CardAsk) => {
      events.push(`ask ${ask.applicationId} ${ask.debrief}`);
      return true;
    };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel }, async () => 'a1')).toBe('panel');
    // Opened first (the click's user action), told after: not the active tab's posting nor the card shown before.
    expect(events).toEqual(['open -2', 'ask a1 false']);
    expect(created).toEqual([]);
  });

  it('a side panel that never answers the ask is still the card opened: no window besides', async () => {
    const { windows, created } = fakeWindows();
    const sidePanel = { open: async () => {} };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: async () => false }, async () => 'a1')).toBe(
      'panel',
    );
    expect(created).toEqual([]);
  });

  it('asks for the side panel before anything is awaited: the click counts as the user action only while it is dispatched', () => {
    const { windows } = fakeWindows();
    const opened: number[] = [];
    const sidePanel = { open: async ({ windowId }: { windowId: number }) => void opened.push(windowId) };
    const done = openClosingCard(
      { sidePanel, windows, runtime: fakeRuntime, askPanel: async () => true },
      async () => 'a1',
      undefined,
      true,
    );
    expect(opened).toEqual([-2]);
    return done;
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
    expect(events).toEqual(['open -2', 'ask a1 true']);
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

  it('a debrief recorded since (no application given): no panel told, no window', async () => {
    const { windows, created } = fakeWindows();
    const refused = {
      open: async () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      },
    };
    expect(
      await openClosingCard({ sidePanel: refused, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => null, undefined, true),
    ).toBe(null);
    const sidePanel = { open: async () => {} };
    expect(await openClosingCard({ sidePanel, windows, runtime: fakeRuntime, askPanel: noPanel }, async () => null, undefined, true)).toBe(
      'panel',
    );
    expect(created).toEqual([]);
  });
});
