import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/types';
import { Checkbox } from '../ui/checkbox';
import { fieldId, TextInput } from '../ui/field';
import { t } from '../ui/i18n';
import type { DashboardApi } from './api';
import { DataTransfer } from './data-transfer';
import { BOUNDS, checkSettingsForm, formOfSettings, type SettingsForm } from './settings-state';
import { errorLookup, useSubmit } from '../ui/form-errors';
import { ProfileInputs } from '../ui/profile-inputs';

export interface SettingsPageProps {
  api: Pick<DashboardApi, 'saveSettings' | 'exportFile' | 'download' | 'importData' | 'calendarFile'>;
  settings: Settings;
  onSaved: (settings: Settings) => void;
  /** An import changed the data: the list reloads. */
  onImported: () => void;
  /** Reached from another page of the dashboard (not on load): the focus moves to the heading. */
  focusHeading: boolean;
}

/** The follow-up defaults, reminder time, notifications and badge; then export and import. */
export function SettingsPage(p: SettingsPageProps) {
  const [f, setF] = useState<SettingsForm>(() => formOfSettings(p.settings));
  const [saved, setSaved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => {
      setSaved(false);
      return checkSettingsForm(f);
    },
    async (checked) => {
      const stored = await p.api.saveSettings(checked.value);
      p.onSaved(stored);
      setF(formOfSettings(stored));
      setSaved(true);
    },
    { stayOpen: true },
  );

  useLayoutEffect(() => {
    if (p.focusHeading) headingRef.current?.focus();
  }, []);

  const check = attempted ? checkSettingsForm(f) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server);
  const edit = (change: Partial<SettingsForm>) => {
    setF((x) => ({ ...x, ...change }));
    setSaved(false);
  };

  return (
    <section class="settings-page" aria-labelledby="settings-heading">
      <h1 id="settings-heading" ref={headingRef} tabIndex={-1}>
        {t('settingsHeading')}
      </h1>
      <form ref={formRef} class="settings" noValidate onSubmit={onSubmit} aria-busy={saving ? 'true' : undefined}>
        <fieldset class="group">
          <legend>{t('settingsRemindersLegend')}</legend>
          <TextInput
            id={fieldId('followUpDelayDays')}
            type="number"
            min={String(BOUNDS.followUpDelayDays[0])}
            max={String(BOUNDS.followUpDelayDays[1])}
            label={t('settingsDelayLabel')}
            hint={t('settingsDelayHint')}
            value={f.followUpDelayDays}
            error={err('followUpDelayDays')}
            onValue={(followUpDelayDays) => edit({ followUpDelayDays })}
          />
          <TextInput
            id={fieldId('reminderMinutes')}
            type="time"
            label={t('settingsTimeLabel')}
            hint={t('settingsTimeHint')}
            value={f.reminderTime}
            error={err('reminderMinutes')}
            onValue={(reminderTime) => edit({ reminderTime })}
          />
          <TextInput
            id={fieldId('noAnswerRetryWorkingDays')}
            type="number"
            min={String(BOUNDS.noAnswerRetryWorkingDays[0])}
            max={String(BOUNDS.noAnswerRetryWorkingDays[1])}
            label={t('settingsRetryLabel')}
            hint={t('settingsRetryHint')}
            value={f.noAnswerRetryWorkingDays}
            error={err('noAnswerRetryWorkingDays')}
            onValue={(noAnswerRetryWorkingDays) => edit({ noAnswerRetryWorkingDays })}
          />
          <TextInput
            id={fieldId('maxNoAnswerRetries')}
            type="number"
            min={String(BOUNDS.maxNoAnswerRetries[0])}
            max={String(BOUNDS.maxNoAnswerRetries[1])}
            label={t('settingsMaxRetriesLabel')}
            hint={t('settingsMaxRetriesHint')}
            value={f.maxNoAnswerRetries}
            error={err('maxNoAnswerRetries')}
            onValue={(maxNoAnswerRetries) => edit({ maxNoAnswerRetries })}
          />
          <TextInput
            id={fieldId('interviewSoonMinutes')}
            type="number"
            min={String(BOUNDS.interviewSoonMinutes[0])}
            max={String(BOUNDS.interviewSoonMinutes[1])}
            label={t('settingsInterviewSoonLabel')}
            hint={t('settingsInterviewSoonHint')}
            value={f.interviewSoonMinutes}
            error={err('interviewSoonMinutes')}
            onValue={(interviewSoonMinutes) => edit({ interviewSoonMinutes })}
          />
          <TextInput
            id={fieldId('interviewLengthMinutes')}
            type="number"
            min={String(BOUNDS.interviewLengthMinutes[0])}
            max={String(BOUNDS.interviewLengthMinutes[1])}
            label={t('settingsInterviewLengthLabel')}
            hint={t('settingsInterviewLengthHint')}
            value={f.interviewLengthMinutes}
            error={err('interviewLengthMinutes')}
            onValue={(interviewLengthMinutes) => edit({ interviewLengthMinutes })}
          />
        </fieldset>
        <fieldset class="group">
          <legend>{t('settingsAlertsLegend')}</legend>
          <Checkbox
            id={fieldId('notifications')}
            label={t('settingsNotificationsLabel')}
            checked={f.notifications}
            onChecked={(notifications) => edit({ notifications })}
          />
          <Checkbox
            id={fieldId('badgeCountOnOtherTabs')}
            label={t('settingsBadgeLabel')}
            checked={f.badgeCountOnOtherTabs}
            onChecked={(badgeCountOnOtherTabs) => edit({ badgeCountOnOtherTabs })}
          />
          <Checkbox
            id={fieldId('thankYouReminder')}
            label={t('settingsThankYouLabel')}
            checked={f.thankYouReminder}
            onChecked={(thankYouReminder) => edit({ thankYouReminder })}
          />
        </fieldset>
        <fieldset class="group">
          <legend>{t('settingsProfileLegend')}</legend>
          <p class="hint">{t('settingsProfileHint')}</p>
          <ProfileInputs value={f.profile} onValue={(profile) => edit({ profile })} err={err} />
        </fieldset>
        <div class="actions">
          <div role="alert" class="alert-region">
            {server && <p class="alert">{t(server.message)}</p>}
          </div>
          <button type="submit" class="primary" disabled={saving}>
            {t(saving ? 'formSaving' : 'settingsSave')}
          </button>
          <p role="status" class="status">
            {saved ? t('settingsSaved') : ''}
          </p>
        </div>
      </form>
      <DataTransfer api={p.api} onImported={p.onImported} />
    </section>
  );
}
