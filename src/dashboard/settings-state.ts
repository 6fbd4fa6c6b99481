/** The settings form as the strings its inputs hold, and its conversion to Settings. */
import { checkProfile } from '../core/contacts';
import type { Profile, Settings } from '../core/types';
import type { Checked, FieldError } from '../core/validate';
import { SETTINGS_BOUNDS } from '../core/validate-outcome';

export interface SettingsForm {
  followUpDelayDays: string;
  /** `HH:MM`. */
  reminderTime: string;
  noAnswerRetryWorkingDays: string;
  maxNoAnswerRetries: string;
  interviewSoonMinutes: string;
  interviewLengthMinutes: string;
  notifications: boolean;
  badgeCountOnOtherTabs: boolean;
  thankYouReminder: boolean;
  profile: Profile;
  /** Kept as it was: the page neither asks nor answers the scripts' prompt. */
  profileAsked: boolean;
}

/** Bounds that keep a typo (700 days) from hiding a follow-up; the worker checks them again. */
export const BOUNDS = SETTINGS_BOUNDS;

const pad = (n: number) => String(n).padStart(2, '0');

export function formOfSettings(s: Settings): SettingsForm {
  return {
    followUpDelayDays: String(s.followUpDelayDays),
    reminderTime: `${pad(Math.floor(s.reminderMinutes / 60))}:${pad(s.reminderMinutes % 60)}`,
    noAnswerRetryWorkingDays: String(s.noAnswerRetryWorkingDays),
    maxNoAnswerRetries: String(s.maxNoAnswerRetries),
    interviewSoonMinutes: String(s.interviewSoonMinutes),
    interviewLengthMinutes: String(s.interviewLengthMinutes),
    notifications: s.notifications,
    badgeCountOnOtherTabs: s.badgeCountOnOtherTabs,
    thankYouReminder: s.thankYouReminder,
    profile: { ...s.profile },
    profileAsked: s.profileAsked,
  };
}

function whole(value: string, [min, max]: readonly [number, number]): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : null;
}

export function checkSettingsForm(f: SettingsForm): Checked<Settings> {
  const errors: FieldError[] = [];
  const followUpDelayDays = whole(f.followUpDelayDays, BOUNDS.followUpDelayDays);
  const noAnswerRetryWorkingDays = whole(f.noAnswerRetryWorkingDays, BOUNDS.noAnswerRetryWorkingDays);
  const maxNoAnswerRetries = whole(f.maxNoAnswerRetries, BOUNDS.maxNoAnswerRetries);
  const interviewSoonMinutes = whole(f.interviewSoonMinutes, BOUNDS.interviewSoonMinutes);
  const interviewLengthMinutes = whole(f.interviewLengthMinutes, BOUNDS.interviewLengthMinutes);
  const time = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(f.reminderTime.trim());
  const reminderMinutes = time && Number(time[1]) < 24 && Number(time[2]) < 60 ? Number(time[1]) * 60 + Number(time[2]) : null;
  if (followUpDelayDays === null) errors.push({ field: 'followUpDelayDays', message: 'errorDelayDays' });
  if (reminderMinutes === null) errors.push({ field: 'reminderMinutes', message: 'errorReminderTime' });
  if (noAnswerRetryWorkingDays === null) errors.push({ field: 'noAnswerRetryWorkingDays', message: 'errorRetryDays' });
  if (maxNoAnswerRetries === null) errors.push({ field: 'maxNoAnswerRetries', message: 'errorMaxRetries' });
  if (interviewSoonMinutes === null) errors.push({ field: 'interviewSoonMinutes', message: 'errorInterviewSoonMinutes' });
  if (interviewLengthMinutes === null) errors.push({ field: 'interviewLengthMinutes', message: 'errorInterviewLengthMinutes' });
  const profile = checkProfile(f.profile);
  if (!profile.ok) errors.push(...profile.errors);
  if (
    !profile.ok ||
    followUpDelayDays === null ||
    reminderMinutes === null ||
    noAnswerRetryWorkingDays === null ||
    maxNoAnswerRetries === null ||
    interviewSoonMinutes === null ||
    interviewLengthMinutes === null
  )
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      followUpDelayDays,
      reminderMinutes,
      noAnswerRetryWorkingDays,
      maxNoAnswerRetries,
      interviewSoonMinutes,
      interviewLengthMinutes,
      notifications: f.notifications,
      badgeCountOnOtherTabs: f.badgeCountOnOtherTabs,
      thankYouReminder: f.thankYouReminder,
      profile: profile.value,
      // A name given here answers the scripts' question too.
      profileAsked: f.profileAsked || profile.value.name !== '',
    },
  };
}
