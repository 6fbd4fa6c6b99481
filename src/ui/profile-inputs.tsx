import type { Profile } from '../core/types';
import { fieldId, TextInput } from './field';
import { t } from './i18n';

export interface ProfileInputsProps {
  value: Profile;
  onValue: (value: Profile) => void;
  /** The translated error of a path ("profile.phone"), if any. */
  err: (path: string) => string | null;
}

const FIELDS = [
  ['name', 'profileNameLabel', 'text', 'name'],
  ['phone', 'profilePhoneLabel', 'tel', 'tel'],
  ['email', 'profileEmailLabel', 'email', 'email'],
] as const;

/** The user's name, phone and e-mail, as the settings page and the scripts' prompt ask for them. */
export function ProfileInputs({ value, onValue, err }: ProfileInputsProps) {
  return (
    <>
      {FIELDS.map(([key, label, type, autoComplete]) => (
        <TextInput
          key={key}
          id={fieldId(`profile.${key}`)}
          type={type}
          autoComplete={autoComplete}
          label={t(label)}
          value={value[key]}
          error={err(`profile.${key}`)}
          onValue={(v) => onValue({ ...value, [key]: v })}
        />
      ))}
    </>
  );
}
