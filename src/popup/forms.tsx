/**
 * What the popup shows past its shell and due list, each in its own chunk: the tracked application's
 * view, the forms, and a due call's script. The popup's first script carries none of them; main.tsx
 * loads the one the opening view shows with the context (in parallel with reading it), and the others
 * once painted.
 */
import { lazy } from '../ui/lazy';

export const ApplicationView = lazy(() => import('./application-view').then((m) => m.ApplicationView));
export const PageDebrief = lazy(() => import('./page-debrief').then((m) => m.PageDebrief));
export const OutcomeForm = lazy(() => import('./outcome-form').then((m) => m.PopupOutcomeForm));
export const PlanForm = lazy(() => import('../ui/plan-form').then((m) => m.PlanForm));
/** Shown once, before the first script or draft: not part of the first view's script either. */
export const ProfilePrompt = lazy(() => import('../ui/profile-prompt').then((m) => m.ProfilePrompt));
/** A due call's script, opened from the due list: loaded on the first opening (or once the popup is painted). */
export const DueScript = lazy(() => import('./due-script').then((m) => m.DueScript));
