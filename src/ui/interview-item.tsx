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

// The record names each item in a few impersonal words, not with the form's first-person options.
const SYNTHESIS: readonly [keyof SynthesisChecklist, string][] = [
  ['enoughInformation', 'synthesisEnoughInformationShort'],
  ['strengthsPutForward', 'synthesisStrengthsShort'],
  ['nextStepPlanned', 'synthesisNextStepShort'],
  ['askedImpression', 'synthesisAskedImpressionShort'],
];
const CLOSING: readonly [keyof ClosingChecklist, string][] = [
  ['thanked', 'closingThankedShort'],
  ['handshakeEyeContact', 'closingHandshakeShort'],
  ['smiled', 'closingSmiledShort'],
];

/** One past interview, with what is useful before the follow-up call: who, what they said, the weak point. */
export function InterviewItem({ interview: i, level = 4, checklists, children }: InterviewItemProps) {
  const who = [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ');
  const steps = i.nextSteps.filter((s) => s.withWhom || s.when);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li class="interview">
      <Heading>
        {formatDateTime(i.interviewAt, uiLocale())}
        {i.stage && ` · ${stageLabel(i.stage)}`}
      </Heading>
      <dl class="facts">
        <Fact label={t('interviewerLabel')}>{who}</Fact>
        <Fact label={t('verdictShort')}>{verdictLabel(i.verdict)}</Fact>
        <Fact label={t('weakPointLabel')}>{i.weakPoint}</Fact>
        <Fact label={t('weakPointAnswerShort')}>{i.weakPointAnswer}</Fact>
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
        <Fact label={t('feelingShort')}>{i.feeling && feelingLabel(i.feeling)}</Fact>
        <Fact label={t('recoveryContactsLabel')}>{i.recoveryContacts}</Fact>
        <Fact label={t('recoveryTopicsLabel')}>{i.recoveryTopics}</Fact>
        {checklists && <Fact label={t('synthesisShort')}>{checks(SYNTHESIS.map(([k, label]) => [label, i.synthesis[k]]))}</Fact>}
        {checklists && <Fact label={t('closingShort')}>{checks(CLOSING.map(([k, label]) => [label, i.closing[k]]))}</Fact>}
        <Fact label={t('notesLabel')}>{i.notes && <span class="notes">{i.notes}</span>}</Fact>
      </dl>
      {children}
    </li>
  );
}

/** A checklist in at most two lines: what was done, then what was not; the mark is visual, the words say it. */
function checks(items: [string, boolean][]) {
  const list = (done: boolean) =>
    items
      .filter(([, d]) => d === done)
      .map(([label]) => t(label))
      .join(', ');
  const done = list(true);
  const notDone = list(false);
  return (
    <ul class="plain checks">
      {done && (
        <li class="done">
          <span aria-hidden="true">✓ </span>
          {t('checksDone', done)}
        </li>
      )}
      {notDone && (
        <li class="not-done">
          <span aria-hidden="true">○ </span>
          {t('checksNotDone', notDone)}
        </li>
      )}
    </ul>
  );
}

function dayText(value: string): string {
  const at = fromDateInput(value, 0);
  return at === null ? value : formatDate(at, uiLocale());
}
