import type { Settings } from '../../core/types';
import type { Bound } from '../bind';
import type { FormState } from './form-state';

/** What each part of the debrief form gets: the state, an updater, field bindings, and the translated error of a field path. */
export interface SectionProps {
  s: FormState;
  update: (change: (s: FormState) => FormState) => void;
  /** A control's id, value, error and setter from its key in the state (ui/bind.ts). */
  bind: <K extends keyof FormState & string>(key: K, path?: string) => Bound<FormState[K]>;
  err: (path: string) => string | null;
  settings: Settings;
}
