import { needsProfile } from '../core/profile';
import type { Application, Interview, Profile, Reminder, Settings, TimelineEvent } from '../core/types';
import { CallScript } from '../ui/call-script';
import { t } from '../ui/i18n';
import { ProfilePrompt } from '../ui/profile-prompt';

export interface CallDueProps {
  application: Application;
  /** The reminder the call answers (core/closing-card.ts dueCallOf). */
  reminder: Reminder;
  latest: Interview | undefined;
  events: readonly TimelineEvent[];
  settings: Settings;
  saveProfile: (profile: Profile | null) => Promise<Settings>;
  onSettings: (settings: Settings) => void;
}

/**
 * Above the card, while the application's follow-up call is due: the words for it (with the
 * interviewer's number one click away) and the way to the application's page, on its outcome form.
 * Its own chunk (loaded when shown): the panel's first paint does not carry it.
 */
export function CallDue({ application, reminder, latest, events, settings, saveProfile, onSettings }: CallDueProps) {
  return (
    <div class="call-due">
      <CallScript
        role={application.posting.title}
        interview={latest}
        reminder={reminder}
        events={events}
        level={3}
        me={settings.profile}
        prompt={needsProfile(settings) ? <ProfilePrompt save={saveProfile} onSaved={onSettings} /> : undefined}
        contacts={application.contacts}
      />
      <p>
        {/* The dashboard's route to the outcome form (dashboard/route.ts): a tab of its own beside the panel. */}
        <a
          class="button outcome-link"
          href={`dashboard.html#app/${encodeURIComponent(application.id)}/outcome`}
          target="_blank"
          rel="noopener"
        >
          {t('recordOutcome')}
        </a>
      </p>
    </div>
  );
}
