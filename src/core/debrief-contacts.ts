/**
 * The people a debrief names become the application's contacts (docs/method.md §3, §5): its
 * interviewer, and the recovery contacts of an interview that went badly. Apart from the checks of
 * core/contacts.ts: the popup's first script (through the database's migrations) carries this, not those.
 */
import { type Contact, type Interview, LIMITS } from './types';

const sameName = (a: string, b: string): boolean =>
  a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0 || a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The people a debrief names: its interviewer, and, when it went badly, the recovery contacts
 * (docs/method.md §5), one per line, `;` or `,`, a role in brackets ("Anne Roy (HR)") kept as such.
 */
export function peopleOfDebrief(
  i: Pick<Interview, 'interviewerName' | 'interviewerRole' | 'feeling' | 'recoveryContacts'>,
): { name: string; role: string }[] {
  const people: { name: string; role: string }[] = [];
  const name = i.interviewerName.trim();
  if (name) people.push({ name, role: i.interviewerRole.trim() });
  if (i.feeling === 'badly') {
    for (const part of i.recoveryContacts.split(/[\n;,]/)) {
      const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(part.trim());
      const [who, role] = m ? [m[1]!.trim(), m[2]!.trim()] : [part.trim(), ''];
      if (who) people.push({ name: who.slice(0, LIMITS.name), role: role.slice(0, LIMITS.name) });
    }
  }
  return people;
}

/**
 * The contacts once a debrief is recorded: each person it names who is not a contact yet is added
 * (a known one gains the role when it had none); ids from `newId`. At most LIMITS.contacts.
 */
export function withDebriefContacts(
  contacts: readonly Contact[],
  i: Pick<Interview, 'interviewerName' | 'interviewerRole' | 'feeling' | 'recoveryContacts'>,
  newId: () => string,
): Contact[] {
  const out = [...contacts];
  for (const person of peopleOfDebrief(i)) {
    const at = out.findIndex((c) => sameName(c.name, person.name));
    if (at >= 0) {
      if (!out[at]!.role && person.role) out[at] = { ...out[at]!, role: person.role };
    } else if (out.length < LIMITS.contacts) {
      out.push({ id: newId(), ...person, phone: '', email: '', link: '', note: '' });
    }
  }
  return out;
}

/** The contact of this name, when the application has one (the debrief form picks from them). */
export const contactNamed = (contacts: readonly Contact[], name: string): Contact | undefined =>
  name.trim() ? contacts.find((c) => sameName(c.name, name)) : undefined;

/**
 * The contacts an application's recorded debriefs imply, oldest interview first, with ids derived
 * from the interviews' (the same on every upgrade): how rows and files from before contacts get theirs.
 */
export function contactsOfInterviews(
  interviews: readonly Pick<Interview, 'id' | 'interviewAt' | 'interviewerName' | 'interviewerRole' | 'feeling' | 'recoveryContacts'>[],
): Contact[] {
  let contacts: Contact[] = [];
  for (const i of [...interviews].sort((a, b) => a.interviewAt - b.interviewAt)) {
    let n = 0;
    contacts = withDebriefContacts(contacts, i, () => `${i.id}-contact-${n++}`);
  }
  return contacts;
}
