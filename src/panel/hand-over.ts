/**
 * From the closing card to the debrief form: what the card knows becomes the form's starting state, so
 * nothing is typed twice. Pure, tested without rendering.
 */
import { cardInterviewAt, checklistsOf, proposedCallAt, type CardDraft } from '../core/closing-card';
import { fromDateTimeInput, toDateInput, toDateTimeInput } from '../core/dates';
import type { Application, Settings } from '../core/types';
import { initialForm, withDefaultDates, withInterviewAt, withNextInterview, type FormState } from '../ui/debrief/form-state';
import { postingFields } from '../ui/debrief/posting-state';

/**
 * The debrief form as the card leaves it: the planned interview's date and time, stage and
 * interviewer; the ticked synthesis and closing items; the verdict heard; and, when the call was
 * proposed on the card, its date (docs/method.md §3), kept as the user's choice.
 */
export function formFromCard(app: Application, draft: CardDraft | null, now: number, settings: Settings): FormState {
  const start = cardInterviewAt(app, now, settings);
  let s = withNextInterview(initialForm(postingFields(app.posting, null), now, settings), app.nextInterview ?? null, now, settings);
  s = withInterviewAt(s, toDateTimeInput(start), settings);
  if (!draft) return s;
  const { synthesis, closing } = checklistsOf(draft.ticks);
  s = withDefaultDates({ ...s, synthesis, closing, verdict: draft.heard ?? '' }, settings);
  if (draft.ticks.includes('callProposed') && draft.heard !== 'rejected') {
    const at = fromDateTimeInput(s.interviewAt) ?? start;
    s = { ...s, followUp: toDateInput(proposedCallAt(at, settings)), followUpTouched: true };
  }
  return s;
}
