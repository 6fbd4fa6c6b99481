/**
 * What the panel shows past the card, each in its own chunk: the debrief form ("The interview is
 * over") and the script of a follow-up call due now. The panel's first script carries neither; the
 * form is loaded once the card is painted, the script when shown.
 */
import { lazy } from '../ui/lazy';

export const PanelDebrief = lazy(() => import('./debrief').then((m) => m.PanelDebrief));
export const CallDue = lazy(() => import('./call-due').then((m) => m.CallDue));
