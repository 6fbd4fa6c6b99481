import { TextArea, TextInput } from '../field';
import { t } from '../i18n';
import { verdictOptions } from '../labels';
import { RadioGroup } from '../radio-group';
import { NextSteps } from './next-steps';
import type { SectionProps } from './section';

/** The interviewer's impression (docs/method.md §2) and what to record for each verdict. */
export function VerdictFields(props: SectionProps) {
  const { s, bind } = props;
  return (
    <>
      <RadioGroup {...bind('verdict')} name="verdict" legend={t('verdictLegend')} required options={verdictOptions()} />
      {s.verdict === 'convinced' && <NextSteps {...props} />}
      {s.verdict === 'undecided' && (
        <>
          <TextInput {...bind('weakPoint')} label={t('weakPointLabel')} hint={t('weakPointHint')} />
          <TextInput {...bind('weakPointAnswer')} label={t('weakPointAnswerLabel')} hint={t('weakPointAnswerHint')} />
        </>
      )}
      {s.verdict === 'rejected' && <TextArea {...bind('rejectionReason')} label={t('rejectionReasonLabel')} rows={2} />}
    </>
  );
}
