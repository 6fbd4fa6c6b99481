import { useLayoutEffect, useState } from 'preact/hooks';
import type { RetryRule } from '../core/outcomes';
import type { Application, FullApplication, OutcomeInput, Settings, Stage } from '../core/types';
import type { RecordOutcomeRequest } from '../messages/protocol';
import { binder } from './bind';
import { Select, TextArea, TextInput } from './field';
import { t } from './i18n';
import { answerResultOptions, outcomeKindOptions, stageOptions } from './labels';
import { checkOutcome, initialOutcome, lastRetry, withKind, type OutcomeState } from './outcome-state';
import { ChannelSelect, StartTimeInput } from './plan-fields';
import { RadioGroup } from './radio-group';
import { formatTime } from './when';
import { fromDateInput } from '../core/dates';
import { FormActions } from './form-actions';
import { errorLookup, useSubmit } from './form-errors';

export interface OutcomeFormProps {
  application: Application;
  /** The reminder this call answers (the due follow-up), so it stops. */
  reminderId?: string;
  /** The stage of the latest interview: the next interview's stage defaults to the one after it. */
  lastStage?: Stage | null;
  /** What one more call with no answer leads to (core/outcomes.ts retryRuleOf). */
  retry: RetryRule;
  settings: Settings;
  now: number;
  headingLevel: 2 | 3;
  submit: (req: RecordOutcomeRequest) => Promise<FullApplication>;
  onSaved: (detail: FullApplication, outcome: OutcomeInput) => void;
  onCancel: () => void;
}

/** Server errors on other paths go in the alert. */
const PLACED = /^outcome\.(kind|result|nextInterview\.(withWhom|on|time|channel|stage)|nextFollowUpAt|reason|note)$/;

/**
 * What the follow-up call gave (docs/method.md §3): an answer (offer, next interview, rejection), a new
 * date, or no answer. The next follow-up date follows the kind's default until the user edits it.
 */
export function OutcomeForm(p: OutcomeFormProps) {
  const [s, setS] = useState<OutcomeState>(() => initialOutcome(p.application, p.lastStage));
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkOutcome(s, p.now, p.settings, p.retry),
    async (checked) => {
      const detail = await p.submit({
        applicationId: p.application.id,
        reminderId: p.reminderId,
        outcome: checked.value,
        expectedRevision: p.application.revision,
      });
      p.onSaved(detail, checked.value);
    },
  );

  const check = attempted ? checkOutcome(s, p.now, p.settings, p.retry) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server);
  const unplaced = (server?.fields ?? []).filter((f) => !PLACED.test(f.field));
  const bind = binder(s, setS, err, 'outcome.');

  // The first question in view whole (not its first option alone, under the form's Save bar), and the focus on it.
  useLayoutEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('input[name=outcomeKind]');
    first?.closest('fieldset')?.scrollIntoView?.({ block: 'nearest' });
    first?.focus({ preventScroll: true });
  }, []);

  const retryAt = fromDateInput(s.nextFollowUp, p.settings.reminderMinutes);
  const Heading = p.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={formRef}
      class="outcome"
      noValidate
      aria-labelledby="outcome-heading"
      aria-describedby="outcome-about"
      aria-busy={saving ? 'true' : undefined}
      onSubmit={onSubmit}
    >
      <Heading id="outcome-heading">{t('outcomeHeading')}</Heading>
      <p id="outcome-about" class="outcome-about">
        {t('outcomeAbout', [p.application.posting.company, p.application.posting.title])}
      </p>
      <RadioGroup
        {...bind('kind')}
        name="outcomeKind"
        legend={t('outcomeKindLegend')}
        required
        options={outcomeKindOptions()}
        onValue={(kind) => setS((x) => withKind(x, kind, p.now, p.settings, p.retry))}
      />
      {s.kind === 'answer' && (
        <RadioGroup {...bind('result')} name="outcomeResult" legend={t('answerResultLegend')} required options={answerResultOptions()} />
      )}
      {s.kind === 'answer' && s.result === 'next-interview' && (
        <fieldset class="group">
          <legend>{t('nextInterviewLegend')}</legend>
          <TextInput {...bind('withWhom', 'outcome.nextInterview.withWhom')} label={t('nextStepWithWhom')} required />
          <div class="row">
            <TextInput {...bind('on', 'outcome.nextInterview.on')} type="date" label={t('nextStepWhen')} />
            <StartTimeInput {...bind('time', 'outcome.nextInterview.time')} />
          </div>
          <div class="row">
            <ChannelSelect {...bind('channel', 'outcome.nextInterview.channel')} />
            <Select {...bind('stage', 'outcome.nextInterview.stage')} label={t('stageLabel')} options={stageOptions()} />
          </div>
        </fieldset>
      )}
      {s.kind === 'answer' && s.result === 'rejected' && <TextArea {...bind('reason')} label={t('rejectionReasonLabel')} rows={2} />}
      {lastRetry(s, p.retry) && <p class="notice probably">{t('retriesUsedUp')}</p>}
      {(s.kind === 'new-date' || (s.kind === 'no-answer' && !lastRetry(s, p.retry))) && (
        <TextInput
          {...bind('nextFollowUp', 'outcome.nextFollowUpAt')}
          type="date"
          label={t(s.kind === 'no-answer' ? 'retryLabel' : 'newFollowUpLabel')}
          required
          hint={retryAt === null ? null : t('reminderAt', formatTime(retryAt))}
          // Edited by hand, the date stops following the kind's default.
          onValue={(nextFollowUp) => setS((x) => ({ ...x, nextFollowUp, nextFollowUpTouched: true }))}
        />
      )}
      <TextArea {...bind('note')} label={t('outcomeNoteLabel')} rows={2} />
      <FormActions server={server} unplaced={unplaced} saving={saving} saveLabel="outcomeSave" onCancel={p.onCancel} />
    </form>
  );
}
