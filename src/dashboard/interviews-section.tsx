import type { Application, DebriefInput, FullApplication, Interview, Settings } from '../core/types';
import { DebriefForm } from '../ui/debrief/debrief-form';
import { formOfInterview, postingFields } from '../ui/debrief/form-state';
import { t } from '../ui/i18n';
import { InterviewItem } from '../ui/interview-item';

export interface InterviewsSectionProps {
  app: Application;
  interviews: Interview[];
  settings: Settings;
  now: number;
  /** The interview being edited, if any. */
  editing: string | null;
  /** Another form is open on the page: one form at a time. */
  locked: boolean;
  onEdit: (interviewId: string | null) => void;
  update: (interviewId: string, debrief: DebriefInput) => Promise<FullApplication>;
  onSaved: (detail: FullApplication) => void;
}

/** Every debrief with its checklists; each one editable in place with the shared debrief form. */
export function InterviewsSection(p: InterviewsSectionProps) {
  const posting = postingFields(p.app.posting, null);
  return (
    <section class="interviews-section" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">{t('interviewsHeading', String(p.interviews.length))}</h2>
      {p.interviews.length === 0 ? (
        <p class="hint">{t('noInterviews')}</p>
      ) : (
        <ol class="interviews">
          {p.interviews.map((i) =>
            p.editing === i.id ? (
              <li key={i.id} class="interview editing">
                <DebriefForm<FullApplication>
                  heading={t('editInterviewHeading')}
                  headingLevel={3}
                  posting={posting}
                  initial={formOfInterview(i, posting)}
                  contacts={p.app.contacts}
                  hidePosting
                  settings={p.settings}
                  now={p.now}
                  save={({ debrief }) => p.update(i.id, debrief)}
                  onSaved={(detail) => p.onSaved(detail)}
                  onCancel={() => p.onEdit(null)}
                />
              </li>
            ) : (
              <InterviewItem key={i.id} interview={i} level={3} checklists>
                <button type="button" class="secondary small" disabled={p.locked} onClick={() => p.onEdit(i.id)}>
                  {t('editInterview')}
                </button>
              </InterviewItem>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
