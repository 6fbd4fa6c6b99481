import type { AnswerResult, ApplicationStatus, Channel, Feeling, OutcomeKind, ReminderKind, Stage, Verdict } from '../core/types';
import { ANSWER_RESULTS, CHANNELS, FEELINGS, OUTCOME_KINDS, STAGES, VERDICTS } from '../core/types';
import { t } from './i18n';

/** i18n keys are camelCase: "hiring-manager" → "HiringManager". */
const suffix = (v: string): string => v.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase());

export const verdictLabel = (v: Verdict): string => t(`verdict${suffix(v)}`);
export const stageLabel = (v: Stage): string => t(`stage${suffix(v)}`);
export const feelingLabel = (v: Feeling): string => t(`feeling${suffix(v)}`);
export const statusLabel = (v: ApplicationStatus): string => t(`status${suffix(v)}`);
export const reminderKindLabel = (v: ReminderKind): string => t(`reminderKind${suffix(v)}`);

export const verdictOptions = () => VERDICTS.map((value) => ({ value, label: verdictLabel(value) }));
export const stageOptions = () => STAGES.map((value) => ({ value, label: stageLabel(value) }));
/** The stages after a first choice of "Not said", selected until the user picks a stage. */
export const stageOrNotSaidOptions = () => [{ value: '' as const, label: t('stageNotSaid') }, ...stageOptions()];
// Literal keys (not built from the value), so the locale test sees each one used.
const CHANNEL_KEYS: Record<Channel, string> = { 'on-site': 'channelOnSite', video: 'channelVideo', phone: 'channelPhone' };
export const channelLabel = (v: Channel): string => t(CHANNEL_KEYS[v]);
/** The channels after a first choice of "Not said". */
export const channelOrNotSaidOptions = () => [
  { value: '' as const, label: t('channelNotSaid') },
  ...CHANNELS.map((value) => ({ value, label: channelLabel(value) })),
];
export const feelingOptions = () => FEELINGS.map((value) => ({ value, label: feelingLabel(value) }));

// Literal keys (not built from the value), so the locale test sees each one used.
const OUTCOME_KIND_KEYS: Record<OutcomeKind, string> = {
  answer: 'outcomeKindAnswer',
  'new-date': 'outcomeKindNewDate',
  'no-answer': 'outcomeKindNoAnswer',
};
const ANSWER_RESULT_KEYS: Record<AnswerResult, string> = {
  offer: 'answerResultOffer',
  'next-interview': 'answerResultNextInterview',
  rejected: 'answerResultRejected',
};
/** The outcome as the history names it: words about the call, not the form's first-person options. */
const OUTCOME_KIND_SHORT_KEYS: Record<OutcomeKind, string> = {
  answer: 'outcomeKindAnswerShort',
  'new-date': 'outcomeKindNewDateShort',
  'no-answer': 'outcomeKindNoAnswerShort',
};
const outcomeKindLabel = (v: OutcomeKind): string => t(OUTCOME_KIND_KEYS[v]);
export const outcomeKindShortLabel = (v: OutcomeKind): string => t(OUTCOME_KIND_SHORT_KEYS[v]);
export const answerResultLabel = (v: AnswerResult): string => t(ANSWER_RESULT_KEYS[v]);
export const outcomeKindOptions = () => OUTCOME_KINDS.map((value) => ({ value, label: outcomeKindLabel(value) }));
export const answerResultOptions = () => ANSWER_RESULTS.map((value) => ({ value, label: answerResultLabel(value) }));
