import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../src/core/export';
import { normalizeForMatch } from '../src/core/job-key';
import { DEFAULT_SETTINGS, type Application, type Interview, type Reminder, type TimelineEvent } from '../src/core/types';
import { makeDebrief } from './builders';

const DAY = 86400_000;
/** 2026-04-01 10:00Z, as the storage tests' clock. */
export const T0 = Date.UTC(2026, 3, 1, 10);

/**
 * A valid export of `n` applications, each with one interview, a pending follow-up, a done
 * answer-due reminder and a timeline entry: every record kind and the optional fields.
 */
export function makeExport(n: number, prefix = 'x'): ExportFile {
  const applications: Application[] = [];
  const interviews: Interview[] = [];
  const reminders: Reminder[] = [];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-app-${i}`;
    const company = `Company ${i}`;
    const title = i % 2 ? 'Frontend developer' : 'Développeur « full-stack », Lyon';
    const interviewAt = T0 - 10 * DAY + i * 1000;
    const followUpAt = T0 + 7 * DAY;
    applications.push({
      id,
      jobKey: `https://jobs.${prefix}.test/${i}`,
      keys: [`https://jobs.${prefix}.test/${i}`],
      matchKey: normalizeForMatch(company, title),
      urls: [`https://jobs.${prefix}.test/${i}`],
      posting: { title, company, location: 'Lyon', url: `https://jobs.${prefix}.test/${i}` },
      status: 'waiting',
      lastVerdict: 'undecided',
      nextDueAt: followUpAt,
      createdAt: interviewAt,
      updatedAt: T0 - DAY,
      revision: 3,
      probablyClosed: false,
      nextInterview: null,
    });
    interviews.push({
      ...makeDebrief({ interviewAt, followUpAt, answerBy: T0 - 3 * DAY, notes: `Line 1\nLine 2, "quoted" ${i}` }),
      id: `${id}-int`,
      applicationId: id,
      createdAt: interviewAt,
    });
    reminders.push(
      { id: `${id}-rem-f`, applicationId: id, interviewId: `${id}-int`, kind: 'follow-up', dueAt: followUpAt, pendingDueAt: followUpAt },
      {
        id: `${id}-rem-a`,
        applicationId: id,
        interviewId: `${id}-int`,
        kind: 'answer-due',
        dueAt: T0 - 3 * DAY,
        notifiedAt: T0 - 3 * DAY,
        doneAt: T0 - 2 * DAY,
        closedBy: 'done',
      },
    );
    events.push({
      id: `${id}-ev`,
      applicationId: id,
      at: T0 - DAY,
      type: 'outcome',
      outcome: { kind: 'new-date', at: T0 - DAY, note: 'Call back next week', nextFollowUpAt: followUpAt },
      createdAt: T0 - DAY,
    });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(T0).toISOString(),
    settings: { ...DEFAULT_SETTINGS, followUpDelayDays: 5 },
    applications,
    interviews,
    reminders,
    events,
  };
}
