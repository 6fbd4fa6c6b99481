import type { ContactInput } from '../core/contacts';
import { type Application, LIMITS } from '../core/types';
import { ApplicationNotFoundError, ContactNotFoundError, TooManyContactsError } from './errors';
import type { Db } from './schema';
import { checkRevision, idMaker, inWriteTx, revised, type WriteDeps } from './tx';

/** Changes one application's contacts in one transaction, refused on a concurrent edit. */
function editContacts(
  db: Db,
  args: { applicationId: string; expectedRevision?: number },
  deps: WriteDeps,
  change: (contacts: Application['contacts'] & {}) => Application['contacts'] & {},
): Promise<Application> {
  return inWriteTx(db, ['applications'], async (tx) => {
    const app = await tx.objectStore('applications').get(args.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const updated = revised(app, deps.now, { contacts: change(app.contacts ?? []) });
    await tx.objectStore('applications').put(updated);
    return updated;
  });
}

/** Adds a contact (no id: a new one, at the end) or replaces the one with its id. */
export function saveContact(
  db: Db,
  args: { applicationId: string; contact: ContactInput; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  return editContacts(db, args, deps, (contacts) => {
    const { id, ...fields } = args.contact;
    if (id === undefined) {
      // The form's limit too; a list this long is a runaway, not an address book.
      if (contacts.length >= LIMITS.contacts) throw new TooManyContactsError();
      return [...contacts, { id: idMaker(deps)(), ...fields }];
    }
    if (!contacts.some((c) => c.id === id)) throw new ContactNotFoundError();
    return contacts.map((c) => (c.id === id ? { id, ...fields } : c));
  });
}

/** Removes one contact. */
export function removeContact(
  db: Db,
  args: { applicationId: string; contactId: string; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  return editContacts(db, args, deps, (contacts) => {
    if (!contacts.some((c) => c.id === args.contactId)) throw new ContactNotFoundError();
    return contacts.filter((c) => c.id !== args.contactId);
  });
}
