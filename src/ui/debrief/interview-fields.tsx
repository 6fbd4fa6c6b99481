import type { SynthesisChecklist } from '../../core/types';
import { Checklist } from '../checkbox';
import { Select, TextInput } from '../field';
import { t } from '../i18n';
import { stageOrNotSaidOptions } from '../labels';
import { withInterviewAt } from './form-state';
import type { SectionProps } from './section';

const SYNTHESIS: readonly [keyof SynthesisChecklist, string][] = [
  ['enoughInformation', 'synthesisEnoughInformation'],
  ['strengthsPutForward', 'synthesisStrengths'],
  ['nextStepPlanned', 'synthesisNextStep'],
  ['askedImpression', 'synthesisAskedImpression'],
];

/** When, at which stage and with whom; then the quick synthesis of docs/method.md §1 and §2. */
export function InterviewFields({ update, bind, settings }: SectionProps) {
  return (
    <>
      <fieldset class="group">
        <legend>{t('interviewLegend')}</legend>
        <TextInput
          {...bind('interviewAt')}
          type="datetime-local"
          label={t('interviewAtLabel')}
          onValue={(v) => update((x) => withInterviewAt(x, v, settings))}
        />
        <Select {...bind('stage')} label={t('stageLabel')} options={stageOrNotSaidOptions()} />
        <div class="row">
          <TextInput {...bind('interviewerName')} label={t('interviewerNameLabel')} autoComplete="off" />
          <TextInput {...bind('interviewerRole')} label={t('interviewerRoleLabel')} />
        </div>
      </fieldset>
      <Checklist {...bind('synthesis')} legend={t('synthesisLegend')} items={SYNTHESIS} />
    </>
  );
}
