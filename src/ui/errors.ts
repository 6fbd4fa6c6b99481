import type { FieldError } from '../core/validate';

export interface ShownError {
  /** i18n key of the message. */
  message: string;
  fields: FieldError[];
}

/**
 * What to show for a rejected call. A MessageError (messages/send.ts) carries an i18n key and per-field
 * errors; it is recognised by shape, because importing its class would pull the browser polyfill into
 * components. Anything else is a bug or a browser failure: a generic message, never the raw text.
 */
export function shownError(e: unknown, fallback = 'errorUnexpected'): ShownError {
  if (e instanceof Error && e.name === 'MessageError') {
    const fields = (e as Error & { fields?: unknown }).fields;
    return { message: e.message || fallback, fields: Array.isArray(fields) ? (fields as FieldError[]) : [] };
  }
  return { message: fallback, fields: [] };
}
