/**
 * The people of an application (docs/method.md §3, §5): whom to call on the follow-up day, whom to
 * reach when an interview went badly. Checked alike by the forms and the worker; page data never
 * reaches them, but what the user types is capped and shaped like any input.
 */
import { type Contact, LIMITS, type Profile } from './types';
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
