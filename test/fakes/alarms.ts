import type { AlarmsPort } from '../../src/background/ports';

/** `alarms` as the worker sees it: one-shot alarms by name, which the test fires by deleting them. */
export class FakeAlarms implements AlarmsPort {
  /** Alarm name → the time it fires. */
  readonly scheduled = new Map<string, number>();

  async getAll() {
    return [...this.scheduled].map(([name, scheduledTime]) => ({ name, scheduledTime }));
  }

  async create(name: string, { when }: { when?: number }) {
    // The worker schedules every alarm at a time; a delay would need a clock the fake does not have.
    if (when === undefined) throw new Error('FakeAlarms: only alarms with `when`');
    this.scheduled.set(name, when);
  }

  async clear(name: string) {
    return this.scheduled.delete(name);
  }
}
