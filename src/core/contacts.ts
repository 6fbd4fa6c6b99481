/**
 * The people of an application (docs/method.md §3, §5): whom to call on the follow-up day, whom to
 * reach when an interview went badly. Checked alike by the forms and the worker; page data never
 * reaches them, but what the user types is capped and shaped like any input.
 */
import { type Contact, type Interview, LIMITS, type Profile } from './types';
import { isHttpUrl, isRecord, text, type Checked, type FieldError } from './validate';

/** A contact as a form sends it: without an id, it is a new one. */
export type ContactInput = Omit<Contact, 'id'> & { id?: string };

/** Digits, spaces and the usual separators, an optional leading +; at least 3 digits, at most 20. */
const PHONE = /^\+?[0-9 ().\-/]+$/;
/** One @, something on each side, a dot in the domain; no spaces. Mail clients check the rest. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A phone number's shape: what a `tel:` link can dial. */
export function isPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  return PHONE.test(s) && digits >= 3 && digits <= 20;
}

export const isEmail = (s: string): boolean => EMAIL.test(s);

/** Checks the optional phone and e-mail shared by a contact and the profile, errors under `prefix`. */
function reachOf(o: Record<string, unknown>, prefix: string, errors: FieldError[]): { phone: string; email: string } {
  const phone = text(o.phone, LIMITS.phone + 1);
  const email = text(o.email, LIMITS.email + 1);
  if (phone && (phone.length > LIMITS.phone || !isPhone(phone))) errors.push({ field: `${prefix}phone`, message: 'errorPhoneInvalid' });
  if (email && (email.length > LIMITS.email || !isEmail(email))) errors.push({ field: `${prefix}email`, message: 'errorEmailInvalid' });
  return { phone, email };
}

/** A contact: a name, and any phone, e-mail and profile link in a shape their links can use. */
export function checkContact(x: unknown, prefix = 'contact.'): Checked<ContactInput> {
  const o = isRecord(x) ? x : {};
  const errors: FieldError[] = [];
  const name = text(o.name, LIMITS.name);
  if (!name) errors.push({ field: `${prefix}name`, message: 'errorContactNameRequired' });
  const { phone, email } = reachOf(o, prefix, errors);
  const link = text(o.link, LIMITS.url + 1);
  if (link && (link.length > LIMITS.url || !isHttpUrl(link))) errors.push({ field: `${prefix}link`, message: 'errorLinkInvalid' });
  const id = text(o.id, 100);
  const value: ContactInput = {
    ...(id ? { id } : {}),
    name,
    role: text(o.role, LIMITS.name),
    phone,
    email,
    link,
    note: text(o.note, LIMITS.shortText),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** The user's profile: every part optional; a phone and an e-mail, when given, in their shapes. */
export function checkProfile(x: unknown, prefix = 'profile.'): Checked<Profile> {
  const o = isRecord(x) ? x : {};
  const errors: FieldError[] = [];
  const { phone, email } = reachOf(o, prefix, errors);
  const value: Profile = { name: text(o.name, LIMITS.name), phone, email };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/**
 * Whether to ask who the user is, before a script or a draft: never asked yet, and no name given in
 * the settings (a rule, not a component: the popup's first script carries it, not the prompt).
 */
export const needsProfile = (s: { profile: Profile; profileAsked: boolean }): boolean => !s.profileAsked && !s.profile.name.trim();

/** A `tel:` URL (RFC 3966): the digits and a leading +, without the separators people type. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A `mailto:` URL of one address (RFC 6068): everything but the @ percent-encoded. */
export const mailtoHref = (email: string): string => `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`;

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
