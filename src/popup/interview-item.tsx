import type { ComponentChildren } from 'preact';
import { formatDate, formatDateTime } from '../core/format';
import { fromDateInput } from '../core/dates';
import type { Interview } from '../core/types';
import { t, uiLocale } from '../ui/i18n';
import { feelingLabel, stageLabel, verdictLabel } from './labels';

/** One past interview, with what is useful before the follow-up call: who, what they said, the weak point. */
export function InterviewItem({ interview: i }: { interview: Interview }) {
  const who = [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ');
  const steps = i.nextSteps.filter((s) => s.withWhom || s.when);
  return (
    <li class="interview">
      <h4>
        {formatDateTime(i.interviewAt, uiLocale())} · {stageLabel(i.stage)}
      </h4>
      <dl class="facts">
        <Fact label={t('interviewerLabel')}>{who}</Fact>
        <Fact label={t('verdictShort')}>{verdictLabel(i.verdict)}</Fact>
        <Fact label={t('weakPointLabel')}>{i.weakPoint}</Fact>
        <Fact label={t('rejectionReasonLabel')}>{i.rejectionReason}</Fact>
        {steps.length > 0 && (
          <Fact label={t('nextStepsLegend')}>
            <ul class="plain">
              {steps.map((s, n) => (
                <li key={n}>
                  {s.when ? t('nextStepItem', [s.withWhom || '—', dayText(s.when)]) : s.withWhom}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t('answerByLabel')}>{i.answerBy === null ? '' : formatDate(i.answerBy, uiLocale())}</Fact>
        <Fact label={t('followUpLabel')}>{formatDateTime(i.followUpAt, uiLocale())}</Fact>
        <Fact label={t('feelingShort')}>{feelingLabel(i.feeling)}</Fact>
        <Fact label={t('recoveryContactsLabel')}>{i.recoveryContacts}</Fact>
        <Fact label={t('recoveryTopicsLabel')}>{i.recoveryTopics}</Fact>
        <Fact label={t('notesLabel')}>{i.notes && <span class="notes">{i.notes}</span>}</Fact>
      </dl>
    </li>
  );
}

/** A term and its value; nothing at all when the value is empty, to keep the list short. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  if (children === '' || children === null || children === undefined || children === false) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function dayText(value: string): string {
  const at = fromDateInput(value, 0);
  return at === null ? value : formatDate(at, uiLocale());
}
