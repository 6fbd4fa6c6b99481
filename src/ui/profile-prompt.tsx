import { useState } from 'preact/hooks';
import { checkProfile } from '../core/contacts';
import { EMPTY_PROFILE, type Profile, type Settings } from '../core/types';
import { shownError } from './errors';
import { errorLookup, useSubmit } from './form-errors';
import { t } from './i18n';
import { ProfileInputs } from './profile-inputs';

export interface ProfilePromptProps {
  /** Stores the answer (the profile, or null for "Not now") and resolves with the settings as stored. */
  save: (profile: Profile | null) => Promise<Settings>;
  /** The answer is stored: the surface stops showing the prompt and uses the profile. */
  onSaved: (settings: Settings) => void;
}

/**
 * The first time a script or a draft is shown: who the user is, for the script's words and the
 * draft's signature. A small form inside the page, not a dialog: ignoring it is fine, and "Not now"
 * stops the asking (the settings page keeps the fields).
 */
export function ProfilePrompt({ save, onSaved }: ProfilePromptProps) {
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  const [laterError, setLaterError] = useState<string | null>(null);
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkProfile(profile),
    async (checked) => onSaved(await save(checked.value)),
  );
  const check = attempted ? checkProfile(profile) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server);
  const later = async () => {
    setLaterError(null);
    try {
      onSaved(await save(null));
    } catch (e) {
      setLaterError(shownError(e).message);
    }
  };
  const alert = server?.message ?? laterError;
  return (
    <form
      ref={formRef}
      class="profile-prompt"
      noValidate
      aria-labelledby="profile-prompt-title"
      onSubmit={onSubmit}
      aria-busy={saving ? 'true' : undefined}
    >
      <p id="profile-prompt-title" class="prompt-title">
        <strong>{t('profilePromptTitle')}</strong>
      </p>
      <p class="hint">{t('profilePromptHint')}</p>
      <ProfileInputs value={profile} onValue={setProfile} err={err} />
      <div class="prompt-actions">
        <div role="alert" class="alert-region">
          {alert && <p class="alert">{t(alert)}</p>}
        </div>
        <button type="submit" class="primary small" disabled={saving}>
          {t(saving ? 'formSaving' : 'profilePromptSave')}
        </button>
        <button type="button" class="secondary small" onClick={later}>
          {t('profilePromptLater')}
        </button>
      </div>
    </form>
  );
}
