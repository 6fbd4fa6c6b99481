import { useLayoutEffect, useState } from 'preact/hooks';
import { checkPlannedInterview } from '../core/planned-interview';
import type { Channel, FullApplication, PlannedInterview } from '../core/types';
import { binder } from './bind';
import { Select, TextInput } from './field';
import { FormActions } from './form-actions';
import { errorLookup, useSubmit } from './form-errors';
import { t } from './i18n';
import { stageOrNotSaidOptions } from './labels';
import { ChannelSelect, StartTimeInput } from './plan-fields';

/** The form's state: every field as its input holds it ('' for "not said"). */
interface PlanState {
  on: string;
  time: string;
  channel: Channel | '';
  withWhom: string;
  role: string;
  stage: string;
}

export interface PlanFormProps {
  /** The interview already planned, to edit; none for a new one. */
  planned?: PlannedInterview | null;
  headingLevel: 2 | 3;
  save: (plan: PlannedInterview) => Promise<FullApplication>;
  onSaved: (detail: FullApplication) => void;
  onCancel: () => void;
}

/** Plans the next interview: its day (required), start time, format, interviewer and stage. */
export function PlanForm(p: PlanFormProps) {
  const [s, setS] = useState<PlanState>(() => {
    const x = p.planned;
    return {
      on: x?.on ?? '',
      time: x?.time ?? '',
      channel: x?.channel ?? '',
      withWhom: x?.withWhom ?? '',
      role: x?.role ?? '',
      stage: x?.stage ?? '',
    };
  });
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkPlannedInterview(s),
    async (checked) => p.onSaved(await p.save(checked.value)),
  );
  useLayoutEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const check = attempted ? checkPlannedInterview(s) : null;
  const bind = binder(s, setS, errorLookup(check && !check.ok ? check.errors : [], server), 'plan.');
  const Heading = p.headingLevel === 2 ? 'h2' : 'h3';

  return (
    <form
      ref={formRef}
      class="plan-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="plan-heading"
      aria-busy={saving ? 'true' : undefined}
    >
      <Heading id="plan-heading">{t('planInterviewHeading')}</Heading>
      <div class="row">
        <TextInput {...bind('on')} type="date" label={t('interviewDateLabel')} required />
        <StartTimeInput {...bind('time')} />
      </div>
      <ChannelSelect {...bind('channel')} />
      <div class="row">
        <TextInput {...bind('withWhom')} label={t('interviewerNameLabel')} />
        <TextInput {...bind('role')} label={t('interviewerRoleLabel')} />
      </div>
      <Select {...bind('stage')} label={t('stageLabel')} options={stageOrNotSaidOptions()} />
      <FormActions server={server} saving={saving} saveLabel="formSave" onCancel={p.onCancel} />
    </form>
  );
}
