import type { ApplicationStatus, Feeling, ReminderKind, Stage, Verdict } from '../core/types';
import { FEELINGS, STAGES, VERDICTS } from '../core/types';
import { t } from '../ui/i18n';

/** i18n keys are camelCase: "hiring-manager" → "HiringManager". */
const suffix = (v: string): string => v.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase());

export const verdictLabel = (v: Verdict): string => t(`verdict${suffix(v)}`);
export const stageLabel = (v: Stage): string => t(`stage${suffix(v)}`);
export const feelingLabel = (v: Feeling): string => t(`feeling${suffix(v)}`);
export const statusLabel = (v: ApplicationStatus): string => t(`status${suffix(v)}`);
export const reminderKindLabel = (v: ReminderKind): string => t(`reminderKind${suffix(v)}`);

export const verdictOptions = () => VERDICTS.map((value) => ({ value, label: verdictLabel(value) }));
export const stageOptions = () => STAGES.map((value) => ({ value, label: stageLabel(value) }));
export const feelingOptions = () => FEELINGS.map((value) => ({ value, label: feelingLabel(value) }));
