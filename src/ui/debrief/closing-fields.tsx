import type { ClosingChecklist } from '../../core/types';
import { Checkbox, Checklist } from '../checkbox';
import { fieldId, TextInput } from '../field';
import { t } from '../i18n';
import { RadioGroup } from '../radio-group';
import { withFeeling } from './form-state';
import { feelingOptions } from '../labels';
import type { SectionProps } from './section';

const CLOSING: readonly [keyof ClosingChecklist, string][] = [
  ['thanked', 'closingThanked'],
  ['handshakeEyeContact', 'closingHandshake'],
  ['smiled', 'closingSmiled'],
];

/** The last impression (method.md §4) and, when it went badly, a recovery plan instead of giving up (§5). */
export function ClosingFields({ s, update, err }: SectionProps) {
  const weakPoint = s.verdict === 'undecided' ? s.weakPoint.trim() : '';
  return (
    <>
      <Checklist legend={t('closingLegend')}>
        {CLOSING.map(([key, label]) => (
          <Checkbox
            key={key}
            id={fieldId(`closing.${key}`)}
            label={t(label)}
            checked={s.closing[key]}
            onChecked={(v) => update((x) => ({ ...x, closing: { ...x.closing, [key]: v } }))}
          />
        ))}
      </Checklist>
      <RadioGroup
        id={fieldId('feeling')}
        name="feeling"
        legend={t('feelingLegend')}
        value={s.feeling}
        options={feelingOptions()}
        onValue={(feeling) => update((x) => withFeeling(x, feeling))}
      />
      {s.feeling === 'badly' && (
        <fieldset class="group recovery">
          <legend>{t('recoveryLegend')}</legend>
          <p class="encourage">{t('recoveryEncourage')}</p>
          <TextInput
            id={fieldId('recoveryContacts')}
            label={t('recoveryContactsLabel')}
            hint={t('recoveryContactsHint')}
            value={s.recoveryContacts}
            error={err('recoveryContacts')}
            onValue={(recoveryContacts) => update((x) => ({ ...x, recoveryContacts }))}
          />
          <TextInput
            id={fieldId('recoveryTopics')}
            label={t('recoveryTopicsLabel')}
            hint={weakPoint ? t('recoveryTopicsWeakPoint', weakPoint) : t('recoveryTopicsHint')}
            value={s.recoveryTopics}
            error={err('recoveryTopics')}
            onValue={(recoveryTopics) => update((x) => ({ ...x, recoveryTopics }))}
          />
        </fieldset>
      )}
    </>
  );
}
