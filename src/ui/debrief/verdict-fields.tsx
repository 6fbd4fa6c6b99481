import { fieldId, TextArea, TextInput } from '../field';
import { t } from '../i18n';
import { RadioGroup } from '../radio-group';
import { verdictOptions } from '../labels';
import { NextSteps } from './next-steps';
import type { SectionProps } from './section';

/** The interviewer's impression (method.md §2) and what to record for each verdict. */
export function VerdictFields(props: SectionProps) {
  const { s, update, err } = props;
  return (
    <>
      <RadioGroup
        id={fieldId('verdict')}
        name="verdict"
        legend={t('verdictLegend')}
        required
        value={s.verdict}
        options={verdictOptions()}
        error={err('verdict')}
        onValue={(verdict) => update((x) => ({ ...x, verdict }))}
      />
      {s.verdict === 'convinced' && <NextSteps {...props} />}
      {s.verdict === 'undecided' && (
        <TextInput
          id={fieldId('weakPoint')}
          label={t('weakPointLabel')}
          hint={t('weakPointHint')}
          value={s.weakPoint}
          error={err('weakPoint')}
          onValue={(weakPoint) => update((x) => ({ ...x, weakPoint }))}
        />
      )}
      {s.verdict === 'rejected' && (
        <TextArea
          id={fieldId('rejectionReason')}
          label={t('rejectionReasonLabel')}
          rows={2}
          value={s.rejectionReason}
          error={err('rejectionReason')}
          onValue={(rejectionReason) => update((x) => ({ ...x, rejectionReason }))}
        />
      )}
    </>
  );
}
