import type { CardDraft, CardDraftInput } from '../core/closing-card';
import { ApplicationNotFoundError } from './errors';
import type { Db } from './schema';
import { inWriteTx, type WriteDeps } from './tx';

/**
 * Stores the closing card's draft of an application's interview (replacing the previous one), as each
 * item is ticked. Refused for an application that does not exist (deleted while the card was open).
 */
export function saveDraft(db: Db, input: CardDraftInput, deps: WriteDeps): Promise<CardDraft> {
  return inWriteTx(db, ['applications', 'drafts'], async (tx) => {
    if (!(await tx.objectStore('applications').get(input.applicationId))) throw new ApplicationNotFoundError();
    const draft: CardDraft = { ...input, updatedAt: deps.now };
    await tx.objectStore('drafts').put(draft);
    return draft;
  });
}

/** Forgets an application's draft (the user discarded it); nothing happens when there is none. */
export function discardDraft(db: Db, applicationId: string): Promise<void> {
  return inWriteTx(db, ['drafts'], (tx) => tx.objectStore('drafts').delete(applicationId));
}
