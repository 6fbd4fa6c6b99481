/**
 * The popup's forms, each in its own chunk: the first view of a tracked posting needs none, so the
 * popup's first script does not carry them. main.tsx preloads the one the opening view shows.
 */
import { lazy } from './lazy';

export const PageDebrief = lazy(() => import('./page-debrief').then((m) => m.PageDebrief));
export const OutcomeForm = lazy(() => import('../ui/outcome-form').then((m) => m.OutcomeForm));
export const PlanForm = lazy(() => import('../ui/plan-form').then((m) => m.PlanForm));
/** Shown once, before the first script or draft: not part of the first view's script either. */
export const ProfilePrompt = lazy(() => import('../ui/profile-prompt').then((m) => m.ProfilePrompt));
