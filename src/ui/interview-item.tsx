import type { ComponentChildren } from 'preact';
import { fromDateInput } from '../core/dates';
import { formatDate, formatDateTime } from '../core/format';
import type { ClosingChecklist, Interview, SynthesisChecklist } from '../core/types';
import { Fact } from './fact';
import { t, uiLocale } from './i18n';
import { feelingLabel, stageLabel, verdictLabel } from './labels';

export interface InterviewItemProps {
  interview: Interview;
  /** The item's heading level: 4 under the popup's h3, 3 under the dashboard's h2. */
  level?: 3 | 4;
  /** Also show the method's checklists (the dashboard's full record). */
  checklists?: boolean;
  /** Extra controls after the facts (the dashboard's Edit button). */
  children?: ComponentChildren;
}

const SYNTHESIS: readonly [keyof SynthesisChecklist, string][] = [
  ['enoughInformation', 'synthesisEnoughInformation'],
  ['strengthsPutForward', 'synthesisStrengths'],
  ['nextStepPlanned', 'synthesisNextStep'],
  ['askedImpression', 'synthesisAskedImpression'],
];
const CLOSING: readonly [keyof ClosingChecklist, string][] = [
  ['thanked', 'closingThanked'],
  ['handshakeEyeContact', 'closingHandshake'],
  ['smiled', 'closingSmiled'],
];

/** One past interview, with what is useful before the follow-up call: who, what they said, the weak point. */
export function InterviewItem({ interview: i, level = 4, checklists, children }: InterviewItemProps) {
  const who = [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ');
  const steps = i.nextSteps.filter((s) => s.withWhom || s.when);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li class="interview">
      <Heading>
        {formatDateTime(i.interviewAt, uiLocale())} · {stageLabel(i.stage)}
      </Heading>
      <dl class="facts">
        <Fact label={t('interviewerLabel')}>{who}</Fact>
        <Fact label={t('verdictShort')}>{verdictLabel(i.verdict)}</Fact>
        <Fact label={t('weakPointLabel')}>{i.weakPoint}</Fact>
        <Fact label={t('rejectionReasonLabel')}>{i.rejectionReason}</Fact>
        {steps.length > 0 && (
          <Fact label={t('nextStepsLegend')}>
            <ul class="plain">
              {steps.map((s, n) => (
                <li key={n}>{s.when ? t('nextStepItem', [s.withWhom || '—', dayText(s.when)]) : s.withWhom}</li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t('answerByLabel')}>{i.answerBy === null ? '' : formatDate(i.answerBy, uiLocale())}</Fact>
        <Fact label={t('followUpLabel')}>{i.followUpAt === null ? '' : formatDateTime(i.followUpAt, uiLocale())}</Fact>
        <Fact label={t('feedbackLabel')}>{typeof i.feedbackAt === 'number' ? formatDateTime(i.feedbackAt, uiLocale()) : ''}</Fact>
        <Fact label={t('feelingShort')}>{feelingLabel(i.feeling)}</Fact>
        <Fact label={t('recoveryContactsLabel')}>{i.recoveryContacts}</Fact>
        <Fact label={t('recoveryTopicsLabel')}>{i.recoveryTopics}</Fact>
        {checklists && <Fact label={t('synthesisLegend')}>{checks(SYNTHESIS.map(([k, label]) => [label, i.synthesis[k]]))}</Fact>}
        {checklists && <Fact label={t('closingLegend')}>{checks(CLOSING.map(([k, label]) => [label, i.closing[k]]))}</Fact>}
        <Fact label={t('notesLabel')}>{i.notes && <span class="notes">{i.notes}</span>}</Fact>
      </dl>
      {children}
    </li>
  );
}

/** A checklist as read-only lines: the mark is visual, the words say done or not done. */
function checks(items: [string, boolean][]) {
  return (
    <ul class="plain checks">
      {items.map(([label, done]) => (
        <li key={label} class={done ? 'done' : 'not-done'}>
          <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
          {t(done ? 'checkDone' : 'checkNotDone', t(label))}
        </li>
      ))}
    </ul>
  );
}

function dayText(value: string): string {
  const at = fromDateInput(value, 0);
  return at === null ? value : formatDate(at, uiLocale());
}
