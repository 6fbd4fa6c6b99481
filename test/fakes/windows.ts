import type { WindowsPort } from '../../src/background/ports';

/** `windows` that records which window was brought to the front. */
export class FakeWindows implements WindowsPort {
  readonly focused: number[] = [];

  async update(windowId: number, { focused }: { focused?: boolean }) {
    if (focused) this.focused.push(windowId);
    return { id: windowId, focused: focused ?? false, incognito: false, alwaysOnTop: false };
  }
}
