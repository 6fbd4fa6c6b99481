/**
 * Links that reach a contact with the system's own apps: a `tel:` to call, a `mailto:` to write.
 * A module of their own: the call script of the popup's first view uses them, not the contact checks.
 */

/** A `tel:` URL (RFC 3966): the digits and a leading +, without the separators people type. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A `mailto:` URL of one address (RFC 6068): everything but the @ percent-encoded. */
export const mailtoHref = (email: string): string => `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`;
