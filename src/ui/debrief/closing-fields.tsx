import type { ClosingChecklist } from '../../core/types';
import { Checklist } from '../checkbox';
import { TextInput } from '../field';
import { t } from '../i18n';
import { feelingOptions } from '../labels';
import { RadioGroup } from '../radio-group';
import { withFeeling } from './form-state';
import type { SectionProps } from './section';

const CLOSING: readonly [keyof ClosingChecklist, string][] = [
  ['thanked', 'closingThanked'],
  ['handshakeEyeContact', 'closingHandshake'],
  ['smiled', 'closingSmiled'],
];

/** The last impression (docs/method.md §4) and, when it went badly, a recovery plan instead of giving up (§5). */
export function ClosingFields({ s, update, bind }: SectionProps) {
  const weakPoint = s.verdict === 'undecided' ? s.weakPoint.trim() : '';
  return (
    <>
      <Checklist {...bind('closing')} legend={t('closingLegend')} items={CLOSING} />
      <RadioGroup
        {...bind('feeling')}
        name="feeling"
        legend={t('feelingLegend')}
        options={feelingOptions()}
        onValue={(feeling) => update((x) => withFeeling(x, feeling))}
      />
      {s.feeling === 'badly' && (
        <fieldset class="group recovery">
          <legend>{t('recoveryLegend')}</legend>
          <p class="encourage">
            {t('recoveryEncourage')}
            {/* After a rejection no call is scheduled (docs/method.md §3): nothing to keep. */}
            {s.verdict !== 'rejected' && ` ${t('recoveryFollowUpKept')}`}
          </p>
          <TextInput {...bind('recoveryContacts')} label={t('recoveryContactsLabel')} hint={t('recoveryContactsHint')} />
          <TextInput
            {...bind('recoveryTopics')}
            label={t('recoveryTopicsLabel')}
            hint={weakPoint ? t('recoveryTopicsWeakPoint', weakPoint) : t('recoveryTopicsHint')}
          />
        </fieldset>
      )}
    </>
  );
}
