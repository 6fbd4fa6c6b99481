import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Application, FullApplication, OutcomeInput, Settings, Stage } from '../core/types';
import type { RecordOutcomeRequest } from '../messages/protocol';
import { shownError, type ShownError } from './errors';
import { fieldId, Select, TextArea, TextInput } from './field';
import { t } from './i18n';
import { answerResultOptions, outcomeKindOptions, stageOptions } from './labels';
import { checkOutcome, initialOutcome, withKind, type OutcomeState } from './outcome-state';
import { RadioGroup } from './radio-group';
import { formatTime } from './when';
import { fromDateInput } from '../core/dates';
import { FormActions } from './form-actions';
import { errorLookup, useFocusFirstInvalid } from './form-errors';

export interface OutcomeFormProps {
  application: Application;
  /** The reminder this call answers (the due follow-up), so it stops. */
  reminderId?: string;
  /** The stage of the latest interview: the next interview's stage defaults to the one after it. */
  lastStage?: Stage;
  settings: Settings;
  now: number;
  headingLevel: 2 | 3;
  submit: (req: RecordOutcomeRequest) => Promise<FullApplication>;
  onSaved: (detail: FullApplication, outcome: OutcomeInput) => void;
  onCancel: () => void;
}

/** Server errors on other paths go in the alert. */
const PLACED = /^outcome\.(kind|result|nextInterview\.(withWhom|on)|nextFollowUpAt|reason|note)$/;

/**
 * What the follow-up call gave (method.md §3): an answer (offer, next interview, rejection), a new
 * date, or no answer. The next follow-up date follows the kind's default until the user edits it.
 */
export function OutcomeForm(p: OutcomeFormProps) {
  const [s, setS] = useState<OutcomeState>(() => initialOutcome(p.application, p.lastStage));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [server, setServer] = useState<ShownError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const update = (change: Partial<OutcomeState>) => setS((x) => ({ ...x, ...change }));

  const check = attempted ? checkOutcome(s, p.now, p.settings) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server);
  const unplaced = (server?.fields ?? []).filter((f) => !PLACED.test(f.field));

  useLayoutEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input[name=outcomeKind]')?.focus();
  }, []);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setAttempted(true);
    setServer(null);
    const checked = checkOutcome(s, p.now, p.settings);
    if (!checked.ok) return focusFirstInvalid();
    setSaving(true);
    try {
      const detail = await p.submit({
        applicationId: p.application.id,
        reminderId: p.reminderId,
        outcome: checked.value,
        expectedRevision: p.application.revision,
      });
      p.onSaved(detail, checked.value);
    } catch (error) {
      setServer(shownError(error));
      setSaving(false);
      focusFirstInvalid();
    }
  };

  const retryAt = fromDateInput(s.nextFollowUp, p.settings.reminderMinutes);
  const Heading = p.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={formRef}
      class="outcome"
      noValidate
      aria-labelledby="outcome-heading"
      aria-busy={saving ? 'true' : undefined}
      onSubmit={onSubmit}
    >
      <Heading id="outcome-heading">{t('outcomeHeading')}</Heading>
      <RadioGroup
        id={fieldId('outcome.kind')}
        name="outcomeKind"
        legend={t('outcomeKindLegend')}
        required
        value={s.kind}
        options={outcomeKindOptions()}
        error={err('outcome.kind')}
        onValue={(kind) => setS((x) => withKind(x, kind, p.now, p.settings))}
      />
      {s.kind === 'answer' && (
        <RadioGroup
          id={fieldId('outcome.result')}
          name="outcomeResult"
          legend={t('answerResultLegend')}
          required
          value={s.result}
          options={answerResultOptions()}
          error={err('outcome.result')}
          onValue={(result) => update({ result })}
        />
      )}
      {s.kind === 'answer' && s.result === 'next-interview' && (
        <fieldset class="group">
          <legend>{t('nextInterviewLegend')}</legend>
          <TextInput
            id={fieldId('outcome.nextInterview.withWhom')}
            label={t('nextStepWithWhom')}
            required
            value={s.withWhom}
            error={err('outcome.nextInterview.withWhom')}
            onValue={(withWhom) => update({ withWhom })}
          />
          <div class="row">
            <TextInput
              id={fieldId('outcome.nextInterview.on')}
              type="date"
              label={t('nextStepWhen')}
              value={s.on}
              error={err('outcome.nextInterview.on')}
              onValue={(on) => update({ on })}
            />
            <Select
              id={fieldId('outcome.nextInterview.stage')}
              label={t('stageLabel')}
              value={s.stage}
              options={stageOptions()}
              onValue={(stage) => update({ stage })}
            />
          </div>
        </fieldset>
      )}
      {s.kind === 'answer' && s.result === 'rejected' && (
        <TextArea
          id={fieldId('outcome.reason')}
          label={t('rejectionReasonLabel')}
          rows={2}
          value={s.reason}
          error={err('outcome.reason')}
          onValue={(reason) => update({ reason })}
        />
      )}
      {(s.kind === 'new-date' || s.kind === 'no-answer') && (
        <TextInput
          id={fieldId('outcome.nextFollowUpAt')}
          type="date"
          label={t(s.kind === 'no-answer' ? 'retryLabel' : 'newFollowUpLabel')}
          required
          hint={retryAt === null ? null : t('reminderAt', formatTime(retryAt))}
          value={s.nextFollowUp}
          error={err('outcome.nextFollowUpAt')}
          onValue={(nextFollowUp) => update({ nextFollowUp, nextFollowUpTouched: true })}
        />
      )}
      <TextArea
        id={fieldId('outcome.note')}
        label={t('outcomeNoteLabel')}
        rows={2}
        value={s.note}
        error={err('outcome.note')}
        onValue={(note) => update({ note })}
      />
      <FormActions server={server} unplaced={unplaced} saving={saving} saveLabel="outcomeSave" onCancel={p.onCancel} />
    </form>
  );
}
