import type { Settings } from '../../core/types';
import type { FormState } from './form-state';

/** What each part of the debrief form gets: the state, an updater, and the translated error of a field path. */
export interface SectionProps {
  s: FormState;
  update: (change: (s: FormState) => FormState) => void;
  err: (path: string) => string | null;
  settings: Settings;
}
