import { FakeAction } from './action';
import { FakeAlarms } from './alarms';
import { fakeI18n } from './i18n';
import { FakeNotifications } from './notifications';
import { fakeRuntime } from './runtime';
import { FakeTabs } from './tabs';
import { FakeWindows } from './windows';

/** Every port the worker uses, each a fresh fake; `tabs` lists the open tabs. */
export function fakePorts(tabs: ConstructorParameters<typeof FakeTabs>[0] = []) {
  return {
    alarms: new FakeAlarms(),
    notifications: new FakeNotifications(),
    action: new FakeAction(),
    tabs: new FakeTabs(tabs),
    windows: new FakeWindows(),
    runtime: fakeRuntime,
    i18n: fakeI18n,
  };
}
