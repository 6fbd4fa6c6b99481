import { TextInput } from '../field';
import { t } from '../i18n';
import { formatTime } from '../when';
import { followUpAtOf, withFollowUp } from './form-state';
import type { SectionProps } from './section';

/** When the answer should come, and the follow-up call that is always scheduled (docs/method.md §3). */
export function FollowUpFields({ s, update, bind, settings }: SectionProps) {
  const at = followUpAtOf(s, settings);
  return (
    <fieldset class="group">
      <legend>{t('followUpLegend')}</legend>
      <TextInput
        {...bind('answerBy')}
        type="date"
        // Undecided interviewers usually promise to call back; the method says to note that date.
        label={t(s.verdict === 'undecided' ? 'answerByCallBackLabel' : 'answerByLabel')}
      />
      <TextInput
        {...bind('followUp', 'followUpAt')}
        type="date"
        label={t('followUpLabel')}
        required
        hint={at === null ? null : t('reminderAt', formatTime(at))}
        onValue={(v) => update((x) => withFollowUp(x, v))}
      />
    </fieldset>
  );
}
