import { fieldId } from './field';

/** What ties a control to one field of a form's state: its id and error, its value and its setter. */
export interface Bound<V> {
  id: string;
  value: V;
  error: string | null;
  onValue: (value: V) => void;
}

/**
 * Binds controls to the fields of a form's state: `bind('weakPoint')` gives that field's id, value,
 * error and setter, so a control names its field once and its id and error cannot disagree. The
 * error path is `prefix` + key (the worker's paths, e.g. "outcome.note"), or `path` where it differs.
 * A control whose change does more (a default that follows) overrides `onValue`.
 */
export function binder<S extends object>(
  s: S,
  set: (change: (s: S) => S) => void,
  err: (path: string) => string | null,
  prefix = '',
): <K extends keyof S & string>(key: K, path?: string) => Bound<S[K]> {
  return (key, path = prefix + key) => ({
    id: fieldId(path),
    value: s[key],
    error: err(path),
    onValue: (value) => set((x) => ({ ...x, [key]: value })),
  });
}
