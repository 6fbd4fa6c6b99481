import { useLayoutEffect, useState } from 'preact/hooks';
import type { Application, Contact, DebriefInput, Settings } from '../../core/types';
import type { FieldError } from '../../core/validate';
import { binder } from '../bind';
import { fieldId, TextArea } from '../field';
import { t } from '../i18n';
import { ClosingFields } from './closing-fields';
import { FollowUpFields } from './follow-up-fields';
import {
  checkForm,
  initialForm,
  withDefaultDates,
  withNextInterview,
  type FormOutput,
  type FormState,
  type PostingFieldsState,
} from './form-state';
import { GUESSABLE, isGuessed, type Guesses } from './guesses';
import { InterviewFields } from './interview-fields';
import { PostingFields } from './posting-fields';
import type { SectionProps } from './section';
import { VerdictFields } from './verdict-fields';
import { FormActions } from '../form-actions';
import { errorLookup, useSubmit } from '../form-errors';

export interface DebriefFormProps<R = unknown> {
  heading: string;
  /** The heading's level: 2 in the popup and for a new debrief, 3 inside the dashboard's sections. */
  headingLevel?: 2 | 3;
  posting: PostingFieldsState;
  /** Start from this state (an interview being edited) instead of a fresh form. */
  initial?: FormState;
  /** The interview planned next (a follow-up outcome, a dated next step): a fresh form takes its stage and interviewer. */
  nextInterview?: Application['nextInterview'];
  /** The posting is edited elsewhere (the dashboard's application page): no posting fields here. */
  hidePosting?: boolean;
  /** Posting fields the page only guessed (guesses.ts guessesOf): flagged, and focused first. */
  guesses?: Guesses;
  /** Something above the form takes the first focus (the link offer); the form's own turn comes when this turns false. */
  deferFocus?: boolean;
  settings: Settings;
  now: number;
  /**
   * Stores the checked posting and debrief; the surface knows where (the job key, the revision it
   * read). A rejection (a MessageError) is shown in the form.
   */
  save: (output: FormOutput) => Promise<R>;
  onSaved: (reply: R, debrief: DebriefInput) => void;
  onCancel?: () => void;
  /** The application's contacts: the interviewer may be picked from them (their role comes along). */
  contacts?: readonly Contact[];
}

/** Paths that have a control in this form; a server error on any other path goes in the alert. */
const PLACED =
  /^(posting\.(title|company|location|url)|verdict|stage|feeling|interviewAt|answerBy|followUpAt|feedbackAt|interviewerName|interviewerRole|weakPoint|weakPointAnswer|rejectionReason|recoveryContacts|recoveryTopics|notes|nextSteps\.\d+\.(withWhom|when))$/;

/** The interview debrief (docs/method.md): only the posting, the verdict and the follow-up date are required. */
export function DebriefForm<R = unknown>(p: DebriefFormProps<R>) {
  const [s, setS] = useState<FormState>(
    () => p.initial ?? withNextInterview(initialForm(p.posting, p.now, p.settings), p.nextInterview ?? null, p.now, p.settings),
  );
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkForm(s, p.settings),
    async ({ posting, debrief }) => p.onSaved(await p.save({ posting, debrief }), debrief),
  );

  // Errors follow the user's edits once they tried to save; server errors stay until the next try.
  const check = attempted ? checkForm(s, p.settings) : null;
  const clientErrors: FieldError[] = check && !check.ok ? check.errors : [];
  const err = errorLookup(clientErrors, server);
  const unplaced = (server?.fields ?? []).filter((f) => !PLACED.test(f.field));

  // Start where checking or typing is needed: a guessed posting field, a missing one, else the verdict,
  // on the one already chosen if any (the closing card's): a radio focused while another is checked
  // would take Space for a change of verdict.
  useLayoutEffect(() => {
    if (p.deferFocus) return;
    const form = formRef.current;
    const guessed = p.hidePosting ? undefined : GUESSABLE.find((k) => isGuessed(p.guesses, s.posting, k));
    const first = guessed ?? (p.hidePosting ? undefined : (['title', 'company', 'url'] as const).find((k) => !s.posting[k].trim()));
    const target = first
      ? form?.querySelector<HTMLElement>(`#${fieldId(`posting.${first}`)}`)
      : (form?.querySelector<HTMLElement>('input[name=verdict]:checked') ?? form?.querySelector<HTMLElement>('input[name=verdict]'));
    target?.focus();
  }, [p.deferFocus]);

  // Every edit lets the untouched default dates follow what they depend on (form-state.ts).
  const update = (change: (s: FormState) => FormState) => setS((x) => withDefaultDates(change(x), p.settings));
  const section: SectionProps = { s, update, bind: binder(s, update, err), err, settings: p.settings };
  return (
    <form ref={formRef} class="debrief" noValidate aria-busy={saving ? 'true' : undefined} onSubmit={onSubmit}>
      {/* elementtiming: npm run bench reads when the popup's form is painted (Element Timing). */}
      {p.headingLevel === 3 ? <h3>{p.heading}</h3> : <h2 elementtiming="relance-form">{p.heading}</h2>}
      <p class="hint">{t('formRequiredNote')}</p>
      {!p.hidePosting && <PostingFields {...section} guesses={p.guesses} />}
      <VerdictFields {...section} />
      <FollowUpFields {...section} />
      <InterviewFields {...section} contacts={p.contacts} />
      <ClosingFields {...section} />
      <TextArea {...section.bind('notes')} label={t('notesLabel')} hint={t('notesHint')} />
      <FormActions server={server} unplaced={unplaced} saving={saving} saveLabel="formSave" onCancel={p.onCancel} />
    </form>
  );
}
