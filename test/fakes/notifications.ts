import type { NotificationsPort } from '../../src/background/ports';

/** `notifications` that records what was shown and cleared. */
export class FakeNotifications implements NotificationsPort {
  readonly shown: { id: string; title: string; message: string }[] = [];
  readonly cleared: string[] = [];

  async create(id: string, { title, message }: { title: string; message: string }) {
    this.shown.push({ id, title, message });
    return id;
  }

  async clear(id: string) {
    this.cleared.push(id);
    return true;
  }
}
