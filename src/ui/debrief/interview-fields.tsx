import type { SynthesisChecklist } from '../../core/types';
import { Checkbox, Checklist } from '../checkbox';
import { fieldId, Select, TextInput } from '../field';
import { t } from '../i18n';
import { withInterviewAt } from './form-state';
import { stageOptions } from '../labels';
import type { SectionProps } from './section';

const SYNTHESIS: readonly [keyof SynthesisChecklist, string][] = [
  ['enoughInformation', 'synthesisEnoughInformation'],
  ['strengthsPutForward', 'synthesisStrengths'],
  ['nextStepPlanned', 'synthesisNextStep'],
  ['askedImpression', 'synthesisAskedImpression'],
];

/** When, at which stage and with whom; then the quick synthesis of method.md §1 and §2. */
export function InterviewFields({ s, update, err, settings }: SectionProps) {
  return (
    <>
      <fieldset class="group">
        <legend>{t('interviewLegend')}</legend>
        <TextInput
          id={fieldId('interviewAt')}
          type="datetime-local"
          label={t('interviewAtLabel')}
          value={s.interviewAt}
          error={err('interviewAt')}
          onValue={(v) => update((x) => withInterviewAt(x, v, settings))}
        />
        <Select
          id={fieldId('stage')}
          label={t('stageLabel')}
          value={s.stage}
          options={stageOptions()}
          onValue={(stage) => update((x) => ({ ...x, stage }))}
        />
        <div class="row">
          <TextInput
            id={fieldId('interviewerName')}
            label={t('interviewerNameLabel')}
            autoComplete="off"
            value={s.interviewerName}
            error={err('interviewerName')}
            onValue={(interviewerName) => update((x) => ({ ...x, interviewerName }))}
          />
          <TextInput
            id={fieldId('interviewerRole')}
            label={t('interviewerRoleLabel')}
            value={s.interviewerRole}
            error={err('interviewerRole')}
            onValue={(interviewerRole) => update((x) => ({ ...x, interviewerRole }))}
          />
        </div>
      </fieldset>
      <Checklist legend={t('synthesisLegend')}>
        {SYNTHESIS.map(([key, label]) => (
          <Checkbox
            key={key}
            id={fieldId(`synthesis.${key}`)}
            label={t(label)}
            checked={s.synthesis[key]}
            onChecked={(v) => update((x) => ({ ...x, synthesis: { ...x.synthesis, [key]: v } }))}
          />
        ))}
      </Checklist>
    </>
  );
}
