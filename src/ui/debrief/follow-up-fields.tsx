import { fromDateInput } from '../../core/dates';
import { callsBeforePromise } from '../../core/follow-up';
import { Checkbox } from '../checkbox';
import { fieldId, TextInput } from '../field';
import { t } from '../i18n';
import { formatTime } from '../when';
import { followUpAtOf, promiseFieldsOf, withFeedback, withFollowUp } from './form-state';
import type { SectionProps } from './section';

/**
 * When the answer should come, and the follow-up call that goes with it (docs/method.md §3); after a
 * rejection, no call: only the optional reminder to ask for feedback.
 */
export function FollowUpFields(props: SectionProps) {
  if (props.s.verdict === 'rejected') return <FeedbackFields {...props} />;
  const { s, update, bind, settings } = props;
  const at = followUpAtOf(s, settings);
  const dates = promiseFieldsOf(s, settings);
  // Calling before the date they gave is insisting: allowed, but said (docs/method.md §3).
  const early = dates !== null && callsBeforePromise(dates);
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
        hint={
          at === null ? null : (
            <>
              {t('reminderAt', formatTime(at))}
              {early && <span class="warn-line">{t('followUpBeforePromise')}</span>}
            </>
          )
        }
        onValue={(v) => update((x) => withFollowUp(x, v))}
      />
    </fieldset>
  );
}

/** After a rejection: the application closes, and asking for feedback is the user's choice, off by default. */
function FeedbackFields({ s, update, bind, settings }: SectionProps) {
  const at = fromDateInput(s.feedback, settings.reminderMinutes);
  return (
    <fieldset class="group">
      <legend>{t('feedbackLegend')}</legend>
      <p class="hint">{t('feedbackNoCall')}</p>
      <Checkbox
        id={fieldId('askFeedback')}
        label={t('askFeedbackLabel')}
        checked={s.askFeedback}
        onChecked={(askFeedback) => update((x) => ({ ...x, askFeedback }))}
      />
      {s.askFeedback && (
        <TextInput
          {...bind('feedback', 'feedbackAt')}
          type="date"
          label={t('feedbackLabel')}
          required
          hint={at === null ? null : t('reminderAt', formatTime(at))}
          onValue={(v) => update((x) => withFeedback(x, v))}
        />
      )}
    </fieldset>
  );
}
